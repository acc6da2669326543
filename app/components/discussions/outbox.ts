/**
 * Unsent messages of one member in one topic, kept in localStorage so they
 * survive a dropped connection and a reload. Each keeps its client key, so
 * sending it again can never store it twice.
 */
export type OutboxItem = {
  clientKey: string;
  json: string;
  text: string;
  replyToId: string | null;
  createdAt: string;
  state: "queued" | "sending" | "failed";
  error?: string;
};

const storageKey = (topicId: string, userId: string) => `pp:outbox:${userId}:${topicId}`;

export function loadOutbox(topicId: string, userId: string): OutboxItem[] {
  try {
    const raw = window.localStorage.getItem(storageKey(topicId, userId));
    const items = raw ? (JSON.parse(raw) as OutboxItem[]) : [];
    // Items still marked "sending" are queued again by the topic state ("outboxLoaded").
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

export function saveOutbox(topicId: string, userId: string, items: OutboxItem[]): void {
  try {
    if (items.length) window.localStorage.setItem(storageKey(topicId, userId), JSON.stringify(items));
    else window.localStorage.removeItem(storageKey(topicId, userId));
  } catch {
    // Private mode or a full storage: the outbox still works for this page.
  }
}

export function newClientKey(): string {
  // randomUUID needs a secure context; getRandomValues works everywhere.
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The text of Lexical editor state, for showing an unsent message. */
export function textOfState(json: string): string {
  try {
    const parts: string[] = [];
    const visit = (node: { text?: unknown; children?: unknown[]; type?: unknown }) => {
      if (typeof node.text === "string") parts.push(node.text);
      if (node.type === "paragraph" && parts.length) parts.push(" ");
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    visit((JSON.parse(json) as { root: { children?: unknown[] } }).root);
    return parts.join("").replace(/\s+/g, " ").trim();
  } catch {
    return "";
  }
}
