/**
 * A message body from untrusted input: sanitised Lexical state (or plain text
 * from the no-JavaScript form), mentions of people who may not read the topic
 * turned into plain text, then rendered to safe HTML and plain text.
 */
import type { AccessModeValue } from "~/shared/enums.ts";
import { db } from "../db.ts";
import { messageWithParams } from "~/shared/messages.ts";
import { AppError, badInput } from "../errors.ts";
import { MODERATOR_ROLES } from "../moderation/roles.ts";
import {
  eachNode,
  excerpt,
  type InlineNode,
  MESSAGE_LIMITS,
  mentionedUserIds,
  mentionNode,
  plainText,
  renderHtml,
  RichTextError,
  richTextFromPlainText,
  type RichTextState,
  sanitizeRichText,
  textNode,
} from "../richtext/index.ts";

export type BodyInput = { json?: unknown; text?: string | null };

export type RenderedBody = { state: RichTextState; html: string; text: string; excerpt: string; mentions: string[] };

/** An empty body is named by the form it came from (`empty`): "Schrijf eerst je bericht." (decision 286). */
export function richTextError(error: unknown, empty = "richtext.empty"): never {
  if (error instanceof RichTextError)
    throw new AppError(error.code === "tooLong" ? 413 : 422, error.code === "empty" ? empty : `richtext.${error.code}`, { field: "body" });
  throw error;
}

/** True when the body is the no-JavaScript form's plain text (no editor state). */
export function isPlainBody(input: BodyInput): boolean {
  const json = input.json;
  return json === undefined || json === null || (typeof json === "string" && json.trim() === "");
}

/** Parses and sanitises; throws AppError 422/413 with a richtext.* key, or `empty` for an empty body. */
export function parseBody(input: BodyInput, empty: string): RichTextState {
  try {
    const json = input.json;
    if (json !== undefined && json !== null && !(typeof json === "string" && json.trim() === ""))
      return sanitizeRichText(json, MESSAGE_LIMITS);
    return richTextFromPlainText(input.text ?? "", MESSAGE_LIMITS);
  } catch (error) {
    return richTextError(error, empty);
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
        : { OR: [{ memberships: { some: { communityId: community.id } } }, { globalRole: { in: [...MODERATOR_ROLES] } }] }),
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

/** A display name is at most 80 characters (displayNameSchema); a name of more than six words is not looked for. */
const NAME_CHARS = 80;
const NAME_WORDS = 6;
/** An "@" at the start of a line or after a space or an opening bracket, followed by a letter. */
const TYPED_AT = /(?<=^|[\s(])@(?=\p{L})/gu;
/** Punctuation that may follow a name in a sentence: "@Samir Benali, kun jij…". */
const AFTER_NAME = /[.,;:!?)'"’”…]+$/u;

/** What could be a name after the "@" at `at`: one word, two words, … each also without trailing punctuation. */
function namesAfter(text: string, at: number): string[] {
  const rest = text.slice(at + 1, at + 1 + NAME_CHARS + 1);
  const names: string[] = [];
  let end = 0;
  for (let words = 0; words < NAME_WORDS && end < rest.length; words++) {
    const space = rest.indexOf(" ", end + 1);
    end = space === -1 ? rest.length : space;
    const name = rest.slice(0, end);
    if (name.length > NAME_CHARS) break;
    names.push(name);
    const bare = name.replace(AFTER_NAME, "");
    if (bare && bare !== name) names.push(bare);
    if (space === -1) break;
  }
  return names;
}

function typedAts(text: string): number[] {
  return [...text.matchAll(TYPED_AT)].map((match) => match.index);
}

function textNodes(state: RichTextState): { text: string }[] {
  const found: { text: string }[] = [];
  eachNode(state.root, (node) => {
    if (node.type === "text") found.push(node);
  });
  return found;
}

/**
 * "@Samir Benali" typed without JavaScript (decision 260): the no-JavaScript form sends plain text,
 * where the editor would have sent a mention. After each "@" the longest run of words that is
 * exactly one member's display name (ignoring case) becomes a mention of them; a name two accounts
 * share, or nobody has, stays text. Whether they may read the topic is `renderBody`'s check, as for
 * the editor's mentions. Only for plain text: in the editor a mention is picked, and "@" typed
 * there stays what it is.
 */
export async function typedMentions(state: RichTextState): Promise<RichTextState> {
  const nodes = textNodes(state);
  const candidates = new Set<string>();
  for (const node of nodes) for (const at of typedAts(node.text)) for (const name of namesAfter(node.text, at)) candidates.add(name);
  if (candidates.size === 0) return state;
  const rows = await db().user.findMany({
    where: { displayName: { in: [...candidates], mode: "insensitive" } },
    select: { id: true, displayName: true },
  });
  const byName = new Map<string, { id: string; displayName: string }[]>();
  for (const row of rows) {
    const key = row.displayName.toLocaleLowerCase("nl");
    byName.set(key, [...(byName.get(key) ?? []), row]);
  }
  const split = (text: string): InlineNode[] => {
    const parts: InlineNode[] = [];
    let from = 0;
    for (const at of typedAts(text)) {
      if (at < from) continue;
      const longest = namesAfter(text, at)
        .filter((name) => byName.has(name.toLocaleLowerCase("nl")))
        .sort((a, b) => b.length - a.length)[0];
      const people = longest ? byName.get(longest.toLocaleLowerCase("nl"))! : [];
      if (people.length !== 1) continue;
      if (at > from) parts.push(textNode(text.slice(from, at)));
      parts.push(mentionNode(people[0]!.id, people[0]!.displayName));
      from = at + 1 + longest!.length;
    }
    if (from === 0) return [textNode(text)];
    if (from < text.length) parts.push(textNode(text.slice(from)));
    return parts;
  };
  const visit = (node: unknown): unknown => {
    const record = node as Record<string, unknown>;
    if (!Array.isArray(record.children)) return record;
    return {
      ...record,
      children: record.children.flatMap((child: Record<string, unknown>) =>
        child.type === "text" && typeof child.text === "string" && child.format === 0 ? split(child.text) : [visit(child)],
      ),
    };
  };
  return { root: visit(state.root) as RichTextState["root"] };
}

/** Drops mentions of non-readers, names the others as they are called, and renders. */
export async function renderBody(
  parsed: RichTextState,
  community: { id: string; accessMode: AccessModeValue },
  options: { plain?: boolean } = {},
): Promise<RenderedBody> {
  const state = options.plain ? await typedMentions(parsed) : parsed;
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
