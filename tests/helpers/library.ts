import { db } from "../../server/db.ts";

/** A seeded user as an Actor. */
export async function prismaUser(email: string) {
  return db().user.findUniqueOrThrow({ where: { email }, select: { id: true, globalRole: true, displayName: true, email: true } });
}
