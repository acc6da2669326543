/**
 * Small builders for Lexical editor state, for templates and demo content.
 * The output is what the editor itself produces (and what server/richtext
 * accepts), so it can be turned into a Yjs state with yStateFromLexical.
 */
import type { SerializedEditorState } from "lexical";
import { TEXT_FORMAT } from "../richtext/index.ts";

type Inline = Record<string, unknown>;
type Block = Record<string, unknown>;

const element = { direction: "ltr", format: "", indent: 0, version: 1 } as const;

export const text = (value: string, ...formats: (keyof typeof TEXT_FORMAT)[]): Inline => ({
  type: "text",
  text: value,
  format: formats.reduce((sum, format) => sum | TEXT_FORMAT[format], 0),
  detail: 0,
  mode: "normal",
  style: "",
  version: 1,
});

export const link = (url: string, label: string): Inline => ({
  ...element,
  type: "link",
  url,
  rel: "noopener noreferrer nofollow",
  target: null,
  title: null,
  children: [text(label)],
});

const inlines = (content: string | Inline[]) => (typeof content === "string" ? (content ? [text(content)] : []) : content);

export const p = (content: string | Inline[] = ""): Block => ({
  ...element,
  type: "paragraph",
  textFormat: 0,
  textStyle: "",
  children: inlines(content),
});
export const h = (tag: "h2" | "h3", content: string | Inline[]): Block => ({
  ...element,
  type: "heading",
  tag,
  children: inlines(content),
});
export const quote = (content: string | Inline[]): Block => ({ ...element, type: "quote", children: inlines(content) });
export const code = (value: string): Block => ({ ...element, type: "code", language: null, children: [text(value)] });

const list = (listType: "bullet" | "number", items: (string | Inline[])[]): Block => ({
  ...element,
  type: "list",
  listType,
  start: 1,
  tag: listType === "number" ? "ol" : "ul",
  children: items.map((item, index) => ({ ...element, type: "listitem", value: index + 1, children: inlines(item) })),
});
export const ul = (items: (string | Inline[])[]) => list("bullet", items);
export const ol = (items: (string | Inline[])[]) => list("number", items);

/** A table; the first row is a header row. */
export const table = (rows: string[][]): Block => ({
  ...element,
  type: "table",
  children: rows.map((row, rowIndex) => ({
    ...element,
    type: "tablerow",
    children: row.map((cell) => ({
      ...element,
      type: "tablecell",
      headerState: rowIndex === 0 ? 1 : 0,
      colSpan: 1,
      rowSpan: 1,
      children: [p(cell)],
    })),
  })),
});

export const editorState = (...children: Block[]): SerializedEditorState =>
  ({ root: { ...element, type: "root", children: children.length ? children : [p()] } }) as unknown as SerializedEditorState;
