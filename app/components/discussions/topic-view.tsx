/**
 * A topic's messages and composer. The server renders it as a plain list with
 * forms; after hydration it goes live over the shared socket: new, edited and
 * deleted messages and reactions arrive by themselves, sends go through an
 * outbox that survives reconnects, and after a reconnect it asks for every
 * message after the last sequence number it has (nothing lost, nothing doubled).
 */
import { Form, Link } from "@remix-run/react";
import { $createParagraphNode, $getRoot, type LexicalEditor } from "lexical";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { RichTextEditor } from "~/components/editor/rich-text-editor.tsx";
import { Button } from "~/components/ui/button.tsx";
import { FieldErrors } from "~/components/ui/field.tsx";
import { Badge, Notice } from "~/components/ui/misc.tsx";
import { applyPresence, type MessageView, type PresenceChange, type PresenceUser, type TopicStateView } from "~/shared/discussions.ts";
import { tKey } from "~/utils/i18n.ts";
import { MentionsPlugin } from "./mentions-plugin.tsx";
import { MessageItem, type MessagePermissions } from "./message-item.tsx";
import { loadOutbox, newClientKey, type OutboxItem, saveOutbox, textOfState } from "./outbox.ts";
import { ConnectionState, request, useRealtime } from "./realtime.tsx";

export type TopicViewProps = {
  communitySlug: string;
  topic: TopicStateView & { authorId: string | null };
  me: PresenceUser;
  permissions: MessagePermissions;
  messages: MessageView[];
  firstUnreadSeq: number | null;
  hasEarlier: boolean;
  hasLater: boolean;
  returnTo: string;
  /** Server-rendered form state. */
  clientKey: string;
  replyTo: MessageView | null;
  editingId: string | null;
  formError: string | null;
  bodyError: string | null;
};

const TYPING_SEND_EVERY_MS = 3000;
const TYPING_SHOWN_MS = 6000;

function newer(incoming: { updatedAt: string }, existing: { updatedAt: string } | undefined) {
  return !existing || incoming.updatedAt >= existing.updatedAt;
}

export function TopicView(props: TopicViewProps) {
  const { t } = useTranslation();
  const { topic: initialTopic, me, permissions, communitySlug } = props;
  const topicId = initialTopic.id;
  const { socket, status } = useRealtime();
  const [hydrated, setHydrated] = useState(false);
  const [bySeq, setBySeq] = useState(() => new Map(props.messages.map((m) => [m.seq, m])));
  const [topic, setTopic] = useState(initialTopic);
  const [knownLastSeq, setKnownLastSeq] = useState(initialTopic.lastSeq);
  const [deleted, setDeleted] = useState(false);
  const [presence, setPresence] = useState<PresenceUser[]>([]);
  const [typing, setTyping] = useState<Map<string, { name: string; until: number }>>(new Map());
  const [announcement, setAnnouncement] = useState("");
  const [outbox, setOutbox] = useState<OutboxItem[]>([]);
  const [replyTo, setReplyTo] = useState<MessageView | null>(props.replyTo);
  const [composerError, setComposerError] = useState<string | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const state = useRef({
    bySeq,
    knownLastSeq,
    outbox,
    flushing: false,
    lastTypingSent: 0,
    typingTimer: undefined as ReturnType<typeof setTimeout> | undefined,
    /** Presence events received while a join is pending; replayed over the join's snapshot. */
    presenceSinceJoin: null as PresenceChange[] | null,
  });
  state.current.bySeq = bySeq;
  state.current.knownLastSeq = knownLastSeq;
  state.current.outbox = outbox;

  useEffect(() => {
    setHydrated(true);
    setOutbox(loadOutbox(topicId, me.id));
  }, [topicId, me.id]);

  // Loader data (after a form post or "eerdere berichten") joins what we have.
  useEffect(() => {
    setBySeq((previous) => {
      const next = new Map(previous);
      for (const message of props.messages) if (newer(message, next.get(message.seq))) next.set(message.seq, message);
      return next;
    });
    setTopic((previous) => (props.topic.updatedAt >= previous.updatedAt ? props.topic : previous));
    setKnownLastSeq((previous) => Math.max(previous, props.topic.lastSeq));
  }, [props.messages, props.topic]);

  const ordered = useMemo(() => [...bySeq.values()].sort((a, b) => a.seq - b.seq), [bySeq]);
  const maxSeq = ordered.at(-1)?.seq ?? 0;
  const minSeq = ordered[0]?.seq ?? 1;
  const atEnd = maxSeq >= knownLastSeq;

  const merge = useCallback((messages: MessageView[]) => {
    if (!messages.length) return;
    setBySeq((previous) => {
      const next = new Map(previous);
      for (const message of messages) if (newer(message, next.get(message.seq))) next.set(message.seq, message);
      return next;
    });
    setKnownLastSeq((previous) => Math.max(previous, ...messages.map((m) => m.seq)));
  }, []);

  /** Fetches everything after `after` in batches. */
  const syncAfter = useCallback(
    async (after: number) => {
      let from = after;
      for (let round = 0; round < 50; round++) {
        const ack = await request<"topic:sync", { messages: MessageView[]; more: boolean; lastSeq: number }>("topic:sync", { topicId, afterSeq: from });
        if (!ack.ok) return;
        merge(ack.messages);
        setKnownLastSeq((previous) => Math.max(previous, ack.lastSeq));
        if (!ack.more || !ack.messages.length) return;
        from = ack.messages.at(-1)!.seq;
      }
    },
    [merge, topicId],
  );

  const updateOutbox = useCallback(
    (change: (items: OutboxItem[]) => OutboxItem[]) => {
      const next = change(state.current.outbox);
      state.current.outbox = next;
      setOutbox(next);
      saveOutbox(topicId, me.id, next);
    },
    [topicId, me.id],
  );

  const flush = useCallback(async () => {
    if (state.current.flushing || !socket?.connected) return;
    state.current.flushing = true;
    try {
      for (const item of state.current.outbox.filter((i) => i.state === "queued")) {
        updateOutbox((items) => items.map((i) => (i.clientKey === item.clientKey ? { ...i, state: "sending" } : i)));
        const ack = await request<"message:send", { message: MessageView }>("message:send", {
          topicId,
          clientKey: item.clientKey,
          body: item.json,
          replyToId: item.replyToId,
        });
        if (ack.ok) {
          updateOutbox((items) => items.filter((i) => i.clientKey !== item.clientKey));
          // Tell the sender (a live region repeats a text only when it changes).
          const sent = t("discussions.topic.sent");
          setAnnouncement((previous) => (previous === sent ? `${sent}\u00a0` : sent));
          const expected = Math.max(...state.current.bySeq.keys(), 0) + 1;
          if (ack.message.seq === expected) merge([ack.message]);
          else if (ack.message.seq > expected) void syncAfter(expected - 1);
          continue;
        }
        const { status: code, message, retryAfterMs } = ack.error;
        if (code === 0 || code >= 500 || code === 429) {
          // No answer, a server hiccup or too fast: keep it queued and try again later.
          updateOutbox((items) => items.map((i) => (i.clientKey === item.clientKey ? { ...i, state: "queued" } : i)));
          setTimeout(() => void flush(), code === 429 ? (retryAfterMs ?? 2000) + 50 : 3000);
          break;
        }
        updateOutbox((items) => items.map((i) => (i.clientKey === item.clientKey ? { ...i, state: "failed", error: message } : i)));
      }
    } finally {
      state.current.flushing = false;
    }
  }, [socket, topicId, updateOutbox, merge, syncAfter, t]);

  // Join the topic's room on every (re)connect and catch up from the last message we have.
  useEffect(() => {
    if (!socket || status !== "connected") return;
    let cancelled = false;
    const after = Math.max(...state.current.bySeq.keys(), 0);
    const wasAtEnd = after >= state.current.knownLastSeq;
    state.current.presenceSinceJoin = [];
    void request<"topic:join", { topic: TopicStateView; presence: PresenceUser[]; messages?: MessageView[]; more?: boolean }>("topic:join", {
      topicId,
      ...(wasAtEnd ? { afterSeq: after } : {}),
    }).then(async (ack) => {
      const since = state.current.presenceSinceJoin ?? [];
      if (!cancelled) state.current.presenceSinceJoin = null;
      if (cancelled || !ack.ok) return;
      setPresence(applyPresence(ack.presence, since));
      setTopic((previous) => (ack.topic.updatedAt >= previous.updatedAt ? { ...previous, ...ack.topic } : previous));
      setKnownLastSeq((previous) => Math.max(previous, ack.topic.lastSeq));
      if (ack.messages) {
        merge(ack.messages);
        if (ack.more) await syncAfter(ack.messages.at(-1)?.seq ?? after);
      }
      void flush();
    });
    return () => {
      cancelled = true;
    };
  }, [socket, status, topicId, merge, syncAfter, flush]);

  useEffect(() => {
    if (!socket) return;
    const onNew = (message: MessageView) => {
      if (message.topicId !== topicId) return;
      const have = Math.max(...state.current.bySeq.keys(), 0);
      const wasAtEnd = have >= state.current.knownLastSeq;
      setKnownLastSeq((previous) => Math.max(previous, message.seq));
      if (!wasAtEnd) return;
      if (message.seq <= have + 1) merge([message]);
      else void syncAfter(have); // a gap: something was missed, fetch it in order
      if (message.author?.id !== me.id) setAnnouncement(t("discussions.topic.newMessage", { name: message.author?.displayName ?? "", excerpt: message.text.slice(0, 140) }));
      setTyping((previous) => {
        if (!message.author || !previous.has(message.author.id)) return previous;
        const next = new Map(previous);
        next.delete(message.author.id);
        return next;
      });
    };
    const onChanged = (message: MessageView) => {
      if (message.topicId !== topicId) return;
      setBySeq((previous) => {
        const existing = previous.get(message.seq);
        if (!existing || !newer(message, existing)) return previous;
        return new Map(previous).set(message.seq, message);
      });
    };
    const onReaction = (update: { topicId: string; messageId: string; reactions: MessageView["reactions"]; updatedAt: string }) => {
      if (update.topicId !== topicId) return;
      setBySeq((previous) => {
        const existing = [...previous.values()].find((m) => m.id === update.messageId);
        if (!existing || !newer(update, existing)) return previous;
        return new Map(previous).set(existing.seq, { ...existing, reactions: update.reactions, updatedAt: update.updatedAt });
      });
    };
    const onTopic = (next: TopicStateView) => {
      if (next.id === topicId) setTopic((previous) => (next.updatedAt >= previous.updatedAt ? { ...previous, ...next } : previous));
    };
    const onTopicDeleted = (event: { topicId: string }) => event.topicId === topicId && setDeleted(true);
    const onTyping = (event: { topicId: string; user: PresenceUser; typing: boolean }) => {
      if (event.topicId !== topicId || event.user.id === me.id) return;
      setTyping((previous) => {
        const next = new Map(previous);
        if (event.typing) next.set(event.user.id, { name: event.user.displayName, until: Date.now() + TYPING_SHOWN_MS });
        else next.delete(event.user.id);
        return next;
      });
    };
    const onPresence = (event: { topicId: string; joined: PresenceUser[]; left: string[] }) => {
      if (event.topicId !== topicId) return;
      state.current.presenceSinceJoin?.push(event);
      setPresence((previous) => applyPresence(previous, [event]));
    };
    socket.on("message:new", onNew);
    socket.on("message:edited", onChanged);
    socket.on("message:deleted", onChanged);
    socket.on("reaction:updated", onReaction);
    socket.on("topic:updated", onTopic);
    socket.on("topic:deleted", onTopicDeleted);
    socket.on("typing", onTyping);
    socket.on("presence", onPresence);
    return () => {
      socket.off("message:new", onNew);
      socket.off("message:edited", onChanged);
      socket.off("message:deleted", onChanged);
      socket.off("reaction:updated", onReaction);
      socket.off("topic:updated", onTopic);
      socket.off("topic:deleted", onTopicDeleted);
      socket.off("typing", onTyping);
      socket.off("presence", onPresence);
    };
  }, [socket, topicId, me.id, merge, syncAfter, t]);

  // Leave the room when the page goes away.
  useEffect(() => () => void request("topic:leave", { topicId }), [topicId]);

  // Typing indicators expire by themselves.
  useEffect(() => {
    if (typing.size === 0) return;
    const timer = setInterval(() => {
      setTyping((previous) => {
        const now = Date.now();
        const next = new Map([...previous].filter(([, entry]) => entry.until > now));
        return next.size === previous.size ? previous : next;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [typing.size]);

  // What is on screen counts as read.
  useEffect(() => {
    if (!hydrated || !atEnd || status !== "connected" || maxSeq === 0) return;
    const timer = setTimeout(() => {
      if (document.visibilityState === "visible") void request("topic:read", { topicId, seq: maxSeq });
    }, 1000);
    return () => clearTimeout(timer);
  }, [hydrated, atEnd, status, maxSeq, topicId]);

  const sendTyping = (value: boolean) => {
    const now = Date.now();
    if (value && now - state.current.lastTypingSent < TYPING_SEND_EVERY_MS) return;
    state.current.lastTypingSent = value ? now : 0;
    if (socket?.connected) (socket as unknown as { emit: (event: string, payload: unknown) => void }).emit("typing", { topicId, typing: value });
  };

  const onComposerChange = () => {
    if (!permissions.canPost) return;
    sendTyping(true);
    clearTimeout(state.current.typingTimer);
    state.current.typingTimer = setTimeout(() => sendTyping(false), 5000);
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const editor = editorRef.current;
    if (!editor) return; // not hydrated: the plain form posts
    event.preventDefault();
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    if (!text.trim()) return setComposerError("richtext.empty");
    if (text.length > 20_000) return setComposerError("richtext.tooLong");
    setComposerError(null);
    updateOutbox((items) => [
      ...items,
      { clientKey: newClientKey(), json, text: textOfState(json), replyToId: replyTo?.id ?? null, createdAt: new Date().toISOString(), state: "queued" },
    ]);
    editor.update(() => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
    });
    setReplyTo(null);
    clearTimeout(state.current.typingTimer);
    sendTyping(false);
    void flush();
  };

  const firstUnreadSeq = props.firstUnreadSeq;
  const typingNames = [...typing.values()].map((entry) => entry.name);
  const others = presence.filter((user) => user.id !== me.id);
  const newCount = knownLastSeq - maxSeq;

  if (deleted) return <Notice tone="warn">{t("discussions.topic.topicDeleted")}</Notice>;

  return (
    <>
      {topic.pinned || topic.solvedMessageId || topic.locked ? (
        // The topic's state, kept current by topic:updated events.
        <div className="mb-3 flex flex-wrap gap-2">
          {topic.pinned ? <Badge tone="brand">{t("discussions.topics.pinned")}</Badge> : null}
          {topic.solvedMessageId ? <Badge tone="ok">{t("discussions.topics.solved")}</Badge> : null}
          {topic.locked ? <Badge>{t("discussions.topics.locked")}</Badge> : null}
        </div>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center gap-3">
        {hydrated ? <ConnectionState status={status} /> : null}
        {hydrated && presence.length ? (
          <p className="text-sm text-ink-700">
            <span className="font-semibold">{t("discussions.live.present")}:</span> {presence.map((user) => user.displayName).slice(0, 12).join(", ")}
            {presence.length > 12 ? ` +${presence.length - 12}` : null}
            <span className="sr-only"> ({t("discussions.live.presentCount", { count: others.length + 1 })})</span>
          </p>
        ) : null}
        {firstUnreadSeq !== null && bySeq.has(firstUnreadSeq) ? <a href="#ongelezen">{t("discussions.topic.jumpToUnread")}</a> : null}
      </div>

      {minSeq > 1 || props.hasEarlier ? (
        <p className="mb-3">
          <Link to={`?voor=${minSeq}`} preventScrollReset>
            {t("discussions.topic.earlier")}
          </Link>
        </p>
      ) : null}

      <ol aria-label={t("discussions.topic.messages")} className="space-y-3">
        {ordered.map((message) => (
          <MessageItem
            key={message.seq}
            message={message}
            me={me.id}
            permissions={permissions}
            solved={topic.solvedMessageId === message.id}
            returnTo={props.returnTo}
            firstUnread={firstUnreadSeq === message.seq && firstUnreadSeq > 1}
            onReply={
              hydrated
                ? (target) => {
                    setReplyTo(target);
                    editorRef.current?.focus();
                  }
                : undefined
            }
            editor={props.editingId === message.id ? <EditForm message={message} returnTo={props.returnTo} communitySlug={communitySlug} error={props.bodyError} /> : undefined}
          />
        ))}
      </ol>

      {!atEnd ? (
        <p className="mt-3">
          {hydrated ? (
            <button type="button" className="font-semibold text-brand-700 underline" onClick={() => void syncAfter(maxSeq)}>
              {newCount > 0 && !props.hasLater ? t("discussions.topic.newMessages", { count: newCount }) : null} {t("discussions.topic.showNew")}
            </button>
          ) : (
            <Link to={`?vanaf=${maxSeq + 1}`}>{t("discussions.topic.later")}</Link>
          )}
        </p>
      ) : null}

      <div id="live-announcer" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
      <p className="mt-3 min-h-6 text-sm text-ink-700" aria-hidden={typingNames.length === 0}>
        {typingNames.length ? t("discussions.live.typing", { count: typingNames.length, names: typingNames.join(", ") }) : null}
      </p>

      {outbox.length ? (
        <section aria-labelledby="outbox" className="mt-3 rounded-md border border-dashed border-warn-800/40 bg-warn-50 p-3">
          <h3 id="outbox" className="font-semibold">
            {t("discussions.live.outbox", { count: outbox.length })}
          </h3>
          <ul className="mt-2 space-y-2">
            {outbox.map((item) => (
              <li key={item.clientKey} className="flex flex-wrap items-center gap-2">
                <span className="flex-1 text-ink-900">{item.text}</span>
                <span className="text-sm text-ink-700">
                  {item.state === "failed"
                    ? t("discussions.live.failed", { reason: tKey(t, item.error ?? "errors.generic") })
                    : item.state === "sending"
                      ? t("discussions.live.sending")
                      : t("discussions.live.queued")}
                </span>
                {item.state === "failed" ? (
                  <>
                    <Button
                      type="button"
                      size="sm"
                      variant="secondary"
                      onClick={() => {
                        updateOutbox((items) => items.map((i) => (i.clientKey === item.clientKey ? { ...i, state: "queued", error: undefined } : i)));
                        void flush();
                      }}
                    >
                      {t("discussions.live.retry")}
                    </Button>
                    <Button type="button" size="sm" variant="ghost" onClick={() => updateOutbox((items) => items.filter((i) => i.clientKey !== item.clientKey))}>
                      {t("discussions.live.discard")}
                    </Button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {topic.locked && !permissions.moderate ? (
        <Notice tone="info">{t("discussions.topic.lockedNotice")}</Notice>
      ) : permissions.canPost ? (
        <section aria-labelledby="schrijf-kop" className="mt-4">
          <h3 id="schrijf-kop" className="sr-only">
            {t("discussions.topic.composer")}
          </h3>
          {props.formError ? <Notice tone="error">{tKey(t, props.formError)}</Notice> : null}
          <Form method="post" id="schrijf" onSubmit={onSubmit} className="scroll-mt-24">
            <input type="hidden" name="intent" value="post" />
            <input type="hidden" name="clientKey" value={props.clientKey} />
            <input type="hidden" name="returnTo" value={props.returnTo} />
            {replyTo ? (
              <div className="mb-2 flex flex-wrap items-center gap-2 rounded-md bg-brand-50 p-2 text-sm">
                <input type="hidden" name="replyToId" value={replyTo.id} />
                <span className="flex-1">{t("discussions.topic.replyingTo", { name: replyTo.author?.displayName ?? "—", excerpt: replyTo.text.slice(0, 100) })}</span>
                {hydrated ? (
                  <button type="button" className="font-semibold text-brand-700 underline" onClick={() => setReplyTo(null)}>
                    {t("discussions.topic.cancelReply")}
                  </button>
                ) : (
                  <Link to="?#schrijf">{t("discussions.topic.cancelReply")}</Link>
                )}
              </div>
            ) : null}
            <p id="composer-label" className="font-semibold">
              {t("discussions.topic.composer")}
            </p>
            <p id="composer-hint" className="text-sm text-ink-600">
              {t("discussions.topic.composerHint")}
            </p>
            <RichTextEditor
              name="body"
              id="composer"
              labelId="composer-label"
              describedBy={composerError || props.bodyError ? "composer-hint composer-error" : "composer-hint"}
              invalid={!!(composerError || (props.bodyError && !props.editingId))}
              rows={3}
              editorRef={editorRef}
              onChange={onComposerChange}
            >
              <MentionsPlugin communitySlug={communitySlug} />
            </RichTextEditor>
            <FieldErrors id="composer-error" errors={composerError ? [composerError] : props.bodyError && !props.editingId ? [props.bodyError] : undefined} />
            <div className="mt-2">
              <Button>{t("discussions.topic.send")}</Button>
            </div>
          </Form>
        </section>
      ) : (
        <Notice tone="info">{t("discussions.topics.membersOnly")}</Notice>
      )}
    </>
  );
}

function EditForm({ message, returnTo, communitySlug, error }: { message: MessageView; returnTo: string; communitySlug: string; error: string | null }) {
  const { t } = useTranslation();
  const id = `edit-${message.seq}`;
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value="edit" />
      <input type="hidden" name="messageId" value={message.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <p id={`${id}-label`} className="font-semibold">
        {t("discussions.topic.editing")}
      </p>
      <RichTextEditor name="body" id={id} labelId={`${id}-label`} initialJson={message.json} initialText={message.text} rows={3} invalid={!!error} describedBy={error ? `${id}-error` : undefined}>
        <MentionsPlugin communitySlug={communitySlug} />
      </RichTextEditor>
      <FieldErrors id={`${id}-error`} errors={error ? [error] : undefined} />
      <div className="mt-2 flex gap-2">
        <Button size="sm">{t("discussions.topic.saveEdit")}</Button>
        <Link to={`${returnTo || "?"}#bericht-${message.seq}`} preventScrollReset className="inline-flex min-h-9 items-center px-3 text-sm font-semibold">
          {t("discussions.topic.cancel")}
        </Link>
      </div>
    </Form>
  );
}
