/**
 * Discussions: new and active topics in the member's digest communities, with
 * their top messages since the last digest. Unread as everywhere else
 * (server/discussions/unread.ts): after the member's read marker, written
 * since they joined, not their own. A topic with nothing
 * unread in the window is left out; so is a deleted or hidden topic or message.
 * "Top": the most reactions, then the earliest.
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { mailLink } from "../../../mail/layout.ts";
import { digestQuery, digestRequests, perRequest, setBased } from "../batch.ts";
import { isUnreadSql, readStateJoins } from "../../../discussions/unread.ts";
import { groupBy, h3, list, muted, perCommunity } from "./render.ts";

/** At most this many topics per digest (the busiest first), and messages shown per topic. */
export const DIGEST_TOPIC_LIMIT = 10;
const TOP_MESSAGES = 2;
const EXCERPT = 160;

type Row = {
  topicId: string;
  communityId: string;
  title: string;
  channelSlug: string;
  isNew: boolean;
  unread: number;
  seq: number;
  author: string | null;
  text: string;
};

type Item = {
  topicId: string;
  communityId: string;
  title: string;
  channelSlug: string;
  isNew: boolean;
  unread: number;
  top: { seq: number; author: string | null; text: string }[];
};

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1).trimEnd()}…` : flat;
};

/** Topics with their top messages, busiest first, at most DIGEST_TOPIC_LIMIT. */
function toItems(rows: Row[]): Item[] {
  const items: Item[] = [];
  for (const [topicId, group] of groupBy(rows, (row) => row.topicId)) {
    const first = group[0]!;
    items.push({
      topicId,
      communityId: first.communityId,
      title: first.title,
      channelSlug: first.channelSlug,
      isNew: first.isNew,
      unread: first.unread,
      top: group.map((row) => ({ seq: row.seq, author: row.author, text: excerpt(row.text) })),
    });
    if (items.length === DIGEST_TOPIC_LIMIT) break;
  }
  return items;
}

export const discussionsSection = setBased<Item>({
  id: "discussions",
  order: 20,
  // Replies in the member's own topics are reported here, with the message itself.
  coversNotificationKinds: ["reply"],
  // One statement for many members: each request (member, window, communities) is a row, and the
  // windows partition by request as well as by topic. What is shown at all (not deleted, not hidden)
  // is the adapters' rule (server/content).
  async gatherMany(contexts) {
    const [topics, messages] = await Promise.all([contentAdapter("topic"), contentAdapter("message")]);
    const rows = await digestQuery<Row & { index: number }>(Prisma.sql`
      WITH req AS (${digestRequests(contexts)}), fresh AS (
        SELECT q."i", m."topicId", m."seq", m."authorId", m."bodyText",
               (SELECT count(*) FROM "Reaction" r WHERE r."messageId" = m."id") AS "reactions"
        FROM req q
        JOIN "Topic" t ON t."communityId" = ANY(q."c")
        JOIN "Message" m ON m."topicId" = t."id"
        ${readStateJoins("t", Prisma.sql`q."u"`)}
        WHERE ${topics.listedSql("t")}
          AND t."lastMessageAt" > q."since"
          AND ${messages.listedSql("m")}
          AND m."createdAt" > q."since" AND m."createdAt" <= q."until"
          AND ${isUnreadSql("m", Prisma.sql`q."u"`)}
      ), ranked AS (
        SELECT f.*, count(*) OVER (PARTITION BY f."i", f."topicId") AS "unread",
               row_number() OVER (PARTITION BY f."i", f."topicId" ORDER BY f."reactions" DESC, f."seq") AS "rank"
        FROM fresh f
      )
      SELECT r."i" AS "index", r."topicId", t."communityId", t."title", c."slug" AS "channelSlug",
             (t."createdAt" > q."since") AS "isNew", r."unread"::int AS "unread", r."seq",
             u."displayName" AS "author", r."bodyText" AS "text"
      FROM ranked r
      JOIN req q ON q."i" = r."i"
      JOIN "Topic" t ON t."id" = r."topicId"
      JOIN "Channel" c ON c."id" = t."channelId"
      LEFT JOIN "User" u ON u."id" = r."authorId"
      WHERE r."rank" <= ${TOP_MESSAGES}
      ORDER BY r."i", r."unread" DESC, t."lastMessageAt" DESC, r."topicId", r."rank"`);
    return perRequest(contexts.length, rows).map(toItems);
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.discussions.title", items.length], () => t("mail.digest.discussions.title", { count: items.length })),
  // Per community, rendered once for everyone who gets the same topics.
  render(items, render) {
    const { t, url } = render;
    return perCommunity("discussions", items, render, (c, group) => {
      const text: string[] = [c.name];
      const entries = group.map((item) => {
        const link = url(paths.topic({ communitySlug: c.slug, channelSlug: item.channelSlug, topicId: item.topicId }));
        const status = item.isNew ? t("mail.digest.discussions.newTopic") : t("mail.digest.discussions.unread", { count: item.unread });
        const quotes = item.top.map((message) => `${message.author ?? t("mail.digest.discussions.formerMember")}: “${message.text}”`);
        text.push(`- ${item.title} (${status}): ${link}`, ...quotes.map((quote) => `  ${quote}`));
        return html`${mailLink(link, item.title)} ${muted(`(${status})`)}${quotes.map((quote) => html`<br>${muted(quote)}`)}`;
      });
      return { html: html`${h3(c.name)}${list(entries)}`, text: text.join("\n") };
    });
  },
});
