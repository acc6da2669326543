/**
 * Simulated editors for realtime tests and the benchmark: a Y.Doc with the
 * real provider (app/components/documents/collab-provider.ts) in Node.
 */
import * as Y from "yjs";
import { CollabProvider } from "../../app/components/documents/collab-provider.ts";
import { DOCUMENT_ROOT } from "../../app/shared/document-nodes.ts";

export type TestEditor = { doc: Y.Doc; provider: CollabProvider; errors: string[]; close: () => void };

export function connectEditor(url: string, documentId: string, cookie: string | null, options: { origin?: string } = {}): TestEditor {
  const doc = new Y.Doc();
  const headers: Record<string, string> = { Origin: options.origin ?? url };
  if (cookie) headers.Cookie = cookie;
  const provider = new CollabProvider({ url, documentId, doc, extraHeaders: headers, reconnectionDelay: 100, reconnectionDelayMax: 500 });
  const errors: string[] = [];
  provider.on("error", (payload) => errors.push(payload.error));
  provider.connect();
  return {
    doc,
    provider,
    errors,
    close: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when the check passes; fails after the timeout with the last value seen. */
export async function waitFor<T>(read: () => T, check: (value: T) => boolean, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (check(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const synced = (editor: TestEditor, timeoutMs?: number) => waitFor(() => editor.provider.synced, Boolean, timeoutMs, "sync");
export const saved = (editor: TestEditor, timeoutMs?: number) =>
  waitFor(() => editor.provider.saved && editor.provider.synced, Boolean, timeoutMs, "all changes stored");

/** The first paragraph's XmlText (Lexical writes one XmlText per element under the root). */
export function firstParagraph(doc: Y.Doc): Y.XmlText {
  const root = doc.get(DOCUMENT_ROOT, Y.XmlText);
  for (const op of root.toDelta() as { insert: unknown }[]) if (op.insert instanceof Y.XmlText) return op.insert;
  throw new Error("document has no paragraph");
}

/**
 * Types text into the first paragraph as Lexical would: after the text node's
 * Y.Map (offset 1 and on), so the headless renderer shows it.
 */
export function typeText(doc: Y.Doc, text: string, at: "start" | "end" = "end"): void {
  const paragraph = firstParagraph(doc);
  const hasTextNode = (paragraph.toDelta() as { insert: unknown }[]).some((op) => op.insert instanceof Y.Map);
  doc.transact(() => {
    if (!hasTextNode) {
      const node = new Y.Map();
      paragraph.insert(0, "");
      paragraph.insertEmbed(0, node);
      node.set("__type", "text");
      node.set("__format", 0);
      node.set("__style", "");
      node.set("__mode", 0);
      node.set("__detail", 0);
    }
    paragraph.insert(at === "start" ? 1 : paragraph.length, text);
  });
}

export function paragraphText(doc: Y.Doc): string {
  return (firstParagraph(doc).toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === "string" ? op.insert : "")).join("");
}
