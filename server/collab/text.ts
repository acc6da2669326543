/**
 * Plain text straight from the Yjs tree that Lexical's binding writes (an
 * XmlText per element, a Y.Map before each text run), without a Lexical
 * editor: fast enough to run at every step of compaction, and tolerant of
 * content that would not fit the editor's nodes.
 */
import * as Y from "yjs";
import { DOCUMENT_ROOT } from "~/shared/document-nodes.ts";

const INLINE_ELEMENTS = new Set(["link", "autolink"]);

function walk(type: Y.XmlText, out: string[]): void {
  for (const op of type.toDelta() as { insert: unknown }[]) {
    if (typeof op.insert === "string") out.push(op.insert);
    else if (op.insert instanceof Y.XmlText) {
      const kind = op.insert.getAttribute("__type");
      walk(op.insert, out);
      if (!INLINE_ELEMENTS.has(String(kind))) out.push("\n");
    } else if (op.insert instanceof Y.Map && op.insert.get("__type") === "linebreak") out.push("\n");
  }
}

export function plainTextOfDoc(doc: Y.Doc): string {
  const out: string[] = [];
  walk(doc.get(DOCUMENT_ROOT, Y.XmlText), out);
  return out
    .join("")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function plainTextOfState(state: Uint8Array): string {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return plainTextOfDoc(doc);
  } finally {
    doc.destroy();
  }
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

export type WordDiff = { added: number; removed: number; excerpt: string };

/**
 * Words added and removed between two texts, counted as a multiset
 * difference (moves are not changes), and a piece of the added text.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const counts = new Map<string, number>();
  for (const word of words(before)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const added: string[] = [];
  for (const word of words(after)) {
    const left = counts.get(word) ?? 0;
    if (left > 0) counts.set(word, left - 1);
    else added.push(word);
  }
  let removed = 0;
  for (const left of counts.values()) removed += left;
  const excerpt = added.join(" ");
  return { added: added.length, removed, excerpt: excerpt.length > 140 ? `${excerpt.slice(0, 139).trimEnd()}…` : excerpt };
}
