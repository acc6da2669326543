/** Members with something for their digest: shared by the digest batch tests. */
import { db } from "../../server/db.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { createCommunity, createUser } from "./factories.ts";

const DAY = 24 * 60 * 60 * 1000;

/** `count` members of one community that got a newcomer during the weekly period (so each has a digest). */
export async function membersWithNews(count: number, now: Date, name = "Werkgevers Flevoland") {
  const period = latestPeriod("WEEKLY", now);
  const community = await createCommunity({ name: `${name} ${Math.random().toString(36).slice(2, 8)}`, accessMode: "OPEN" });
  const members = [];
  for (let i = 0; i < count; i++) {
    const member = await createUser({ displayName: `Lid ${i}` });
    await db().membership.create({
      data: { userId: member.id, communityId: community.id, joinedAt: new Date(period.until.getTime() - 30 * DAY) },
    });
    members.push(member);
  }
  const newcomer = await createUser({ displayName: "Nina Nieuwkomer" });
  await db().membership.create({
    data: { userId: newcomer.id, communityId: community.id, joinedAt: new Date(period.until.getTime() - DAY) },
  });
  return { period, community, members, newcomer };
}
