/**
 * Rich text is stored as Lexical editor state (JSON), never as HTML. Input from
 * a client is walked node by node: only the node types and fields listed here
 * survive, links must be http(s) or mailto, and size and depth are capped. The
 * result is what we store and what the HTML renderer trusts.
 */
import { visibleLength } from "~/shared/visible-text.ts";

export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

export type TextNode = { type: "text"; text: string; format: number; detail: number; mode: "normal"; style: ""; version: 1 };
export type MentionNode = Omit<TextNode, "type"> & { type: "mention"; userId: string; mentionName: string };
export type LineBreakNode = { type: "linebreak"; version: 1 };
export type TabNode = Omit<TextNode, "type"> & { type: "tab" };
export type LinkNode = ElementBase<"link" | "autolink"> & {
  url: string;
  rel: "noopener noreferrer nofollow";
  target: null;
  title: null;
  children: InlineNode[];
};
export type InlineNode = TextNode | MentionNode | LineBreakNode | TabNode | LinkNode | CodeHighlightNode;
export type CodeHighlightNode = Omit<TextNode, "type"> & { type: "code-highlight"; highlightType?: string | null };

/** A plain text node as the editor stores it. */
export const textNode = (text: string, format = 0): TextNode => ({
  type: "text",
  text,
  format,
  detail: 0,
  mode: "normal",
  style: "",
  version: 1,
});

/** A mention of a member, shown as "@name"; the server replaces a client's `name` with the member's own. */
export const mentionNode = (userId: string, name: string): MentionNode => ({
  ...textNode(`@${name}`),
  type: "mention",
  userId,
  mentionName: name,
});

type ElementBase<T extends string> = {
  type: T;
  version: 1;
  direction: "ltr" | "rtl" | null;
  format: "" | "left" | "center" | "right" | "justify" | "start" | "end";
  indent: number;
};

export type ParagraphNode = ElementBase<"paragraph"> & { children: InlineNode[]; textFormat: number; textStyle: "" };
export type HeadingNode = ElementBase<"heading"> & { tag: "h1" | "h2" | "h3" | "h4" | "h5" | "h6"; children: InlineNode[] };
export type QuoteNode = ElementBase<"quote"> & { children: InlineNode[] };
export type CodeNode = ElementBase<"code"> & { language: string | null; children: InlineNode[] };
export type ListNode = ElementBase<"list"> & {
  listType: "bullet" | "number" | "check";
  start: number;
  tag: "ul" | "ol";
  children: ListItemNode[];
};
export type ListItemNode = ElementBase<"listitem"> & { value: number; checked?: boolean; children: (InlineNode | ListNode)[] };
export type TableCellNode = ElementBase<"tablecell"> & {
  headerState: number;
  colSpan: number;
  rowSpan: number;
  width?: number;
  children: BlockNode[];
};
export type TableRowNode = ElementBase<"tablerow"> & { children: TableCellNode[] };
export type TableNode = ElementBase<"table"> & { children: TableRowNode[] };
export type HorizontalRuleNode = { type: "horizontalrule"; version: 1 };

export type BlockNode = ParagraphNode | HeadingNode | QuoteNode | CodeNode | ListNode | TableNode | HorizontalRuleNode;
export type RootNode = ElementBase<"root"> & { children: BlockNode[] };
export type RichTextState = { root: RootNode };

export type RichTextLimits = { maxChars: number; maxNodes: number; maxDepth: number; allowTables: boolean; allowHeadings: boolean };

export const MESSAGE_LIMITS: RichTextLimits = { maxChars: 20_000, maxNodes: 5_000, maxDepth: 12, allowTables: false, allowHeadings: false };
export const ARTICLE_LIMITS: RichTextLimits = { maxChars: 200_000, maxNodes: 50_000, maxDepth: 16, allowTables: true, allowHeadings: true };

export class RichTextError extends Error {
  constructor(readonly code: "invalid" | "tooLong" | "empty" | "tooComplex" | "invalidCharacters") {
    super(`richtext.${code}`);
    this.name = "RichTextError";
  }
}

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/**
 * U+0000 and a lone UTF-16 surrogate cannot be stored (PostgreSQL refuses both
 * in text and jsonb): a message with one was a 500 (issue 15, F14). Text with
 * one is refused with `richtext.invalidCharacters`; short attributes lose them.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex
const UNSTORABLE_ALL = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** False when the text holds a character that cannot be stored (U+0000, a lone surrogate). */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

const storableSlice = (value: string, max: number) => value.slice(0, max).replace(UNSTORABLE_ALL, "");

export function safeUrl(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const url = raw.trim();
  if (url.length > 2_000 || !SAFE_URL.test(url)) return null;
  try {
    const parsed = new URL(url);
    return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? parsed.toString() : null;
  } catch {
    return null;
  }
}

type Ctx = { limits: RichTextLimits; chars: number; nodes: number };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const num = (value: unknown, fallback: number, max = 1_000_000) =>
  typeof value === "number" && Number.isFinite(value) ? Math.max(0, Math.min(Math.trunc(value), max)) : fallback;
const direction = (value: unknown): ElementBase<"x">["direction"] => (value === "rtl" ? "rtl" : value === "ltr" ? "ltr" : null);
const align = (value: unknown): ElementBase<"x">["format"] =>
  typeof value === "string" && ["left", "center", "right", "justify", "start", "end"].includes(value)
    ? (value as ElementBase<"x">["format"])
    : "";
const element = <T extends string>(type: T, raw: Record<string, unknown>): ElementBase<T> => ({
  type,
  version: 1,
  direction: direction(raw.direction),
  format: align(raw.format),
  indent: num(raw.indent, 0, 10),
});

function count(ctx: Ctx, depth: number) {
  ctx.nodes += 1;
  if (ctx.nodes > ctx.limits.maxNodes || depth > ctx.limits.maxDepth) throw new RichTextError("tooComplex");
}

function text(ctx: Ctx, raw: Record<string, unknown>): TextNode {
  if (typeof raw.text !== "string") throw new RichTextError("invalid");
  if (!isStorableText(raw.text)) throw new RichTextError("invalidCharacters");
  ctx.chars += raw.text.length;
  if (ctx.chars > ctx.limits.maxChars) throw new RichTextError("tooLong");
  return { type: "text", text: raw.text, format: num(raw.format, 0, 255), detail: 0, mode: "normal", style: "", version: 1 };
}

function inline(ctx: Ctx, raw: unknown, depth: number, inLink = false): InlineNode | null {
  if (!isObject(raw)) throw new RichTextError("invalid");
  count(ctx, depth);
  switch (raw.type) {
    case "text":
      return text(ctx, raw);
    case "code-highlight":
      return {
        ...text(ctx, raw),
        type: "code-highlight",
        highlightType: typeof raw.highlightType === "string" ? storableSlice(raw.highlightType, 40) : null,
      };
    case "tab":
      return { ...text(ctx, { ...raw, text: "\t" }), type: "tab" };
    case "linebreak":
      return { type: "linebreak", version: 1 };
    case "mention": {
      const userId = typeof raw.userId === "string" && /^[a-z0-9_-]{1,40}$/i.test(raw.userId) ? raw.userId : null;
      const base = text(ctx, raw);
      if (!userId) return base;
      const mentionName = typeof raw.mentionName === "string" ? storableSlice(raw.mentionName, 100) : base.text.replace(/^@/, "");
      return { ...base, type: "mention", userId, mentionName };
    }
    case "link":
    case "autolink": {
      const children = inlineChildren(ctx, raw.children, depth + 1, true);
      const url = safeUrl(raw.url);
      // A link with an unsafe URL keeps its text and loses the link; links do not nest.
      if (!url || inLink) return children.length === 1 ? children[0]! : { ...textOf(children) };
      return { ...element(raw.type, raw), url, rel: "noopener noreferrer nofollow", target: null, title: null, children };
    }
    default:
      throw new RichTextError("invalid");
  }
}

function textOf(children: InlineNode[]): TextNode {
  return {
    type: "text",
    text: children.map((c) => ("text" in c ? c.text : "")).join(""),
    format: 0,
    detail: 0,
    mode: "normal",
    style: "",
    version: 1,
  };
}

function inlineChildren(ctx: Ctx, raw: unknown, depth: number, inLink = false): InlineNode[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new RichTextError("invalid");
  return raw.map((child) => inline(ctx, child, depth, inLink)).filter((node): node is InlineNode => node !== null);
}

function listItem(ctx: Ctx, raw: unknown, depth: number, listType: ListNode["listType"]): ListItemNode {
  if (!isObject(raw) || raw.type !== "listitem") throw new RichTextError("invalid");
  count(ctx, depth);
  if (!Array.isArray(raw.children)) throw new RichTextError("invalid");
  const children = raw.children.map((child) =>
    isObject(child) && child.type === "list" ? list(ctx, child, depth + 1) : inline(ctx, child, depth + 1),
  );
  return {
    ...element("listitem", raw),
    value: num(raw.value, 1, 100_000),
    ...(listType === "check" ? { checked: raw.checked === true } : {}),
    children: children.filter((c): c is InlineNode | ListNode => c !== null),
  };
}

function list(ctx: Ctx, raw: Record<string, unknown>, depth: number): ListNode {
  count(ctx, depth);
  const listType = raw.listType === "number" ? "number" : raw.listType === "check" ? "check" : "bullet";
  if (!Array.isArray(raw.children)) throw new RichTextError("invalid");
  return {
    ...element("list", raw),
    listType,
    start: num(raw.start, 1, 100_000) || 1,
    tag: listType === "number" ? "ol" : "ul",
    children: raw.children.map((child) => listItem(ctx, child, depth + 1, listType)),
  };
}

function block(ctx: Ctx, raw: unknown, depth: number): BlockNode {
  if (!isObject(raw)) throw new RichTextError("invalid");
  switch (raw.type) {
    case "paragraph":
      count(ctx, depth);
      return {
        ...element("paragraph", raw),
        textFormat: num(raw.textFormat, 0, 255),
        textStyle: "",
        children: inlineChildren(ctx, raw.children, depth + 1),
      };
    case "heading": {
      count(ctx, depth);
      const tag = typeof raw.tag === "string" && /^h[1-6]$/.test(raw.tag) ? (raw.tag as HeadingNode["tag"]) : "h2";
      const children = inlineChildren(ctx, raw.children, depth + 1);
      if (!ctx.limits.allowHeadings) return { ...element("paragraph", raw), textFormat: TEXT_FORMAT.bold, textStyle: "", children };
      return { ...element("heading", raw), tag, children };
    }
    case "quote":
      count(ctx, depth);
      return { ...element("quote", raw), children: inlineChildren(ctx, raw.children, depth + 1) };
    case "code":
      count(ctx, depth);
      return {
        ...element("code", raw),
        language: typeof raw.language === "string" && /^[a-z0-9+#-]{1,30}$/i.test(raw.language) ? raw.language : null,
        children: inlineChildren(ctx, raw.children, depth + 1),
      };
    case "list":
      return list(ctx, raw, depth);
    case "horizontalrule":
      count(ctx, depth);
      return { type: "horizontalrule", version: 1 };
    case "table": {
      if (!ctx.limits.allowTables) throw new RichTextError("invalid");
      count(ctx, depth);
      if (!Array.isArray(raw.children)) throw new RichTextError("invalid");
      return {
        ...element("table", raw),
        children: raw.children.map((row) => {
          if (!isObject(row) || row.type !== "tablerow" || !Array.isArray(row.children)) throw new RichTextError("invalid");
          count(ctx, depth + 1);
          return {
            ...element("tablerow", row),
            children: row.children.map((cell) => {
              if (!isObject(cell) || cell.type !== "tablecell" || !Array.isArray(cell.children)) throw new RichTextError("invalid");
              count(ctx, depth + 2);
              return {
                ...element("tablecell", cell),
                headerState: num(cell.headerState, 0, 3),
                colSpan: num(cell.colSpan, 1, 50) || 1,
                rowSpan: num(cell.rowSpan, 1, 50) || 1,
                children: cell.children.map((child) => block(ctx, child, depth + 3)),
              };
            }),
          };
        }),
      };
    }
    default:
      throw new RichTextError("invalid");
  }
}

/**
 * Validates and normalises Lexical editor state from an untrusted source.
 * Accepts the object or its JSON string; throws RichTextError.
 */
export function sanitizeRichText(input: unknown, limits: RichTextLimits = MESSAGE_LIMITS): RichTextState {
  let value = input;
  if (typeof value === "string") {
    if (value.length > limits.maxChars * 20 + 10_000) throw new RichTextError("tooLong");
    try {
      value = JSON.parse(value);
    } catch {
      throw new RichTextError("invalid");
    }
  }
  if (!isObject(value) || !isObject(value.root) || value.root.type !== "root" || !Array.isArray(value.root.children)) {
    throw new RichTextError("invalid");
  }
  const ctx: Ctx = { limits, chars: 0, nodes: 0 };
  const children = value.root.children.map((child) => block(ctx, child, 1));
  const state: RichTextState = { root: { ...element("root", value.root), children } };
  if (visibleLength(plainText(state)) === 0) throw new RichTextError("empty");
  return state;
}

/** Plain text lines become paragraphs: the no-JavaScript form posts a textarea. */
export function richTextFromPlainText(input: string, limits: RichTextLimits = MESSAGE_LIMITS): RichTextState {
  const normalised = input.replace(/\r\n?/g, "\n");
  if (normalised.length > limits.maxChars) throw new RichTextError("tooLong");
  if (!isStorableText(normalised)) throw new RichTextError("invalidCharacters");
  if (visibleLength(normalised) === 0) throw new RichTextError("empty");
  const paragraphs = normalised.trim().split(/\n{2,}/);
  return {
    root: {
      type: "root",
      version: 1,
      direction: "ltr",
      format: "",
      indent: 0,
      children: paragraphs.map((paragraph) => ({
        type: "paragraph",
        version: 1,
        direction: "ltr",
        format: "",
        indent: 0,
        textFormat: 0,
        textStyle: "",
        children: paragraph
          .split("\n")
          .flatMap((line, index): InlineNode[] => [
            ...(index > 0 ? [{ type: "linebreak", version: 1 } as const] : []),
            ...(line ? [textNode(line)] : []),
          ]),
      })),
    },
  };
}

export type AnyNode = BlockNode | InlineNode | ListItemNode | TableRowNode | TableCellNode | RootNode;

/** Calls `visit` for the node and every node under it, in document order. */
export function eachNode(node: AnyNode, visit: (node: AnyNode) => void) {
  visit(node);
  if ("children" in node) for (const child of node.children as AnyNode[]) eachNode(child, visit);
}

/** The text content, paragraphs separated by blank lines (for search, notifications and mails). */
export function plainText(state: RichTextState): string {
  const blocks: string[] = [];
  const inlineText = (nodes: AnyNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === "linebreak") return "\n";
        if ("text" in node) return node.text;
        if ("children" in node) return inlineText(node.children as AnyNode[]);
        return "";
      })
      .join("");
  const visitBlock = (node: AnyNode) => {
    if (node.type === "list") for (const item of node.children) visitBlock(item);
    else if (node.type === "listitem") {
      const inlineChildren = node.children.filter((c) => c.type !== "list");
      blocks.push(inlineText(inlineChildren as AnyNode[]));
      for (const child of node.children) if (child.type === "list") visitBlock(child);
    } else if (node.type === "table")
      for (const row of node.children) for (const cell of row.children) for (const child of cell.children) visitBlock(child);
    else if (node.type === "horizontalrule") blocks.push("");
    else if ("children" in node) blocks.push(inlineText(node.children as AnyNode[]));
  };
  for (const child of state.root.children) visitBlock(child);
  return blocks
    .filter((b, i) => b !== "" || i === 0)
    .join("\n\n")
    .trim();
}

/** The members mentioned, in order, without repeats. */
export function mentionedUserIds(state: RichTextState): string[] {
  const ids: string[] = [];
  eachNode(state.root, (node) => {
    if (node.type === "mention" && !ids.includes(node.userId)) ids.push(node.userId);
  });
  return ids;
}

/** A short plain-text excerpt for lists, notifications and mails. */
export function excerpt(state: RichTextState, length = 160): string {
  const flat = plainText(state).replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

/**
 * Reads a rich-text field from a form: `<name>Json` (the Lexical editor) when
 * present, else `<name>Text` (the plain textarea without JavaScript).
 */
export function richTextFromForm(form: FormData, name: string, limits: RichTextLimits = MESSAGE_LIMITS): RichTextState {
  const json = form.get(`${name}Json`);
  if (typeof json === "string" && json.trim()) return sanitizeRichText(json, limits);
  const text = form.get(`${name}Text`);
  return richTextFromPlainText(typeof text === "string" ? text : "", limits);
}
