import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";

describe("demo content", () => {
  it("seeds notifications for the pending requests and the invitation", async () => {
    await seedDemo();
    const werkgever = await db().user.findUniqueOrThrow({ where: { email: "werkgever@praktijkplein.test" } });
    const nieuw = await db().user.findUniqueOrThrow({ where: { email: "nieuw@praktijkplein.test" } });
    expect(await db().notification.findMany({ where: { userId: werkgever.id }, select: { kind: true } })).toEqual([{ kind: "joinRequestReceived" }]);
    expect(await db().notification.findMany({ where: { userId: nieuw.id }, select: { kind: true } })).toEqual([{ kind: "invitation" }]);
    expect(await db().communityDigestSetting.count()).toBe(1);
    expect(await db().event.count()).toBe(5);
    expect(await db().rsvp.count({ where: { status: "WAITLISTED" } })).toBe(2);
  });
});
