/**
 * The periodic re-check of a co-editing socket's rights (decisions 112, 213)
 * in one prepared statement (decision 277): the session with its user, the
 * document, its community's access mode and the member's standing there.
 * Through Prisma the same answer took about seven statements (the session,
 * the document, the community with its theme, the membership, the
 * invitation, the join request), each through the query compiler and the
 * result mapping on the server's event loop; with 50 editors that ran
 * 2–3 times a second beside the relay, and its slices of a few hundred
 * microseconds each were what an update arriving meanwhile waited for.
 *
 * Only the reading is new: the session is judged by `liveSessionUser` (as
 * `getSessionUser`: suspension, expiry, the daily renewal) and the right by
 * the same policy functions as `loadDocumentById(…, "live")` — the
 * community's `authorizeCommunity`, the moderation's `assertNotHidden`, the
 * document's `authorizeDocument` — with the same context as
 * `communityContextFor` would build. tests/integration/collab-access.test.ts
 * compares both for every kind of member, document and session.
 */
import { liveSessionUser, SESSION_USER_COLUMNS, type SessionUser, type SessionUserRow } from "../accounts/sessions.ts";
import { authorizeCommunity, type CommunityContext, type CommunityPermissions } from "../communities/policy.ts";
import { directQuery } from "../db/direct.ts";
import { assertNotHidden } from "../documents/access.ts";
import { authorizeDocument, type DocumentPermissions } from "../documents/policy.ts";
import { AppError, notFound } from "../errors.ts";
import type { CommunityRoleValue } from "~/shared/enums.ts";

type RightRow = SessionUserRow & {
  documentId: string | null;
  communityId: string | null;
  locked: boolean | null;
  createdById: string | null;
  hiddenAt: Date | null;
  accessMode: CommunityContext["accessMode"] | null;
  role: CommunityRoleValue | null;
  invited: boolean;
  requested: boolean;
};

/*
 * $1 the session id, $2 the document id. No row: the session is gone. A row without a document: the
 * document is gone. Invitations count for a verified address only (decision 111), expiry compared in UTC
 * as stored; the rest as communityContextFor reads it.
 */
const RIGHT_TEXT = `/* prepared */ SELECT ${SESSION_USER_COLUMNS},
      d."id" AS "documentId", d."communityId", d."locked", d."createdById", d."hiddenAt",
      c."accessMode"::text AS "accessMode",
      (SELECT m."role"::text FROM "Membership" m WHERE m."userId" = u."id" AND m."communityId" = d."communityId") AS "role",
      (u."emailVerifiedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "Invitation" i
         WHERE i."communityId" = d."communityId" AND i."status"::text = 'PENDING'
           AND i."expiresAt" > (now() AT TIME ZONE 'UTC') AND i."email" = u."email")) AS "invited",
      EXISTS (SELECT 1 FROM "JoinRequest" r
         WHERE r."communityId" = d."communityId" AND r."userId" = u."id" AND r."status"::text = 'PENDING') AS "requested"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Document" d ON d."id" = $2
    LEFT JOIN "Community" c ON c."id" = d."communityId"
    WHERE s."id" = $1`;

export type LiveRight = { user: SessionUser; permissions: DocumentPermissions };

/**
 * The session's user and their permissions on the document as the live editor opens it, or null when
 * the session ended (gone, expired, suspended). Throws the AppError `loadDocumentById(user, id, "live")`
 * throws: 404 "documents.errors.notFound" (gone, or not readable), 409 "documents.errors.hidden".
 */
export async function liveRight(sessionId: string, documentId: string): Promise<LiveRight | null> {
  if (!sessionId || sessionId.length > 100) return null;
  const [row] = await directQuery<RightRow>(RIGHT_TEXT, [sessionId, documentId]);
  const session = await liveSessionUser(row);
  if (!session || !row) return null;
  const { user } = session;
  if (row.documentId === null || row.communityId === null || row.accessMode === null || row.locked === null)
    throw notFound("documents.errors.notFound");
  const context: CommunityContext = { accessMode: row.accessMode, role: row.role, invited: row.invited, requested: row.requested };
  let communityPermissions: CommunityPermissions;
  try {
    communityPermissions = authorizeCommunity(user, context, "read");
  } catch (error) {
    // An invisible community hides its documents the same way (as loadDocumentById).
    throw error instanceof AppError && error.status === 404 ? notFound("documents.errors.notFound") : error;
  }
  const document = { locked: row.locked, createdById: row.createdById, hiddenAt: row.hiddenAt };
  assertNotHidden(user, document, communityPermissions.manage);
  return { user, permissions: authorizeDocument(user, communityPermissions, document, "live") };
}
