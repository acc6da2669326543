import { db } from "../db.ts";
import { directQuery } from "../db/direct.ts";

/**
 * Invitations waiting for this member (matched on their e-mail address, once it is verified: decision 111).
 * `known`: the session's user, read with its verification this request, spares a lookup (issue 17.2).
 */
export async function pendingInvitationsFor(userId: string, known?: { email: string; emailVerified: boolean }) {
  const email = known ? (known.emailVerified ? known.email : null) : await verifiedEmail(userId);
  if (!email) return [];
  const rows = await directQuery<{ id: string; slug: string; name: string; summary: string }>(PENDING_INVITATIONS, [email, userId]);
  return rows.map(({ id, ...community }) => ({ id, community }));
}

// A verified member's home page asks this every time, nearly always to find nothing: one prepared statement on
// pg (decision 267) with the conditions and order of the Prisma read it replaced (expiry against UTC, as stored).
const PENDING_INVITATIONS = `/* prepared */ SELECT i."id", c."slug", c."name", c."summary"
  FROM "Invitation" i JOIN "Community" c ON c."id" = i."communityId"
  WHERE i."email" = $1 AND i."status" = 'PENDING' AND i."expiresAt" > (now() AT TIME ZONE 'UTC')
    AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = i."communityId" AND m."userId" = $2)
  ORDER BY i."createdAt" DESC`;

async function verifiedEmail(userId: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  return user?.emailVerifiedAt ? user.email : null;
}
