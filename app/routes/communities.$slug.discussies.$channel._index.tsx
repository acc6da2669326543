import { useForm } from "@conform-to/react";
import { Content } from "~/components/ui/content.tsx";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { Pagination } from "~/components/ui/pagination.tsx";
import { channelToPostIn, createTopic, newClientKey, topicList } from "~/.server/discussions.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { MentionHint, MentionsPlugin } from "~/components/discussions/mentions-plugin.tsx";
import { LiveCommunityActivity } from "~/components/discussions/live-activity.tsx";
import { RichTextEditor } from "~/components/editor/rich-text-editor.tsx";
import { Button } from "~/components/ui/button.tsx";
import { FieldErrors, TextField } from "~/components/ui/field.tsx";
import { Badge, Card, EmptyState, FormError, Notice } from "~/components/ui/misc.tsx";
import { newTopicSchema } from "~/shared/discussions.ts";
import { formatDate } from "~/utils/i18n.ts";
import { fieldErrorOf, formErrorOf } from "~/utils/form-errors.ts";
import { pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData
    ? pageMeta(matches, `${loaderData.channel.name} · ${loaderData.community.name}`, loaderData.channel.description ?? undefined)
    : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = Number(new URL(request.url).searchParams.get("pagina") ?? "1") || 1;
  const list = await orRespond(() => topicList(user, params.slug ?? "", params.channel ?? "", page));
  return {
    community: { id: list.community.id, slug: list.community.slug, name: list.community.name },
    channel: list.channel,
    permissions: list.permissions,
    topics: list.topics,
    page: list.page,
    pageCount: list.pageCount,
    clientKey: newClientKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const channelSlug = params.channel ?? "";
  // Who may not start a topic here is refused before the form is read (decision 306).
  await orRespond(() => channelToPostIn(user, slug, channelSlug));
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: newTopicSchema });
  const bodyJson = form.get("bodyJson");
  const bodyText = form.get("bodyText");
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return orFormError(
    async () => {
      const { topicId } = await createTopic(user, slug, channelSlug, {
        title: submission.value.title,
        body: { json: typeof bodyJson === "string" ? bodyJson : undefined, text: typeof bodyText === "string" ? bodyText : null },
        clientKey: typeof form.get("clientKey") === "string" ? String(form.get("clientKey")).slice(0, 64) : null,
      });
      // At the new topic's title: on a phone the community's header would fill the first screen (decision 260).
      return redirectWithFlash(`/communities/${slug}/discussies/${channelSlug}/${topicId}#topic-title`, "discussions.flash.topicCreated");
    },
    // The typed title stays in the form; a body error shows under the editor.
    { data: { result: submission.reply() } },
  );
}

export default function TopicList() {
  const { t, i18n } = useTranslation();
  const { community, channel, permissions, topics, page, pageCount, clientKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const bodyError = fieldErrorOf(actionData, "body");
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm({
    id: "new-topic",
    lastResult: actionData?.result,
    constraint: getZodConstraint(newTopicSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newTopicSchema }),
  });
  const base = `/communities/${community.slug}/discussies/${channel.slug}`;
  return (
    <div className="space-y-8">
      <section aria-labelledby="topics">
        <p>
          <Link to={`/communities/${community.slug}/discussies`}>{t("discussions.topics.back")}</Link>
        </p>
        <Content as="h2" id="topics" className="mt-2 text-2xl font-bold" text={channel.name} sample={[channel.name, channel.description]} />
        {channel.description ? <Content as="p" className="mb-3 text-ink-700" text={channel.description} /> : null}
        <LiveCommunityActivity communityId={community.id} />
        {topics.length ? (
          <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
            {topics.map((topic) => (
              <li key={topic.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
                <div>
                  <h3 className="text-lg font-bold">
                    <Link to={`${base}/${topic.id}`}>
                      <Content text={topic.title} />
                    </Link>
                  </h3>
                  {topic.hidden ? <p className="text-sm font-semibold text-warn-800">{t("moderation.hidden.short")}</p> : null}
                  <p className="text-sm text-ink-600">
                    {`${t("discussions.topics.by", { name: topic.author?.displayName ?? t("privacy.formerMember") })} · `}
                    {t("discussions.topics.messages", { count: topic.messageCount })} ·{" "}
                    {t("discussions.topics.lastActivity", {
                      date: formatDate(topic.lastMessageAt, i18n.language, { dateStyle: "medium", timeStyle: "short" }),
                    })}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  {topic.pinned ? <Badge tone="brand">{t("discussions.topics.pinned")}</Badge> : null}
                  {topic.solved ? <Badge tone="ok">{t("discussions.topics.solved")}</Badge> : null}
                  {topic.locked ? <Badge>{t("discussions.topics.locked")}</Badge> : null}
                  {topic.unread > 0 ? <Badge tone="accent">{t("discussions.topics.unread", { count: topic.unread })}</Badge> : null}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("discussions.topics.empty")}</EmptyState>
        )}
        <Pagination page={page} pageCount={pageCount} href={(to) => `${base}?pagina=${to}`} spacing="mt-3" />
      </section>

      {permissions.post ? (
        <Card as="section">
          <h2 id="new-topic-heading" className="mb-3 text-xl font-bold">
            {t("discussions.topics.new")}
          </h2>
          <FormError error={formErrorOf(actionData, "body")} />
          {/* autoComplete off: Back after starting a topic without JavaScript would show the form filled in
              again with a new clientKey, and sending it again made a second topic (as the composer, decision 223). */}
          <Form method="post" {...formProps(form)} autoComplete="off" aria-labelledby="new-topic-heading">
            <input type="hidden" name="clientKey" value={clientKey} />
            <TextField field={fields.title} label={t("discussions.topics.title")} hint={t("discussions.topics.titleHint")} />
            <div className="mb-4">
              <p id="new-topic-body-label" className="font-semibold">
                {t("discussions.topics.firstMessage")}
              </p>
              <MentionHint id="new-topic-body-hint" />
              <RichTextEditor
                name="body"
                id="new-topic-body"
                labelId="new-topic-body-label"
                describedBy={bodyError ? "new-topic-body-hint new-topic-body-error" : "new-topic-body-hint"}
                invalid={!!bodyError}
                rows={5}
              >
                <MentionsPlugin communitySlug={community.slug} />
              </RichTextEditor>
              <FieldErrors id="new-topic-body-error" errors={bodyError ? [bodyError] : undefined} />
            </div>
            <Button disabled={busy}>{t("discussions.topics.start")}</Button>
          </Form>
        </Card>
      ) : (
        <Notice tone="info">{t("discussions.topics.membersOnly")}</Notice>
      )}
    </div>
  );
}
