/**
 * What the live topic view knows, as a pure reducer: no React, no socket, no
 * clock (times arrive in the actions). The hooks in use-*.ts turn socket
 * events, acknowledgements and clicks into actions; the rules about order live
 * here, so unit tests can check them without a browser (tests/unit/topic-state.test.ts).
 *
 * Messages are keyed by their sequence number in the topic. A copy replaces the
 * one we have only when it is at least as new (updatedAt), so a late echo never
 * undoes an edit, a deletion or a moderator's hiding. A message that arrives
 * after a gap is not shown out of order: the state asks for a sync from the last
 * message it has (`syncFrom`), and the stream hook fetches the missing ones.
 */
import { applyPresence, type MessageView, type PresenceChange, type PresenceUser, type TopicStateView } from "~/shared/discussions.ts";
import type { OutboxItem } from "./outbox.ts";

/** How long a "… is typing" line stays without a new typing event. */
export const TYPING_SHOWN_MS = 6000;

export type TopicInfo = TopicStateView & { authorId: string | null };

/** What the live region says; rendered with i18n by the view. */
export type Announcement = { kind: "sent"; repeat: boolean } | { kind: "newMessage"; name: string; excerpt: string };

export type TopicState = {
  me: string;
  bySeq: ReadonlyMap<number, MessageView>;
  topic: TopicInfo;
  /** The highest sequence number we know exists (it may not be loaded). */
  knownLastSeq: number;
  /** After a gap: fetch everything after this sequence number. */
  syncFrom: number | null;
  deleted: boolean;
  presence: PresenceUser[];
  /** Presence events received while a join is pending; replayed over the join's snapshot. */
  presenceSinceJoin: PresenceChange[] | null;
  typing: ReadonlyMap<string, { name: string; until: number }>;
  announcement: Announcement | null;
  outbox: OutboxItem[];
  /** False until the outbox was read from storage (nothing is saved before). */
  outboxLoaded: boolean;
  /** Counts successful joins; the outbox flushes after each. */
  joins: number;
};

export type ReactionUpdate = { topicId: string; messageId: string; reactions: MessageView["reactions"]; updatedAt: string };

export type TopicAction =
  /** Loader data (after a form post or "eerdere berichten"). */
  | { type: "loaded"; messages: MessageView[]; topic: TopicInfo }
  | { type: "joinStarted" }
  | { type: "joined"; topic: TopicStateView; presence: PresenceUser[]; messages?: MessageView[] }
  | { type: "joinFailed" }
  /** A batch from topic:sync. */
  | { type: "synced"; messages: MessageView[]; lastSeq: number }
  | { type: "syncStarted" }
  | { type: "messageArrived"; message: MessageView }
  /** message:edited and message:deleted (hidden messages come as edits). */
  | { type: "messageChanged"; message: MessageView }
  | { type: "reactionUpdated"; update: ReactionUpdate }
  | { type: "topicUpdated"; topic: TopicStateView }
  | { type: "topicDeleted"; topicId: string }
  | { type: "presenceChanged"; change: PresenceChange }
  | { type: "typing"; user: PresenceUser; typing: boolean; now: number }
  | { type: "typingExpired"; now: number }
  | { type: "outboxLoaded"; items: OutboxItem[] }
  | { type: "outboxQueued"; item: OutboxItem }
  | { type: "outboxSending"; clientKey: string }
  | { type: "outboxSent"; clientKey: string; message: MessageView }
  /** No answer, a server error or too fast: queued again, the hook retries later. */
  | { type: "outboxDeferred"; clientKey: string }
  | { type: "outboxFailed"; clientKey: string; error: string }
  | { type: "outboxRetry"; clientKey: string }
  | { type: "outboxDiscard"; clientKey: string };

export function initialTopicState(input: { me: string; topic: TopicInfo; messages: MessageView[] }): TopicState {
  return {
    me: input.me,
    bySeq: new Map(input.messages.map((m) => [m.seq, m])),
    topic: input.topic,
    knownLastSeq: input.topic.lastSeq,
    syncFrom: null,
    deleted: false,
    presence: [],
    presenceSinceJoin: null,
    typing: new Map(),
    announcement: null,
    outbox: [],
    outboxLoaded: false,
    joins: 0,
  };
}

function newer(incoming: { updatedAt: string }, existing: { updatedAt: string } | undefined) {
  return !existing || incoming.updatedAt >= existing.updatedAt;
}

/** The highest sequence number loaded (0 for none). */
export function maxSeq(state: TopicState): number {
  let max = 0;
  for (const seq of state.bySeq.keys()) if (seq > max) max = seq;
  return max;
}

/** The messages in order of their sequence numbers. */
export function orderedMessages(state: TopicState): MessageView[] {
  return [...state.bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Whether the newest message we know of is loaded (then new ones are shown as they come). */
export function isAtEnd(state: TopicState): boolean {
  return maxSeq(state) >= state.knownLastSeq;
}

export function typingNames(state: TopicState): string[] {
  return [...state.typing.values()].map((entry) => entry.name);
}

function merge(state: TopicState, messages: MessageView[]): TopicState {
  if (!messages.length) return state;
  const bySeq = new Map(state.bySeq);
  for (const message of messages) if (newer(message, bySeq.get(message.seq))) bySeq.set(message.seq, message);
  return { ...state, bySeq, knownLastSeq: Math.max(state.knownLastSeq, ...messages.map((m) => m.seq)) };
}

function newerTopic(state: TopicState, next: TopicStateView): TopicState {
  return next.updatedAt >= state.topic.updatedAt ? { ...state, topic: { ...state.topic, ...next } } : state;
}

function withOutbox(state: TopicState, change: (items: OutboxItem[]) => OutboxItem[]): TopicState {
  return { ...state, outbox: change(state.outbox) };
}

function setItem(state: TopicState, clientKey: string, patch: Partial<OutboxItem>): TopicState {
  return withOutbox(state, (items) => items.map((i) => (i.clientKey === clientKey ? { ...i, ...patch } : i)));
}

function withoutTyping(state: TopicState, userId: string | undefined): TopicState {
  if (!userId || !state.typing.has(userId)) return state;
  const typing = new Map(state.typing);
  typing.delete(userId);
  return { ...state, typing };
}

export function topicReducer(state: TopicState, action: TopicAction): TopicState {
  switch (action.type) {
    case "loaded": {
      const next = merge(state, action.messages);
      return {
        ...next,
        topic: action.topic.updatedAt >= next.topic.updatedAt ? action.topic : next.topic,
        knownLastSeq: Math.max(next.knownLastSeq, action.topic.lastSeq),
      };
    }
    case "joinStarted":
      return { ...state, presenceSinceJoin: [] };
    case "joined": {
      let next = newerTopic(state, action.topic);
      next = {
        ...next,
        presence: applyPresence(action.presence, state.presenceSinceJoin ?? []),
        presenceSinceJoin: null,
        knownLastSeq: Math.max(next.knownLastSeq, action.topic.lastSeq),
        joins: state.joins + 1,
      };
      return action.messages ? merge(next, action.messages) : next;
    }
    case "joinFailed":
      return { ...state, presenceSinceJoin: null };
    case "synced": {
      const next = merge(state, action.messages);
      return { ...next, knownLastSeq: Math.max(next.knownLastSeq, action.lastSeq) };
    }
    case "syncStarted":
      return state.syncFrom === null ? state : { ...state, syncFrom: null };
    case "messageArrived": {
      const { message } = action;
      if (message.topicId !== state.topic.id) return state;
      const have = maxSeq(state);
      const wasAtEnd = have >= state.knownLastSeq;
      let next: TopicState = { ...state, knownLastSeq: Math.max(state.knownLastSeq, message.seq) };
      // Scrolled back in history: only the "new messages" count grows.
      if (!wasAtEnd) return next;
      if (message.seq <= have + 1) next = merge(next, [message]);
      else next = { ...next, syncFrom: have }; // a gap: something was missed, fetch it in order
      if (message.author?.id !== state.me) {
        next = {
          ...next,
          announcement: { kind: "newMessage", name: message.author?.displayName ?? "", excerpt: message.text.slice(0, 140) },
        };
      }
      return withoutTyping(next, message.author?.id);
    }
    case "messageChanged": {
      const { message } = action;
      if (message.topicId !== state.topic.id) return state;
      const existing = state.bySeq.get(message.seq);
      // Only messages on screen change; others arrive current when loaded.
      if (!existing || !newer(message, existing)) return state;
      return { ...state, bySeq: new Map(state.bySeq).set(message.seq, message) };
    }
    case "reactionUpdated": {
      const { update } = action;
      if (update.topicId !== state.topic.id) return state;
      const existing = [...state.bySeq.values()].find((m) => m.id === update.messageId);
      if (!existing || !newer(update, existing)) return state;
      return {
        ...state,
        bySeq: new Map(state.bySeq).set(existing.seq, { ...existing, reactions: update.reactions, updatedAt: update.updatedAt }),
      };
    }
    case "topicUpdated":
      return action.topic.id === state.topic.id ? newerTopic(state, action.topic) : state;
    case "topicDeleted":
      return action.topicId === state.topic.id ? { ...state, deleted: true } : state;
    case "presenceChanged":
      return {
        ...state,
        presenceSinceJoin: state.presenceSinceJoin ? [...state.presenceSinceJoin, action.change] : null,
        presence: applyPresence(state.presence, [action.change]),
      };
    case "typing": {
      if (action.user.id === state.me) return state;
      if (!action.typing) return withoutTyping(state, action.user.id);
      return {
        ...state,
        typing: new Map(state.typing).set(action.user.id, { name: action.user.displayName, until: action.now + TYPING_SHOWN_MS }),
      };
    }
    case "typingExpired": {
      const typing = new Map([...state.typing].filter(([, entry]) => entry.until > action.now));
      return typing.size === state.typing.size ? state : { ...state, typing };
    }
    case "outboxLoaded": {
      // Anything that was on its way when the page went away is queued again.
      const stored = action.items.map((item): OutboxItem => (item.state === "sending" ? { ...item, state: "queued" } : item));
      const known = new Set(stored.map((item) => item.clientKey));
      return { ...state, outboxLoaded: true, outbox: [...stored, ...state.outbox.filter((item) => !known.has(item.clientKey))] };
    }
    case "outboxQueued":
      return state.outbox.some((i) => i.clientKey === action.item.clientKey)
        ? state
        : withOutbox(state, (items) => [...items, action.item]);
    case "outboxSending":
      return setItem(state, action.clientKey, { state: "sending" });
    case "outboxSent": {
      let next = withOutbox(state, (items) => items.filter((i) => i.clientKey !== action.clientKey));
      // Tell the sender (a live region repeats a text only when it changes).
      next = { ...next, announcement: { kind: "sent", repeat: state.announcement?.kind === "sent" ? !state.announcement.repeat : false } };
      const expected = maxSeq(state) + 1;
      if (action.message.seq === expected) return merge(next, [action.message]);
      if (action.message.seq > expected) return { ...next, syncFrom: expected - 1 };
      return next;
    }
    case "outboxDeferred":
      return setItem(state, action.clientKey, { state: "queued" });
    case "outboxFailed":
      return setItem(state, action.clientKey, { state: "failed", error: action.error });
    case "outboxRetry":
      return setItem(state, action.clientKey, { state: "queued", error: undefined });
    case "outboxDiscard":
      return withOutbox(state, (items) => items.filter((i) => i.clientKey !== action.clientKey));
  }
}
