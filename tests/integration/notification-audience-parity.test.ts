/**
 * The audience rule of decision 280 (a join request for the facilitators of its community and
 * moderators, a library submission for moderators, every other kind for everyone) is written once
 * (server/notifications/audience.ts, decision 286) and read in three places: the list (Prisma), the
 * header's unread count and the digest's unread section (SQL). For every role and every kind the
 * two forms and the three readers agree with the rule: a reader that writes the rule again and gets
 * it wrong, or a form that drifts from the other, fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GlobalRoleValue } from "../../app/shared/enums.ts";
import { getSessionUserWithUnread } from "../../server/accounts/session-header.ts";
import { db } from "../../server/db.ts";
import { Prisma } from "../../server/generated/prisma/client.ts";
import { audienceSql, audienceWhere } from "../../server/notifications/audience.ts";
import { ALL_KINDS, KIND_DELIVERY } from "../../server/notifications/catalog.ts";
import { gatherDigest } from "../../server/notifications/digest/gather.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { listNotifications } from "../../server/notifications/queries.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";

type Role = "member" | "facilitator" | "facilitatorElsewhere" | "moderator" | "admin" | "outsider";
const ROLES: Role[] = ["member", "facilitator", "facilitatorElsewhere", "moderator", "admin", "outsider"];

/** Decision 280, in its own words: who still belongs to each kind's audience. */
function expectedKinds(role: Role): string[] {
  return ALL_KINDS.filter((kind) => {
    const audience = KIND_DELIVERY[kind].audience;
    if (audience === undefined || role === "moderator" || role === "admin") return true;
    return audience === "facilitators" && role === "facilitator";
  }).sort();
}

type Viewer = { id: string; email: string; displayName: string; globalRole: GlobalRoleValue; emailVerified: boolean };
const viewers = new Map<Role, Viewer>();

beforeAll(async () => {
  // Open, so the access rule lets every kind through and only the audience decides.
  const community = await createCommunity({ name: "Doe-netwerk Drechtsteden", accessMode: "OPEN" });
  const elsewhere = await createCommunity({ name: "Klankbordgroep Zeeland", accessMode: "OPEN" });
  for (const role of ROLES) {
    const globalRole: GlobalRoleValue = role === "moderator" ? "MODERATOR" : role === "admin" ? "ADMIN" : "MEMBER";
    const user = await createUser({ globalRole, displayName: `Lid ${role}` });
    if (role !== "outsider") await addMember(user.id, community.id, role === "facilitator" ? "FACILITATOR" : "MEMBER");
    if (role === "facilitatorElsewhere" || role === "outsider") await addMember(user.id, elsewhere.id, "FACILITATOR");
    await sessionCookieFor(user.id);
    await db().notification.createMany({
      data: ALL_KINDS.map((kind) => ({ userId: user.id, kind, communityId: community.id, url: "/meldingen", data: {} })),
    });
    viewers.set(role, { id: user.id, email: user.email, displayName: user.displayName, globalRole, emailVerified: true });
  }
});

afterAll(async () => {
  await closeNotificationsRedis();
});

const sorted = (kinds: string[]) => [...kinds].sort();

describe("the notification audience rule is one rule", () => {
  it.each(ROLES)("its Prisma and SQL forms agree with decision 280 (role: %s)", async (role) => {
    const viewer = viewers.get(role)!;
    const prisma = await db().notification.findMany({ where: { userId: viewer.id, ...audienceWhere(viewer) }, select: { kind: true } });
    const sql = await db().$queryRaw<{ kind: string }[]>`
      SELECT n."kind" FROM "Notification" n JOIN "User" u ON u."id" = n."userId"
      WHERE n."userId" = ${viewer.id} AND ${audienceSql("n", { id: Prisma.sql`u."id"`, globalRole: Prisma.sql`u."globalRole"` })}`;
    expect(sorted(prisma.map((row) => row.kind))).toEqual(expectedKinds(role));
    expect(sorted(sql.map((row) => row.kind))).toEqual(expectedKinds(role));
  });

  it.each(ROLES)("the list, the header's count and the digest show the same kinds (role: %s)", async (role) => {
    const viewer = viewers.get(role)!;
    const expected = expectedKinds(role);
    const list = await listNotifications(viewer, { unreadOnly: true });
    expect(sorted(list.items.map((item) => item.kind))).toEqual(expected);

    // The header gives a count: one kind unread at a time says which kinds it counts.
    const session = await db().session.findFirstOrThrow({ where: { userId: viewer.id }, select: { id: true } });
    const counted: string[] = [];
    for (const kind of ALL_KINDS) {
      await db().notification.updateMany({ where: { userId: viewer.id }, data: { readAt: new Date() } });
      await db().notification.updateMany({ where: { userId: viewer.id, kind }, data: { readAt: null } });
      if ((await getSessionUserWithUnread(session.id))!.unreadNotifications === 1) counted.push(kind);
    }
    await db().notification.updateMany({ where: { userId: viewer.id }, data: { readAt: null } });
    expect(sorted(counted)).toEqual(expected);

    // The digest covers the member's own communities, and leaves out kinds another section reports.
    if (role === "outsider") return;
    const until = new Date(Date.now() + 1000);
    const digest = await gatherDigest({ ...viewer, language: "nl" }, "WEEKLY", new Date(until.getTime() - 86_400_000), until);
    const unread = digest.sections.find(({ section }) => section.id === "unread-notifications");
    const digested = ((unread?.items ?? []) as { kind: string }[]).map((item) => item.kind);
    expect(sorted(digested)).toEqual(expected.filter((kind) => !digest.context.coveredKinds.includes(kind as never)));
  });
});
