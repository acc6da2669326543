/**
 * One message, with its actions as plain forms (they work without JavaScript;
 * with it, Remix submits them and live events update everyone else).
 */
import { Content } from "~/components/ui/content.tsx";
import { Form } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { withContext } from "~/components/ui/misc.tsx";
import { type MessageView, REACTION_KEYS, REACTIONS } from "~/shared/discussions.ts";
import { cn } from "~/utils/cn.ts";
import { formatDate } from "~/utils/i18n.ts";

export type MessagePermissions = { canPost: boolean; moderate: boolean; canSolve: boolean };

const smallButton =
  "inline-flex min-h-8 items-center gap-1 rounded-md border border-line bg-white px-2 py-0.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60";

export function MessageItem({
  message,
  me,
  permissions,
  solved,
  returnTo,
  firstUnread,
  onReply,
  editor,
}: {
  message: MessageView;
  me: string;
  permissions: MessagePermissions;
  solved: boolean;
  /** The page's query string, so a form post comes back to the same window. */
  returnTo: string;
  firstUnread: boolean;
  onReply?: (message: MessageView) => void;
  /** The edit form, when this message is being edited. */
  editor?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const messageNumber = t("discussions.topic.messageNumber", { seq: message.seq });
  const deleted = message.deletedAt !== null || message.hidden === true;
  const own = message.author?.id === me;
  const headingId = `bericht-${message.seq}-kop`;
  const editLink = useRef<HTMLAnchorElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Saved or cancelled: focus goes back to this message's "Bewerk" (decision 295), not to the first
    // control left in the message (its author's name), where the page's fallback would put it.
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (wasEditing.current && !editor && (lost || active?.closest(`#bericht-${message.seq}`))) editLink.current?.focus();
    wasEditing.current = !!editor;
  }, [editor, message.seq]);
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="messageId" value={message.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
  return (
    // Focusable, so a page opened at "#bericht-N" (after a reply without JavaScript) puts focus on it, not on the page.
    <li id={`bericht-${message.seq}`} data-seq={message.seq} tabIndex={-1} className="scroll-mt-24">
      {firstUnread ? (
        <p id="ongelezen" className="my-3 flex items-center gap-3 text-sm font-semibold text-accent-700">
          <span aria-hidden="true" className="h-px flex-1 bg-accent-600" />
          {t("discussions.topic.unreadFrom")}
          <span aria-hidden="true" className="h-px flex-1 bg-accent-600" />
        </p>
      ) : null}
      <article
        aria-labelledby={headingId}
        className={cn("rounded-lg border bg-white p-4", solved ? "border-2 border-ok-700" : "border-line")}
      >
        <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h3
            id={headingId}
            aria-label={withContext(message.author?.displayName ?? t("privacy.formerMember"), messageNumber, ",")}
            className="font-bold"
          >
            {message.author ? (
              <Link to={`/leden/${message.author.id}`}>{message.author.displayName}</Link>
            ) : (
              <span>{t("privacy.formerMember")}</span>
            )}
          </h3>
          <a href={`#bericht-${message.seq}`} className="text-sm text-ink-600">
            <time dateTime={message.createdAt}>
              {formatDate(message.createdAt, i18n.language, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </a>
          {message.editedAt && !deleted ? <span className="text-sm text-ink-600">({t("discussions.topic.edited")})</span> : null}
          {solved ? (
            <span className="rounded-full bg-ok-50 px-2 text-sm font-semibold text-ok-700">{t("discussions.topic.answer")}</span>
          ) : null}
        </header>
        {message.replyTo ? (
          <p className="mt-1 border-l-4 border-brand-200 pl-2 text-sm text-ink-700">
            <a href={`#bericht-${message.replyTo.seq}`}>
              {message.replyTo.excerpt
                ? t("discussions.topic.replyTo", { name: message.replyTo.authorName ?? "—" })
                : t("discussions.topic.replyToDeleted")}
            </a>
            {message.replyTo.excerpt ? (
              <>
                {": "}
                <Content text={message.replyTo.excerpt} />
              </>
            ) : null}
          </p>
        ) : null}
        {message.hidden && message.deletedAt === null ? (
          <p className="mt-2 italic text-ink-600">
            {message.hiddenReason ? t("moderation.hidden.withReason", { reason: message.hiddenReason }) : t("moderation.hidden.short")}
          </p>
        ) : deleted ? (
          <p className="mt-2 italic text-ink-600">{t("discussions.topic.deleted")}</p>
        ) : editor ? (
          <div className="mt-2">{editor}</div>
        ) : (
          // Rendered on the server from sanitised Lexical state (server/richtext): safe HTML.
          <Content as="div" className="prose-pp mt-2 break-words" html={message.html} sample={message.text} />
        )}
        {!deleted && !editor ? (
          <footer className="mt-3 flex flex-wrap items-center gap-2">
            {/* An unnamed form with a named group: a named form is a landmark, and every message would add one. */}
            <Form method="post" preventScrollReset>
              <div role="group" aria-label={t("discussions.topic.reactions")} className="flex flex-wrap gap-1">
                {hidden("react")}
                {REACTION_KEYS.map((key) => {
                  const reaction = message.reactions.find((r) => r.emoji === key);
                  const mine = reaction?.userIds.includes(me) ?? false;
                  const label = t(`discussions.reactions.${key}`);
                  if (!permissions.canPost && !reaction) return null;
                  return (
                    <button
                      key={key}
                      type="submit"
                      name="emoji"
                      value={key}
                      disabled={!permissions.canPost}
                      aria-pressed={mine}
                      className={cn(smallButton, mine && "border-brand-700 bg-brand-50")}
                    >
                      <span aria-hidden="true">{REACTIONS[key]}</span>
                      {reaction ? <span aria-hidden="true">{reaction.count}</span> : null}
                      <span className="sr-only">
                        {reaction
                          ? t("discussions.topic.reactionCount", { label, count: reaction.count })
                          : t("discussions.topic.react", { label })}
                      </span>
                    </button>
                  );
                })}
              </div>
            </Form>
            <span className="flex-1" />
            {permissions.canPost ? (
              <Link
                aria-label={withContext(t("discussions.topic.reply"), messageNumber)}
                to={`?reageer=${message.id}#schrijf`}
                preventScrollReset
                className={smallButton}
                onClick={(event) => {
                  if (!onReply) return;
                  event.preventDefault();
                  onReply(message);
                }}
              >
                {t("discussions.topic.reply")}
              </Link>
            ) : null}
            {own && permissions.canPost ? (
              <Link
                ref={editLink}
                aria-label={withContext(t("discussions.topic.edit"), messageNumber)}
                // Without JavaScript the page opens at the edit box, which takes focus as the address's target.
                to={`?bewerk=${message.id}#edit-${message.seq}`}
                preventScrollReset
                className={smallButton}
              >
                {t("discussions.topic.edit")}
              </Link>
            ) : null}
            {permissions.canSolve && message.seq > 1 ? (
              <Form method="post" preventScrollReset>
                {hidden(solved ? "unsolve" : "solve")}
                <button
                  aria-label={withContext(solved ? t("discussions.topic.unmarkAnswer") : t("discussions.topic.markAnswer"), messageNumber)}
                  type="submit"
                  className={smallButton}
                >
                  {solved ? t("discussions.topic.unmarkAnswer") : t("discussions.topic.markAnswer")}
                </button>
              </Form>
            ) : null}
            {!own ? (
              // A plain link: Remix's route discovery would fetch the manifest for every new message while offline.
              <a
                aria-label={withContext(t("moderation.report.button"), messageNumber)}
                href={`/melden?soort=bericht&id=${encodeURIComponent(message.id)}`}
                className={smallButton}
              >
                {t("moderation.report.button")}
              </a>
            ) : null}
            {(own && permissions.canPost) || permissions.moderate ? (
              <Form
                method="post"
                preventScrollReset
                onSubmit={(event) => {
                  if (!window.confirm(t("discussions.topic.deleteConfirm"))) event.preventDefault();
                }}
              >
                {hidden("delete")}
                <button
                  aria-label={withContext(t("discussions.topic.delete"), messageNumber)}
                  type="submit"
                  className={cn(smallButton, "text-danger-700")}
                >
                  {t("discussions.topic.delete")}
                </button>
              </Form>
            ) : null}
          </footer>
        ) : null}
      </article>
    </li>
  );
}
