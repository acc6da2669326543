/**
 * Personal calendar feeds (docs/decisions/073). The URL works without a
 * login: it carries the member id, the feed's generation and an HMAC over
 * both, made with a key derived from TOKEN_SECRET (server/security/tokens.ts). Regenerating raises the
 * generation (old URLs stop working); revoking sets revokedAt. The feed holds
 * the meetings the member answered ja or misschien to and may still read;
 * while the member is suspended it answers 404, like their sessions.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { readableCommunityIds } from "../communities/access.ts";
import { db } from "../db.ts";
import { mailLanguage, mailT } from "../mail/i18n.ts";
import { tokenKey } from "../security/tokens.ts";
import { renderIcs } from "./ics.ts";
import { isModerator } from "../moderation/roles.ts";

/** How far back the feed reaches; older meetings stay in calendars that already have them. */
const FEED_PAST_DAYS = 90;

function sign(userId: string, generation: number): string {
  return createHmac("sha256", tokenKey("calendar-feed/v1")).update(`${userId}|${generation}`).digest("base64url");
}

export function feedToken(userId: string, generation: number): string {
  return `${userId}.${generation}.${sign(userId, generation)}`;
}

export const feedPath = (token: string) => `/kalender/${token}/agenda.ics`;

/** The member's feed: its URL path, or null when there is none (never made, or revoked). */
export async function calendarFeed(userId: string): Promise<{ path: string } | null> {
  const feed = await db().calendarFeed.findUnique({ where: { userId }, select: { generation: true, revokedAt: true } });
  if (!feed || feed.revokedAt) return null;
  return { path: feedPath(feedToken(userId, feed.generation)) };
}

/** Makes a feed, or a new URL for it: the previous URL stops working. */
export async function regenerateCalendarFeed(userId: string): Promise<{ path: string }> {
  const feed = await db().calendarFeed.upsert({
    where: { userId },
    create: { userId },
    update: { generation: { increment: 1 }, revokedAt: null },
    select: { generation: true },
  });
  return { path: feedPath(feedToken(userId, feed.generation)) };
}

export async function revokeCalendarFeed(userId: string): Promise<void> {
  await db().calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The member a token belongs to, or null for a forged, old or revoked one. */
export async function verifyFeedToken(
  token: string,
): Promise<{ id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN"; locale: string } | null> {
  if (token.length > 200) return null;
  const [userId, generationText, signature, extra] = token.split(".");
  if (!userId || !generationText || !signature || extra !== undefined) return null;
  if (!/^[a-z0-9]{1,40}$/.test(userId) || !/^[1-9][0-9]{0,8}$/.test(generationText)) return null;
  const generation = Number(generationText);
  const expected = Buffer.from(sign(userId, generation));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const feed = await db().calendarFeed.findUnique({
    where: { userId },
    select: { generation: true, revokedAt: true, user: { select: { id: true, globalRole: true, locale: true, suspendedUntil: true } } },
  });
  if (!feed || feed.revokedAt || feed.generation !== generation) return null;
  // The URL is a credential without a session (decision 066): a suspended member's feed is shut with their sessions (decision 060), and opens again when the suspension ends.
  const { suspendedUntil, ...user } = feed.user;
  if (suspendedUntil && suspendedUntil > new Date()) return null;
  return user;
}

/** The .ics text of a feed, or null when the token is not valid. */
export async function feedIcs(token: string, now = new Date()): Promise<string | null> {
  const member = await verifyFeedToken(token);
  if (!member) return null;
  const readable = isModerator(member) ? null : await readableCommunityIds(member);
  const rows = await db().meeting.findMany({
    where: {
      endsAt: { gt: new Date(now.getTime() - FEED_PAST_DAYS * 24 * 60 * 60_000) },
      rsvps: { some: { userId: member.id, answer: { in: ["YES", "MAYBE"] } } },
      ...(readable ? { OR: [{ communityId: null }, { communityId: { in: readable } }] } : {}),
    },
    select: { ...icsSelect, rsvps: { where: { userId: member.id }, select: { answer: true, status: true } } },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  // On the waiting list: tentative in the calendar, and the title says so (issue 14.8).
  const t = mailT(mailLanguage(member.locale));
  return renderIcs(
    rows.map(({ rsvps, ...meeting }) => {
      const waiting = rsvps.some((rsvp) => rsvp.answer === "YES" && rsvp.status === "WAITLISTED");
      if (!waiting) return meeting;
      return {
        ...meeting,
        tentative: true,
        title: t("events.feed.waitingListTitle", { title: meeting.title }),
        description: `${t("events.feed.waitingListNote")}\n\n${meeting.description}`,
      };
    }),
    { name: "Praktijkplein" },
  );
}

export const icsSelect = {
  id: true,
  title: true,
  description: true,
  onlineUrl: true,
  location: true,
  startsAt: true,
  endsAt: true,
  sequence: true,
  cancelledAt: true,
  updatedAt: true,
  createdAt: true,
  community: { select: { name: true } },
} as const;
