/**
 * The Lexical nodes a shared document may contain. Isomorphic: the browser
 * editor and the server's headless editor (rendering, restore, bootstrap)
 * register the same list, so a document reads the same on both sides.
 */
import { CodeHighlightNode, CodeNode } from "@lexical/code";
import { AutoLinkNode, LinkNode } from "@lexical/link";
import { ListItemNode, ListNode } from "@lexical/list";
import { HeadingNode, QuoteNode } from "@lexical/rich-text";
import { TableCellNode, TableNode, TableRowNode } from "@lexical/table";
import type { Klass, LexicalNode } from "lexical";

export const DOCUMENT_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];

/** The Yjs shared type that holds the Lexical root (CollaborationPlugin's default). */
export const DOCUMENT_ROOT = "root";
