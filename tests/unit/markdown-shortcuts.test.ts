/**
 * Markdown shortcuts in the editors (decision 244): each set only makes nodes its editor registers,
 * and what it makes passes the server's validation unchanged. Typing in Chromium is
 * tests/e2e/markdown-shortcuts.test.ts; here the same transformers run headless on Markdown text.
 */
import { createHeadlessEditor } from "@lexical/headless";
import { $convertFromMarkdownString, type Transformer } from "@lexical/markdown";
import type { Klass, LexicalNode } from "lexical";
import { describe, expect, it } from "vitest";
import { ARTICLE_SHORTCUTS, MESSAGE_SHORTCUTS } from "../../app/components/editor/markdown-shortcuts.ts";
import { ARTICLE_NODES, MESSAGE_NODES } from "../../app/components/editor/nodes.ts";
import { DOCUMENT_NODES } from "../../app/shared/document-nodes.ts";
import { ARTICLE_LIMITS, MESSAGE_LIMITS, sanitizeRichText } from "../../server/richtext/index.ts";

function convert(markdown: string, transformers: Transformer[], nodes: Klass<LexicalNode>[]) {
  const editor = createHeadlessEditor({
    nodes,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $convertFromMarkdownString(markdown, transformers), { discrete: true });
  return editor.getEditorState().toJSON();
}

type Json = { type: string; tag?: string; listType?: string; text?: string; format?: number | string; children?: Json[] };
const blocks = (state: { root: unknown }) =>
  ((state.root as Json).children ?? []).map((block) => ({
    type: block.type,
    ...(block.tag ? { tag: block.tag } : {}),
    ...(block.listType ? { listType: block.listType } : {}),
  }));

const MARKDOWN = ["## Kop", "### Tussenkop", "# Geen kop", "- punt", "1. eerste", "> citaat", "**vet** *schuin* `code`"].join("\n\n");

describe("markdown shortcuts", () => {
  it.each([
    ["messages", MESSAGE_SHORTCUTS, MESSAGE_NODES],
    ["articles", ARTICLE_SHORTCUTS, ARTICLE_NODES],
    ["shared documents", ARTICLE_SHORTCUTS, DOCUMENT_NODES],
  ] as const)("only make nodes the %s editor registers", (_name, transformers, nodes) => {
    const needed = transformers.flatMap((transformer) => ("dependencies" in transformer ? transformer.dependencies : []));
    for (const klass of needed) expect(nodes).toContain(klass);
  });

  it("give articles the toolbar's H2 and H3, lists, quotes and text formats, which the server keeps as they are", () => {
    const state = convert(MARKDOWN, ARTICLE_SHORTCUTS, ARTICLE_NODES);
    expect(blocks(state)).toEqual([
      { type: "heading", tag: "h2" },
      { type: "heading", tag: "h3" },
      { type: "paragraph" },
      { type: "list", tag: "ul", listType: "bullet" },
      { type: "list", tag: "ol", listType: "number" },
      { type: "quote" },
      { type: "paragraph" },
    ]);
    const last = (state.root as Json).children!.at(-1)!.children!;
    expect(last.filter((node) => node.format).map((node) => [node.text, node.format])).toEqual([
      ["vet", 1],
      ["schuin", 2],
      ["code", 16],
    ]);
    expect(blocks(sanitizeRichText(state, ARTICLE_LIMITS) as { root: unknown })).toEqual(blocks(state));
  });

  it("leave no node state (the co-editing server refuses it): a bullet list has no remembered marker", () => {
    for (const marker of ["-", "*", "+"]) {
      const state = convert(`${marker} punt\n${marker} nog een punt`, ARTICLE_SHORTCUTS, DOCUMENT_NODES);
      expect(blocks(state)).toEqual([{ type: "list", tag: "ul", listType: "bullet" }]);
      expect(JSON.stringify(state)).not.toContain('"$"');
    }
  });

  it("give messages no headings: '## ' stays text", () => {
    const state = convert(MARKDOWN, MESSAGE_SHORTCUTS, MESSAGE_NODES);
    expect(blocks(state).slice(0, 4)).toEqual([
      { type: "paragraph" },
      { type: "paragraph" },
      { type: "paragraph" },
      { type: "list", tag: "ul", listType: "bullet" },
    ]);
    expect(blocks(sanitizeRichText(state, MESSAGE_LIMITS) as { root: unknown })).toEqual(blocks(state));
  });
});
