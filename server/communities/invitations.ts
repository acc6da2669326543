import { db } from "../db.ts";

/** Invitations waiting for this member (matched on their e-mail address, once it is verified: decision 111). */
export async function pendingInvitationsFor(userId: string) {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) return [];
  return db().invitation.findMany({
    where: { email: user.email, status: "PENDING", expiresAt: { gt: new Date() }, community: { memberships: { none: { userId } } } },
    select: { id: true, community: { select: { slug: true, name: true, summary: true } } },
    orderBy: { createdAt: "desc" },
  });
}
