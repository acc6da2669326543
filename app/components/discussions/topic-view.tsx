/**
 * A topic's messages and composer. The server renders it as a plain list with
 * forms; after hydration it goes live over the shared socket: new, edited and
 * deleted messages and reactions arrive by themselves, sends go through an
 * outbox that survives reconnects, and after a reconnect it asks for every
 * message after the last sequence number it has (nothing lost, nothing doubled).
 * The rules live in a pure reducer (topic-state.ts); the hooks (use-*.ts) feed it
 * from the socket; this file only renders.
 */
import { Form } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { $createParagraphNode, $getRoot, type LexicalEditor } from "lexical";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { RichTextEditor } from "~/components/editor/rich-text-editor.tsx";
import { Button } from "~/components/ui/button.tsx";
import { FieldErrors, ReadOnlyTextField, useInvalidFocus } from "~/components/ui/field.tsx";
import { Badge, FormError, Notice } from "~/components/ui/misc.tsx";
import type { MessageView, PresenceUser } from "~/shared/discussions.ts";
import { tKey } from "~/utils/i18n.ts";
import { MentionHint, MentionsPlugin } from "./mentions-plugin.tsx";
import { MessageItem, type MessagePermissions } from "./message-item.tsx";
import { ConnectionState, request, useRealtime } from "./realtime.tsx";
import { initialTopicState, isAtEnd, orderedMessages, type TopicInfo, typingNames } from "./topic-state.ts";
import { useOutbox } from "./use-outbox.ts";
import { usePresence } from "./use-presence.ts";
import { useTopicStore } from "./use-topic-store.ts";
import { useTopicStream } from "./use-topic-stream.ts";
import { useMembershipEnded } from "./use-membership-ended.ts";
import { useTyping } from "./use-typing.ts";

export type TopicViewProps = {
  communitySlug: string;
  topic: TopicInfo;
  /** Hidden by a moderator: a member who may not write in it is told why, not asked to join. */
  hidden: boolean;
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

export function TopicView(props: TopicViewProps) {
  const { t } = useTranslation();
  const { me, permissions, communitySlug } = props;
  const topicId = props.topic.id;
  const { socket, status } = useRealtime();
  const [hydrated, setHydrated] = useState(false);
  const [replyTo, setReplyTo] = useState<MessageView | null>(props.replyTo);
  const [composerError, setComposerError] = useState<string | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const store = useTopicStore(() => initialTopicState({ me: me.id, topic: props.topic, messages: props.messages }));
  const { state, dispatch } = store;
  const { flush, enqueue, retry, discard } = useOutbox({ store, socket, topicId, userId: me.id });
  const { syncAfter } = useTopicStream({
    store,
    topicId,
    socket,
    status,
    hydrated,
    loaderMessages: props.messages,
    loaderTopic: props.topic,
    onJoined: () => void flush(),
  });
  usePresence(socket, topicId, dispatch);
  const readDraft = useCallback(
    () =>
      editorRef.current
        ?.getEditorState()
        .read(() => $getRoot().getTextContent())
        .trim() ?? "",
    [],
  );
  const membershipEnded = useMembershipEnded(socket, communitySlug, readDraft);
  const canPost = permissions.canPost && !membershipEnded;
  const messagePermissions = useMemo(() => ({ ...permissions, canPost }), [permissions, canPost]);
  const { onComposerChange, stopTyping } = useTyping({ socket, topicId, dispatch, shown: state.typing.size, canPost });
  // Removed from a community that is not open: the server took this socket out of the topic's rooms,
  // and leaving the topic takes them off the others' "Nu hier" list too (walk 20, decision 332).
  const leaveUnreadable = membershipEnded !== null && !membershipEnded.readable;
  useEffect(() => {
    if (leaveUnreadable) void request("topic:leave", { topicId });
  }, [leaveUnreadable, topicId]);
  const endedNotice = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    // Focus was in the reply box that is gone: it goes to the notice that says why, not to the page's start.
    if (membershipEnded && (document.activeElement === document.body || !document.activeElement)) endedNotice.current?.focus();
  }, [membershipEnded]);

  useEffect(() => setHydrated(true), []);

  const ordered = useMemo(() => orderedMessages(state), [state]);
  const maxSeq = ordered.at(-1)?.seq ?? 0;
  const minSeq = ordered[0]?.seq ?? 1;
  const atEnd = isAtEnd(state);
  const { topic, presence, outbox, deleted, knownLastSeq, bySeq } = state;

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const editor = editorRef.current;
    if (!editor) return; // not hydrated: the plain form posts
    event.preventDefault();
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    // Refused here: the box takes focus, so its error (aria-describedby) is read and typing goes on there (walk 19).
    const refuse = (error: string) => {
      setComposerError(error);
      editor.focus();
    };
    if (!text.trim()) return refuse("discussions.errors.emptyMessage");
    if (text.length > 20_000) return refuse("richtext.tooLong");
    setComposerError(null);
    editor.update(() => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
    });
    setReplyTo(null);
    stopTyping();
    enqueue({ json, replyToId: replyTo?.id ?? null });
  };

  const firstUnreadSeq = props.firstUnreadSeq;
  const typing = typingNames(state);
  const others = presence.filter((user) => user.id !== me.id);
  const newCount = knownLastSeq - maxSeq;
  const announcement =
    state.announcement === null
      ? ""
      : state.announcement.kind === "sent"
        ? `${t("discussions.topic.sent")}${state.announcement.repeat ? "\u00a0" : ""}`
        : t("discussions.topic.newMessage", { name: state.announcement.name, excerpt: state.announcement.excerpt });

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
            <span className="font-semibold">{t("discussions.live.present")}:</span>{" "}
            {presence
              .map((user) => user.displayName)
              .slice(0, 12)
              .join(", ")}
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
            permissions={messagePermissions}
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
            editor={
              props.editingId === message.id ? (
                <EditForm message={message} returnTo={props.returnTo} communitySlug={communitySlug} error={props.bodyError} />
              ) : undefined
            }
          />
        ))}
      </ol>

      {!atEnd ? (
        <p className="mt-3">
          {hydrated ? (
            <button type="button" className="font-semibold text-brand-700 underline" onClick={() => void syncAfter(maxSeq)}>
              {newCount > 0 && !props.hasLater ? t("discussions.topic.newMessages", { count: newCount }) : null}{" "}
              {t("discussions.topic.showNew")}
            </button>
          ) : (
            <Link to={`?vanaf=${maxSeq + 1}`}>{t("discussions.topic.later")}</Link>
          )}
        </p>
      ) : null}

      <div id="live-announcer" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
      <p className="mt-3 min-h-6 text-sm text-ink-700" aria-hidden={typing.length === 0}>
        {typing.length ? t("discussions.live.typing", { count: typing.length, names: typing.join(", ") }) : null}
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
                    <Button type="button" size="sm" variant="secondary" onClick={() => retry(item.clientKey)}>
                      {t("discussions.live.retry")}
                    </Button>
                    <Button type="button" size="sm" variant="ghost" onClick={() => discard(item.clientKey)}>
                      {t("discussions.live.discard")}
                    </Button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {/* Present from the start, so the notice is announced when it arrives. */}
      <div role="status" aria-live="polite">
        {membershipEnded ? (
          <div ref={endedNotice} tabIndex={-1} className="mt-4 outline-none">
            <Notice tone="warn">{t("discussions.topic.noLongerMember", { community: membershipEnded.community })}</Notice>
          </div>
        ) : null}
      </div>
      {membershipEnded ? (
        membershipEnded.draft ? (
          <ReadOnlyTextField
            id="kept-draft"
            label={t("discussions.keptText.label")}
            hint={t("discussions.keptText.hint")}
            value={membershipEnded.draft}
          />
        ) : null
      ) : topic.locked && !permissions.moderate ? (
        <Notice tone="info">{t("discussions.topic.lockedNotice")}</Notice>
      ) : canPost ? (
        <section aria-labelledby="schrijf-kop" className="mt-4">
          <h3 id="schrijf-kop" className="sr-only">
            {t("discussions.topic.composer")}
          </h3>
          <FormError error={props.formError} />
          {/* autoComplete off: after sending without JavaScript, Back shows the topic again with the message
              in it; a box still holding the sent text (the browser restores typed text, not the hidden
              clientKey) invited sending it again, and the new key stored it twice. */}
          <Form method="post" id="schrijf" onSubmit={onSubmit} autoComplete="off" className="scroll-mt-24">
            <input type="hidden" name="intent" value="post" />
            <input type="hidden" name="clientKey" value={props.clientKey} />
            <input type="hidden" name="returnTo" value={props.returnTo} />
            {replyTo ? (
              <div className="mb-2 flex flex-wrap items-center gap-2 rounded-md bg-brand-50 p-2 text-sm">
                <input type="hidden" name="replyToId" value={replyTo.id} />
                <span className="flex-1">
                  {t("discussions.topic.replyingTo", { name: replyTo.author?.displayName ?? "—", excerpt: replyTo.text.slice(0, 100) })}
                </span>
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
            <MentionHint id="composer-hint" />
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
            <FieldErrors
              id="composer-error"
              errors={composerError ? [composerError] : props.bodyError && !props.editingId ? [props.bodyError] : undefined}
            />
            <div className="mt-2">
              <Button>{t("discussions.topic.send")}</Button>
            </div>
          </Form>
        </section>
      ) : props.hidden ? (
        <Notice tone="info">{t("discussions.topic.hiddenNotice")}</Notice>
      ) : (
        <Notice tone="info">{t("discussions.topics.membersOnly")}</Notice>
      )}
    </>
  );
}

function EditForm({
  message,
  returnTo,
  communitySlug,
  error,
}: {
  message: MessageView;
  returnTo: string;
  communitySlug: string;
  error: string | null;
}) {
  const { t } = useTranslation();
  const id = `edit-${message.seq}`;
  // With JavaScript the box is already there when the server refuses the edit: focus goes back to it (walk 19).
  useInvalidFocus(id, !!error);
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value="edit" />
      <input type="hidden" name="messageId" value={message.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <p id={`${id}-label`} className="font-semibold">
        {t("discussions.topic.editing")}
      </p>
      <MentionHint id={`${id}-hint`} />
      <RichTextEditor
        name="body"
        id={id}
        labelId={`${id}-label`}
        initialJson={message.json}
        initialText={message.text}
        rows={3}
        invalid={!!error}
        autoFocus
        describedBy={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      >
        <MentionsPlugin communitySlug={communitySlug} />
      </RichTextEditor>
      <FieldErrors id={`${id}-error`} errors={error ? [error] : undefined} />
      <div className="mt-2 flex gap-2">
        <Button size="sm">{t("discussions.topic.saveEdit")}</Button>
        <Link
          to={`${returnTo || "?"}#bericht-${message.seq}`}
          preventScrollReset
          className="inline-flex min-h-9 items-center px-3 text-sm font-semibold"
        >
          {t("discussions.topic.cancel")}
        </Link>
      </div>
    </Form>
  );
}
