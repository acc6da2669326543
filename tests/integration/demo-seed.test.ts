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
    // Moderation: an open report in the queue, logged.
    expect(await db().report.count({ where: { status: "OPEN" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "report.created" } })).toBe(1);
  });
});
