/**
 * Markdown (CommonMark with GFM tables) from sanitised rich text. Our own
 * serialiser over the sanitised JSON rather than @lexical/markdown: it needs
 * no editor, covers tables, and escapes what would otherwise turn text into
 * markup.
 */
import { TEXT_FORMAT, type BlockNode, type InlineNode, type ListNode, type RichTextState } from "../richtext/index.ts";

// A line that would start a list stays text: `\-`, `1\.` (a backslash before a digit is no escape in CommonMark).
export const escapeText = (value: string) =>
  value
    .replace(/([\\`*_[\]<>#|~])/g, "\\$1")
    .replace(/^(\s*)([-+])(\s)/, "$1\\$2$3")
    .replace(/^(\s*)(\d+)\.(\s)/, "$1$2\\.$3");

/**
 * Backticks one more than the longest run in `value`: a code span or fence that nothing inside can
 * close (CommonMark closes a span at a run of the same length, a fence at one as long or longer).
 * Two fixed markers (``, or ~~~~ for code with ```) let code text close them and the rest of it
 * become live markup, raw HTML included, in the exported file (security walk 15).
 */
function backticksAround(value: string, least: number): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(least, longest + 1));
}

function formatText(value: string, format: number): string {
  if (!value) return "";
  if (format & TEXT_FORMAT.code) {
    const ticks = backticksAround(value, 1);
    // A space inside each end keeps a backtick at the edge apart from the markers; CommonMark removes one of each.
    return value.includes("`") ? `${ticks} ${value} ${ticks}` : `${ticks}${value}${ticks}`;
  }
  // Markdown emphasis may not start or end with a space: keep those outside the markers.
  const [, lead = "", core = "", trail = ""] = /^(\s*)(.*?)(\s*)$/s.exec(value) ?? [];
  if (!core) return value;
  let out = escapeText(core);
  if (format & TEXT_FORMAT.bold) out = `**${out}**`;
  if (format & TEXT_FORMAT.italic) out = `_${out}_`;
  if (format & TEXT_FORMAT.strikethrough) out = `~~${out}~~`;
  return `${lead}${out}${trail}`;
}

function inline(node: InlineNode): string {
  switch (node.type) {
    case "text":
    case "code-highlight":
    case "mention":
      return formatText(node.text, node.format);
    case "tab":
      return " ";
    case "linebreak":
      return "  \n";
    case "link":
    case "autolink":
      return `[${node.children.map(inline).join("")}](${node.url.replace(/[()\s]/g, (char) => encodeURIComponent(char))})`;
  }
}

const inlines = (nodes: InlineNode[]) => nodes.map(inline).join("");

function list(node: ListNode, depth: number): string {
  const indent = "   ".repeat(depth);
  return node.children
    .map((item, index) => {
      const marker =
        node.listType === "number" ? `${node.start + index}.` : node.listType === "check" ? `- [${item.checked ? "x" : " "}]` : "-";
      const content = inlines(item.children.filter((child): child is InlineNode => child.type !== "list"));
      const nested = item.children.filter((child): child is ListNode => child.type === "list").map((child) => list(child, depth + 1));
      return [content ? `${indent}${marker} ${content}` : null, ...nested].filter(Boolean).join("\n");
    })
    .join("\n");
}

const cell = (blocks: BlockNode[]) =>
  blocks
    .map((child) => block(child, 0).replace(/\n+/g, " "))
    .join(" ")
    .replace(/\|/g, "\\|")
    .trim();

function block(node: BlockNode, depth: number): string {
  switch (node.type) {
    case "paragraph":
      return inlines(node.children);
    case "heading":
      // The title is the only level-one heading; the editor offers h2 and h3 below it.
      return `${"#".repeat(Math.max(2, Number(node.tag.slice(1))))} ${inlines(node.children)}`;
    case "quote":
      return inlines(node.children)
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n");
    case "code": {
      const body = node.children.map((child) => (child.type === "linebreak" ? "\n" : "text" in child ? child.text : "")).join("");
      const fence = backticksAround(body, 3);
      return `${fence}${node.language ?? ""}\n${body}\n${fence}`;
    }
    case "list":
      return list(node, depth);
    case "horizontalrule":
      return "---";
    case "table": {
      const rows = node.children.map((row) => `| ${row.children.map((c) => cell(c.children)).join(" | ")} |`);
      const columns = node.children[0]?.children.length ?? 0;
      if (rows.length === 0 || columns === 0) return "";
      return [rows[0], `|${" --- |".repeat(columns)}`, ...rows.slice(1)].join("\n");
    }
  }
}

/** The blocks of rich text as Markdown, without a title. */
export function markdownBody(state: RichTextState | null): string {
  const body = state ? state.root.children.map((child) => block(child, 0)).filter((part) => part.trim() !== "") : [];
  return body.join("\n\n");
}

/** The document as Markdown, with its title as the level-one heading. */
export function toMarkdown(title: string, state: RichTextState | null): string {
  return `# ${escapeText(title)}\n\n${markdownBody(state)}\n`;
}
