/**
 * The session, its user and the header's unread-notification count in one
 * round trip (issue 17.2): every member page needs all three. The count
 * follows the same rules as `unreadNotificationCount` (server/notifications/
 * queries.ts: the member's in-app choices, `visibleNotificationsWhere` and
 * nothing about unlisted content, `aboutListedSql`),
 * written as SQL; tests/integration/page-round-trips.test.ts checks that both
 * agree.
 *
 * Every member page runs it, so it skips Prisma's query engine and stays
 * prepared per connection (decisions 181, 193 and 210): its text is built
 * once per process (the kinds and the unlisted-content condition are fixed)
 * and only the session id varies.
 */
import { Prisma } from "../generated/prisma/client.ts";
import { directQuery } from "../db/direct.ts";
import { aboutListedSql } from "../notifications/about.ts";
import { audienceSql } from "../notifications/audience.ts";
import { ALL_KINDS, KIND_DELIVERY } from "../notifications/catalog.ts";
import { liveSessionUser, SESSION_USER_COLUMNS, type SessionUser, type SessionUserRow } from "./sessions.ts";
import { MODERATOR_ROLES } from "../moderation/roles.ts";

type Row = SessionUserRow & { unread: number; pendingEmail: string | null };

const kinds = {
  all: [...ALL_KINDS],
  onByDefault: ALL_KINDS.filter((kind) => KIND_DELIVERY[kind].defaults.inApp),
  read: ALL_KINDS.filter((kind) => KIND_DELIVERY[kind].access === "read"),
  view: ALL_KINDS.filter((kind) => KIND_DELIVERY[kind].access === "view"),
};

/** Stands for the session id while the text is built; the id is always the last parameter. */
const SESSION_ID = "\u0000session-id";

let built: Promise<{ text: string; values: unknown[] }> | undefined;

/** The statement's text and its fixed parameters (all but the session id), made once. */
function statement(): Promise<{ text: string; values: unknown[] }> {
  built ??= aboutListedSql("n").then((aboutListed) => {
    const sql = Prisma.sql`/* prepared */
    SELECT ${Prisma.raw(SESSION_USER_COLUMNS)}, u."pendingEmail",
      (SELECT count(*)::int FROM "Notification" n
         LEFT JOIN "Community" c ON c."id" = n."communityId"
        WHERE n."userId" = u."id" AND n."readAt" IS NULL
          AND n."kind" = ANY(${kinds.all}::text[])
          AND ${aboutListed}
          AND COALESCE((SELECT p."inApp" FROM "NotificationPreference" p WHERE p."userId" = u."id" AND p."kind" = n."kind"), n."kind" = ANY(${kinds.onByDefault}::text[]))
          AND ${audienceSql("n", { id: Prisma.sql`u."id"`, globalRole: Prisma.sql`u."globalRole"` })}
          AND (
            u."globalRole"::text = ANY(${MODERATOR_ROLES}::text[])
            OR n."communityId" IS NULL
            OR (n."kind" = ANY(${kinds.read}::text[])
                AND (c."accessMode"::text = 'OPEN' OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = n."communityId" AND m."userId" = u."id")))
            OR (n."kind" = ANY(${kinds.view}::text[])
                AND (c."accessMode"::text <> 'INVITE_ONLY'
                     OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = n."communityId" AND m."userId" = u."id")
                     OR (u."emailVerifiedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "Invitation" i WHERE i."communityId" = n."communityId" AND i."email" = u."email" AND i."status"::text = 'PENDING' AND i."expiresAt" > now()))))
          )) AS "unread"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${SESSION_ID}`;
    if (sql.values.at(-1) !== SESSION_ID) throw new Error("the session id must be the statement's last parameter");
    return { text: sql.text, values: sql.values.slice(0, -1) };
  });
  built.catch(() => (built = undefined));
  return built;
}

/**
 * The user of a live session with their unread count, or null; slides the expiry as getSessionUser does.
 * `pendingEmail` is the new address waiting for its link (or null): an unverified member's banner names
 * it (decision 315), so their pages need no second read of the account for it.
 */
export async function getSessionUserWithUnread(
  sessionId: string | null | undefined,
): Promise<{ user: SessionUser; sessionId: string; unreadNotifications: number; pendingEmail: string | null } | null> {
  if (!sessionId || sessionId.length > 100) return null;
  const { text, values } = await statement();
  const rows = await directQuery<Row>(text, [...values, sessionId]);
  const row = rows[0];
  if (!row) return null;
  const session = await liveSessionUser(row);
  return session && { ...session, unreadNotifications: row.unread, pendingEmail: row.pendingEmail };
}
