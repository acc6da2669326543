/**
 * The topic page's reads on pg directly (decision 218): the member's read
 * marker and a window of messages with their authors, the messages they
 * answer and their reactions. Through Prisma's `messageViewSelect` a window
 * was four statements (messages, authors, answered messages, their authors)
 * plus one for the reactions, each through Prisma's query engine; here it is
 * one, with the same rows (`MessageRow`), so `toMessageView` decides what a
 * reader sees exactly as before (hidden and deleted bodies, reasons for the
 * author only). The access check stays where it was: `loadTopic` runs first.
 * tests/integration/message-window.test.ts compares both on every window.
 *
 * The texts are fixed and prepared per connection (decision 181).
 */
import { directQuery } from "../db/direct.ts";
import type { MessageRow } from "./views.ts";

type Row = Omit<MessageRow, "replyTo"> & {
  replyTo: {
    id: string;
    seq: number;
    bodyText: string;
    deletedAt: string | null;
    hiddenAt: string | null;
    author: { displayName: string } | null;
  } | null;
};

const SELECT = `/* prepared */ SELECT m."id", m."topicId", m."seq", m."bodyJson", m."bodyHtml", m."bodyText", m."createdAt", m."editedAt",
      m."deletedAt", m."updatedAt", m."hiddenAt", m."hiddenReason",
      CASE WHEN a."id" IS NULL THEN NULL ELSE json_build_object('id', a."id", 'displayName', a."displayName") END AS "author",
      CASE WHEN r."id" IS NULL THEN NULL ELSE json_build_object('id', r."id", 'seq', r."seq", 'bodyText', r."bodyText",
        'deletedAt', r."deletedAt", 'hiddenAt', r."hiddenAt",
        'author', CASE WHEN ra."id" IS NULL THEN NULL ELSE json_build_object('displayName', ra."displayName") END) END AS "replyTo",
      COALESCE((SELECT json_agg(json_build_object('emoji', x."emoji", 'userId', x."userId") ORDER BY x."createdAt")
                  FROM "Reaction" x WHERE x."messageId" = m."id"), '[]'::json) AS "reactions"
    FROM "Message" m
    LEFT JOIN "User" a ON a."id" = m."authorId"
    LEFT JOIN "Message" r ON r."id" = m."replyToId"
    LEFT JOIN "User" ra ON ra."id" = r."authorId"`;

const TEXTS = {
  before: `${SELECT} WHERE m."topicId" = $1 AND m."seq" < $2 ORDER BY m."seq" DESC LIMIT $3`,
  from: `${SELECT} WHERE m."topicId" = $1 AND m."seq" >= $2 ORDER BY m."seq" ASC LIMIT $3`,
  latest: `${SELECT} WHERE m."topicId" = $1 ORDER BY m."seq" DESC LIMIT $2`,
  byId: `${SELECT} WHERE m."id" = $1`,
};

/** A timestamp inside json_build_object comes as text without a zone; stored as UTC (as Prisma reads it). */
const utc = (value: string | null) => (value === null ? null : new Date(`${value}Z`));

function toRow(row: Row): MessageRow {
  return {
    ...row,
    replyTo: row.replyTo ? { ...row.replyTo, deletedAt: utc(row.replyTo.deletedAt), hiddenAt: utc(row.replyTo.hiddenAt) } : null,
  };
}

export type MessageWindow = { before: number } | { from: number } | "latest";

/** At most `take` messages of the topic, oldest first: before a sequence number, from one, or the newest. */
export async function messageWindow(topicId: string, window: MessageWindow, take: number): Promise<MessageRow[]> {
  if (window === "latest") return (await directQuery<Row>(TEXTS.latest, [topicId, take])).map(toRow).reverse();
  if ("before" in window) return (await directQuery<Row>(TEXTS.before, [topicId, window.before, take])).map(toRow).reverse();
  return (await directQuery<Row>(TEXTS.from, [topicId, window.from, take])).map(toRow);
}

/** One message in the same shape, or null. */
export async function messageRowById(id: string): Promise<MessageRow | null> {
  const [row] = await directQuery<Row>(TEXTS.byId, [id]);
  return row ? toRow(row) : null;
}
