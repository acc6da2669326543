import { db } from "../db.ts";

/**
 * Invitations waiting for this member (matched on their e-mail address, once it is verified: decision 111).
 * `known`: the session's user, read with its verification this request, spares a lookup (issue 17.2).
 */
export async function pendingInvitationsFor(userId: string, known?: { email: string; emailVerified: boolean }) {
  const email = known ? (known.emailVerified ? known.email : null) : await verifiedEmail(userId);
  if (!email) return [];
  return db().invitation.findMany({
    where: { email, status: "PENDING", expiresAt: { gt: new Date() }, community: { memberships: { none: { userId } } } },
    select: { id: true, community: { select: { slug: true, name: true, summary: true } } },
    orderBy: { createdAt: "desc" },
  });
}

async function verifiedEmail(userId: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  return user?.emailVerifiedAt ? user.email : null;
}
