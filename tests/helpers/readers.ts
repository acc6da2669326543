/**
 * Six communities (two of each access mode) and one person of every kind of reader: an outsider, a member,
 * a facilitator, someone who is both in different communities, a moderator and an admin. For tests that
 * compare a read's rows for every kind of actor (decisions 267 and 282).
 */
import type { Actor } from "../../server/communities/policy.ts";
import { addMember, createCommunity, createUser } from "./factories.ts";

export type Person = Awaited<ReturnType<typeof createUser>>;
export type TestCommunity = Awaited<ReturnType<typeof createCommunity>>;
export type Readers = Record<"outsider" | "member" | "facilitator" | "both" | "moderator" | "admin", Person>;

export const asActor = (user: Person): NonNullable<Actor> => ({ id: user.id, globalRole: user.globalRole });

export async function createReadersAndCommunities(): Promise<{
  people: Readers;
  communities: Awaited<ReturnType<typeof createCommunity>>[];
}> {
  const communities: TestCommunity[] = [];
  for (const accessMode of ["OPEN", "ON_REQUEST", "INVITE_ONLY"] as const)
    for (let i = 0; i < 2; i++) communities.push(await createCommunity({ accessMode }));
  const people: Readers = {
    outsider: await createUser(),
    member: await createUser(),
    facilitator: await createUser(),
    both: await createUser(),
    moderator: await createUser({ globalRole: "MODERATOR" }),
    admin: await createUser({ globalRole: "ADMIN" }),
  };
  const [, openB, requestA, requestB, inviteA, inviteB] = communities;
  await addMember(people.member.id, requestA!.id);
  await addMember(people.member.id, inviteA!.id);
  await addMember(people.facilitator.id, inviteB!.id, "FACILITATOR");
  await addMember(people.facilitator.id, openB!.id);
  await addMember(people.both.id, requestB!.id, "FACILITATOR");
  await addMember(people.both.id, inviteA!.id);
  await addMember(people.moderator.id, inviteA!.id);
  return { people, communities };
}
