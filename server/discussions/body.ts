/**
 * A message body from untrusted input: sanitised Lexical state (or plain text
 * from the no-JavaScript form), mentions of people who may not read the topic
 * turned into plain text, then rendered to safe HTML and plain text.
 */
import type { AccessModeValue } from "~/shared/enums.ts";
import { db } from "../db.ts";
import { messageWithParams } from "~/shared/messages.ts";
import { AppError, badInput } from "../errors.ts";
import {
  excerpt,
  type InlineNode,
  MESSAGE_LIMITS,
  mentionedUserIds,
  plainText,
  renderHtml,
  RichTextError,
  richTextFromPlainText,
  type RichTextState,
  sanitizeRichText,
} from "../richtext/index.ts";

export type BodyInput = { json?: unknown; text?: string | null };

export type RenderedBody = { state: RichTextState; html: string; text: string; excerpt: string; mentions: string[] };

export function richTextError(error: unknown): never {
  if (error instanceof RichTextError) throw new AppError(error.code === "tooLong" ? 413 : 422, `richtext.${error.code}`, { field: "body" });
  throw error;
}

/** Parses and sanitises; throws AppError 422/413 with a richtext.* key. */
export function parseBody(input: BodyInput): RichTextState {
  try {
    const json = input.json;
    if (json !== undefined && json !== null && !(typeof json === "string" && json.trim() === ""))
      return sanitizeRichText(json, MESSAGE_LIMITS);
    return richTextFromPlainText(input.text ?? "", MESSAGE_LIMITS);
  } catch (error) {
    return richTextError(error);
  }
}

/** Those among `ids` who may read discussions of the community, with the name they go by. */
export async function readersAmong(ids: string[], community: { id: string; accessMode: AccessModeValue }): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db().user.findMany({
    where: {
      id: { in: ids },
      ...(community.accessMode === "OPEN"
        ? {}
        : { OR: [{ memberships: { some: { communityId: community.id } } }, { globalRole: { in: ["MODERATOR", "ADMIN"] } }] }),
    },
    select: { id: true, displayName: true },
  });
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

/**
 * Mentions of non-readers become plain text; the others carry the member's
 * own name. The name came from the client, so `@Moderatie` could point at
 * anyone's profile and read as someone else.
 */
function resolveMentions(state: RichTextState, readers: Map<string, string>): RichTextState {
  const visit = (node: unknown): unknown => {
    if (!node || typeof node !== "object") return node;
    const record = node as Record<string, unknown>;
    if (record.type === "mention") {
      const name = readers.get(String(record.userId));
      if (name !== undefined) return { ...record, text: `@${name}`, mentionName: name };
      const { userId: _userId, mentionName: _mentionName, ...rest } = record;
      return { ...rest, type: "text" } satisfies Partial<InlineNode>;
    }
    if (Array.isArray(record.children)) return { ...record, children: record.children.map(visit) };
    return record;
  };
  return { root: visit(state.root) as RichTextState["root"] };
}

export const mentionHref = (userId: string) => `/leden/${userId}`;

/**
 * People one message may name with "@". In an open community everyone reads, so
 * one message could notify every account on the platform (ninth outside probe:
 * 15 of 16 demo accounts from one send, 20 sends per 10 seconds; decision 238).
 */
export const MAX_MENTIONS = 20;

/** Drops mentions of non-readers, names the others as they are called, and renders. */
export async function renderBody(state: RichTextState, community: { id: string; accessMode: AccessModeValue }): Promise<RenderedBody> {
  const mentioned = mentionedUserIds(state);
  if (mentioned.length > MAX_MENTIONS)
    throw badInput(messageWithParams("discussions.errors.tooManyMentions", { count: MAX_MENTIONS }), { field: "body" });
  const readers = await readersAmong(mentioned, community);
  const clean = mentioned.length ? resolveMentions(state, readers) : state;
  return {
    state: clean,
    html: renderHtml(clean, { mentionHref }),
    text: plainText(clean),
    excerpt: excerpt(clean),
    mentions: mentioned.filter((id) => readers.has(id)),
  };
}
