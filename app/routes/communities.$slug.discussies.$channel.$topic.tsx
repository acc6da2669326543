import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Content } from "~/components/ui/content.tsx";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import {
  deleteMessage,
  deleteTopic,
  editMessage,
  markSolved,
  newClientKey,
  postMessage,
  renameTopic,
  setTopicFlags,
  toggleReaction,
  topicPage,
} from "~/.server/discussions.ts";
import { orAlreadyRemoved, orFormError, orNoLongerMember, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { TopicView } from "~/components/discussions/topic-view.tsx";
import { Button } from "~/components/ui/button.tsx";
import { Notice } from "~/components/ui/misc.tsx";
import { REACTION_KEYS, type ReactionKey, topicTitleSchema } from "~/shared/discussions.ts";
import { fieldErrorOf, formErrorOf } from "~/utils/form-errors.ts";
import { pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";
import { closeDetailsOnEscape } from "~/components/ui/close-on-escape.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, `${loaderData.topic.title} · ${loaderData.community.name}`) : [];

/** Only the history position survives a form post (?voor= / ?vanaf=). */
function windowQuery(search: URLSearchParams | string): string {
  const params = typeof search === "string" ? new URLSearchParams(search.startsWith("?") ? search.slice(1) : search) : search;
  const kept = new URLSearchParams();
  for (const key of ["voor", "vanaf"]) {
    const value = params.get(key);
    if (value && /^\d{1,9}$/.test(value)) kept.set(key, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : "";
}

const seqParam = (value: string | null) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const slug = params.slug ?? "";
  const editId = url.searchParams.get("bewerk");
  const page = await orRespond(() =>
    topicPage(user, slug, params.channel ?? "", params.topic ?? "", {
      before: seqParam(url.searchParams.get("voor")),
      from: seqParam(url.searchParams.get("vanaf")),
      editing: editId,
    }),
  );
  if ("redirect" in page && page.redirect) throw redirect(page.redirect);
  if (!("messages" in page)) throw data({ message: "errors.notFound" }, { status: 404 });
  const replyId = url.searchParams.get("reageer");
  const replyTo = replyId ? (page.messages.find((m) => m.id === replyId && !m.deletedAt) ?? null) : null;
  const editing = editId ? page.messages.find((m) => m.id === editId && m.author?.id === user.id && !m.deletedAt) : undefined;
  return {
    ...page,
    community: { id: page.community.id, slug: page.community.slug, name: page.community.name },
    me: { id: user.id, displayName: user.displayName },
    returnTo: windowQuery(url.searchParams),
    clientKey: newClientKey(),
    replyTo,
    editingId: editing?.id ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const channelSlug = params.channel ?? "";
  const topicId = params.topic ?? "";
  const topicPath = `/communities/${slug}/discussies/${channelSlug}/${topicId}`;
  const form = await readForm(request);
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const intent = field("intent");
  const messageId = field("messageId");
  const back = windowQuery(field("returnTo"));
  const body = () => ({ json: field("bodyJson") || undefined, text: field("bodyText") });
  const done = async (key: string | null, seq?: number, path = `${topicPath}${back}`) =>
    key ? redirectWithFlash(`${path}${seq ? `#bericht-${seq}` : ""}`, key) : redirect(`${path}${seq ? `#bericht-${seq}` : ""}`);

  return orFormError(async () => {
    switch (intent) {
      case "post":
        return orNoLongerMember(
          async () => {
            const { message } = await postMessage(user, {
              topicId,
              body: body(),
              clientKey: field("clientKey").slice(0, 64) || null,
              replyToId: field("replyToId") || null,
            });
            return done(null, message.seq, topicPath);
          },
          { userId: user.id, text: field("bodyText") },
        );
      case "edit": {
        const message = await editMessage(user, messageId, body());
        return done("discussions.flash.edited", message.seq);
      }
      case "delete": {
        const message = await deleteMessage(user, messageId);
        return done("discussions.flash.deleted", message.seq);
      }
      case "react": {
        const emoji = field("emoji");
        if (!(REACTION_KEYS as string[]).includes(emoji)) return data({ formError: "errors.invalidRequest" }, { status: 400 });
        const { message } = await toggleReaction(user, messageId, emoji as ReactionKey);
        return done(null, message.seq);
      }
      case "solve":
      case "unsolve":
        await markSolved(user, topicId, intent === "solve" ? messageId : null);
        return done("discussions.flash.topicUpdated");
      case "pin":
      case "unpin":
        await setTopicFlags(user, topicId, { pinned: intent === "pin" });
        return done("discussions.flash.topicUpdated");
      case "lock":
      case "unlock":
        await setTopicFlags(user, topicId, { locked: intent === "lock" });
        return done("discussions.flash.topicUpdated");
      case "rename": {
        const title = topicTitleSchema.safeParse(field("title"));
        if (!title.success) return data({ formError: title.error.issues[0]?.message ?? "errors.invalidRequest" }, { status: 400 });
        await renameTopic(user, topicId, title.data);
        return done("discussions.flash.topicUpdated");
      }
      case "deleteTopic": {
        const channelPath = `/communities/${slug}/discussies/${channelSlug}`;
        return orAlreadyRemoved(channelPath, async () => {
          await deleteTopic(user, topicId);
          return done("discussions.flash.topicDeleted", undefined, channelPath);
        });
      }
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

export default function TopicPage() {
  const { t } = useTranslation();
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { community, channel, topic, permissions, solved } = page;
  const channelPath = `/communities/${community.slug}/discussies/${channel.slug}`;
  return (
    <article aria-labelledby="topic-title">
      <header className="mb-4">
        <p>
          <Link to={channelPath}>
            <Content text={channel.name} />
          </Link>
        </p>
        <Content
          as="h2"
          id="topic-title"
          // The page opens here after a new topic without JavaScript (decision 260).
          tabIndex={-1}
          className="mt-1 scroll-mt-24 text-2xl font-bold"
          text={topic.title}
          // The opening message, when it is on this page, makes a short title's language certain.
          sample={[topic.title, page.messages.find((message) => message.seq === 1)?.text]}
        />
        {topic.hiddenReason ? (
          <Notice tone="warn">
            <p>{t("moderation.hidden.ownBanner", { reason: topic.hiddenReason })}</p>
          </Notice>
        ) : null}
        {topic.authorId !== page.me.id ? (
          <p className="mt-2">
            <Link
              id="report-topic"
              aria-labelledby="report-topic topic-title"
              to={`/melden?soort=onderwerp&id=${encodeURIComponent(topic.id)}`}
              className="text-sm"
            >
              {t("moderation.report.button")}
            </Link>
          </p>
        ) : null}
        {permissions.canRename ? (
          <details className="mt-3" onKeyDown={closeDetailsOnEscape}>
            <summary className="cursor-pointer font-semibold text-brand-700">{t("discussions.topic.rename")}</summary>
            <Form method="post" noValidate className="mt-2 flex flex-wrap items-end gap-2">
              <input type="hidden" name="intent" value="rename" />
              <input type="hidden" name="returnTo" value={page.returnTo} />
              <label htmlFor="topic-title-input" className="sr-only">
                {t("discussions.topics.title")}
              </label>
              <input
                id="topic-title-input"
                name="title"
                defaultValue={topic.title}
                required
                minLength={3}
                maxLength={140}
                className="min-w-64 flex-1 rounded-md border border-ink-600 bg-white px-3 py-2"
              />
              <Button size="sm">{t("discussions.manage.save")}</Button>
            </Form>
          </details>
        ) : null}
        {permissions.moderate ? (
          <Form method="post" className="mt-3 flex flex-wrap gap-2">
            <input type="hidden" name="returnTo" value={page.returnTo} />
            <Button name="intent" value={topic.pinned ? "unpin" : "pin"} size="sm" variant="secondary">
              {topic.pinned ? t("discussions.topic.unpin") : t("discussions.topic.pin")}
            </Button>
            <Button name="intent" value={topic.locked ? "unlock" : "lock"} size="sm" variant="secondary">
              {topic.locked ? t("discussions.topic.unlock") : t("discussions.topic.lock")}
            </Button>
            <Button
              name="intent"
              value="deleteTopic"
              size="sm"
              variant="danger"
              onClick={(event) => {
                if (!window.confirm(t("discussions.topic.deleteTopicConfirm"))) event.preventDefault();
              }}
            >
              {t("discussions.topic.deleteTopic")}
            </Button>
          </Form>
        ) : null}
      </header>
      {solved && !solved.deletedAt ? (
        <Notice tone="success">
          <p>
            {t("discussions.topic.solvedBy", { name: solved.author?.displayName ?? "—" })}{" "}
            <a
              href={page.messages.some((m) => m.id === solved.id) ? `#bericht-${solved.seq}` : `?vanaf=${solved.seq}#bericht-${solved.seq}`}
            >
              {t("discussions.topic.toAnswer")}
            </a>
          </p>
        </Notice>
      ) : null}
      <TopicView
        key={topic.id}
        communitySlug={community.slug}
        topic={{
          id: topic.id,
          title: topic.title,
          pinned: topic.pinned,
          locked: topic.locked,
          solvedMessageId: topic.solvedMessageId,
          lastSeq: topic.lastSeq,
          updatedAt: topic.updatedAt,
          authorId: topic.authorId,
        }}
        hidden={topic.hiddenReason !== null}
        me={page.me}
        permissions={{ canPost: permissions.canPost, moderate: permissions.moderate, canSolve: permissions.canSolve }}
        messages={page.messages}
        firstUnreadSeq={page.firstUnreadSeq}
        hasEarlier={page.hasEarlier}
        hasLater={page.hasLater}
        returnTo={page.returnTo}
        clientKey={page.clientKey}
        replyTo={page.replyTo}
        editingId={page.editingId}
        formError={formErrorOf(actionData, "body")}
        bodyError={fieldErrorOf(actionData, "body")}
      />
    </article>
  );
}
