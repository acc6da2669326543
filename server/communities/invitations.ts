import { db } from "../db.ts";

/** Invitations waiting for this member (matched on their e-mail address). */
export async function pendingInvitationsFor(userId: string, knownEmail?: string) {
  const email = knownEmail ?? (await db().user.findUnique({ where: { id: userId }, select: { email: true } }))?.email;
  if (!email) return [];
  return db().invitation.findMany({
    where: { email, status: "PENDING", expiresAt: { gt: new Date() }, community: { memberships: { none: { userId } } } },
    select: { id: true, community: { select: { slug: true, name: true, summary: true } } },
    orderBy: { createdAt: "desc" },
  });
}
