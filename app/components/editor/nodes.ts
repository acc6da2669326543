import { CodeHighlightNode, CodeNode } from "@lexical/code";
import { AutoLinkNode, LinkNode } from "@lexical/link";
import { ListItemNode, ListNode } from "@lexical/list";
import { HeadingNode, QuoteNode } from "@lexical/rich-text";
import { TableCellNode, TableNode, TableRowNode } from "@lexical/table";
import type { Klass, LexicalNode } from "lexical";
import { MentionNode } from "./mention-node.ts";

/** Every node the editor can produce; the server accepts exactly these (server/richtext). */
export const MESSAGE_NODES: Klass<LexicalNode>[] = [
  QuoteNode,
  HeadingNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
  MentionNode,
];
export const ARTICLE_NODES: Klass<LexicalNode>[] = [...MESSAGE_NODES, TableNode, TableRowNode, TableCellNode];

export const EDITOR_THEME = {
  paragraph: "mb-2",
  quote: "border-l-4 border-brand-200 pl-3 text-ink-700 mb-2",
  heading: { h1: "text-2xl font-bold mb-2", h2: "text-xl font-bold mb-2", h3: "text-lg font-semibold mb-2" },
  list: { ul: "list-disc ps-6 mb-2", ol: "list-decimal ps-6 mb-2", nested: { listitem: "list-none" } },
  link: "text-brand-700 underline",
  code: "block bg-brand-50 rounded p-2 font-mono text-sm mb-2 whitespace-pre-wrap",
  table: "border-collapse mb-2",
  tableCell: "border border-line px-2 py-1 align-top",
  tableCellHeader: "bg-brand-50 font-semibold",
  text: {
    bold: "font-bold",
    italic: "italic",
    underline: "underline",
    strikethrough: "line-through",
    code: "font-mono bg-brand-50 px-1 rounded",
  },
};
