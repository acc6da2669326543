/**
 * Renders sanitised rich text (see document.ts) to HTML. Every string is
 * escaped and every URL was checked when the state was sanitised, so the output
 * is safe to put in a page as it is. Headings move one level down by default,
 * because the page's own title is the h1.
 */
import { safeUrl, TEXT_FORMAT, type BlockNode, type InlineNode, type ListItemNode, type ListNode, type RichTextState } from "./document.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

export type RenderOptions = {
  /** h1 in the content becomes h(1 + offset); at most h6. */
  headingOffset?: number;
  mentionHref?: (userId: string) => string;
};

const ALIGN = new Set(["left", "center", "right", "justify"]);
const alignAttr = (format: string) => (ALIGN.has(format) ? ` style="text-align:${format}"` : "");
const dirAttr = (direction: "ltr" | "rtl" | null) => (direction === "rtl" ? ' dir="rtl"' : "");

function formatText(text: string, format: number): string {
  let html = escapeHtml(text);
  if (format & TEXT_FORMAT.code) html = `<code>${html}</code>`;
  if (format & TEXT_FORMAT.bold) html = `<strong>${html}</strong>`;
  if (format & TEXT_FORMAT.italic) html = `<em>${html}</em>`;
  if (format & TEXT_FORMAT.underline) html = `<u>${html}</u>`;
  if (format & TEXT_FORMAT.strikethrough) html = `<s>${html}</s>`;
  if (format & TEXT_FORMAT.subscript) html = `<sub>${html}</sub>`;
  if (format & TEXT_FORMAT.superscript) html = `<sup>${html}</sup>`;
  if (format & TEXT_FORMAT.highlight) html = `<mark>${html}</mark>`;
  return html;
}

function inline(node: InlineNode, options: RenderOptions): string {
  switch (node.type) {
    case "text":
    case "code-highlight":
    case "tab":
      return formatText(node.text, node.format);
    case "linebreak":
      return "<br>";
    case "mention": {
      const label = formatText(node.text, node.format);
      const href = options.mentionHref?.(node.userId);
      return href
        ? `<a class="mention" href="${escapeHtml(href)}" data-user-id="${escapeHtml(node.userId)}">${label}</a>`
        : `<span class="mention" data-user-id="${escapeHtml(node.userId)}">${label}</span>`;
    }
    case "link":
    case "autolink": {
      const url = safeUrl(node.url);
      const children = node.children.map((child) => inline(child, options)).join("");
      return url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${children}</a>` : children;
    }
  }
}

function listItem(item: ListItemNode, listType: ListNode["listType"], options: RenderOptions): string {
  const nested = item.children.filter((child): child is ListNode => child.type === "list");
  const content = item.children
    .filter((child): child is InlineNode => child.type !== "list")
    .map((child) => inline(child, options))
    .join("");
  if (nested.length && !content) return nested.map((list) => block(list, options)).join("");
  const checkbox =
    listType === "check"
      ? `<input type="checkbox" disabled${item.checked ? " checked" : ""} aria-label="${item.checked ? "gedaan" : "open"}"> `
      : "";
  return `<li>${checkbox}${content}${nested.map((list) => block(list, options)).join("")}</li>`;
}

function block(node: BlockNode, options: RenderOptions): string {
  const inlineHtml = (children: InlineNode[]) => children.map((child) => inline(child, options)).join("");
  switch (node.type) {
    case "paragraph":
      return `<p${alignAttr(node.format)}${dirAttr(node.direction)}>${inlineHtml(node.children) || "<br>"}</p>`;
    case "heading": {
      const level = Math.min(6, Number(node.tag.slice(1)) + (options.headingOffset ?? 1));
      return `<h${level}${alignAttr(node.format)}${dirAttr(node.direction)}>${inlineHtml(node.children)}</h${level}>`;
    }
    case "quote":
      return `<blockquote${dirAttr(node.direction)}>${inlineHtml(node.children)}</blockquote>`;
    case "code":
      return `<pre><code${node.language ? ` data-language="${escapeHtml(node.language)}"` : ""}>${inlineHtml(node.children)}</code></pre>`;
    case "list": {
      const tag = node.listType === "number" ? "ol" : "ul";
      const start = node.listType === "number" && node.start !== 1 ? ` start="${node.start}"` : "";
      const klass = node.listType === "check" ? ' class="checklist"' : "";
      return `<${tag}${start}${klass}>${node.children.map((item) => listItem(item, node.listType, options)).join("")}</${tag}>`;
    }
    case "horizontalrule":
      return "<hr>";
    case "table": {
      const rows = node.children
        .map((row) => {
          const cells = row.children
            .map((cell) => {
              const tag = cell.headerState > 0 ? "th" : "td";
              const span = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}`;
              return `<${tag}${span}>${cell.children.map((child) => block(child, options)).join("")}</${tag}>`;
            })
            .join("");
          return `<tr>${cells}</tr>`;
        })
        .join("");
      return `<table><tbody>${rows}</tbody></table>`;
    }
  }
}

export function renderHtml(state: RichTextState, options: RenderOptions = {}): string {
  return state.root.children.map((child) => block(child, options)).join("");
}
