import { type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { channelList, createChannel, deleteChannel, manageableCommunity, moveChannel, updateChannel } from "~/.server/discussions.ts";
import { orAlreadyRemoved, orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey, requireFormKey } from "~/.server/form-key.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { TextField } from "~/components/ui/field.tsx";
import { Card, FormError } from "~/components/ui/misc.tsx";
import { Dutch } from "~/components/ui/content.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import { channelSchema } from "~/shared/discussions.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("discussions.manage.title"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { community, permissions, channels } = await orRespond(() => channelList(user, params.slug ?? ""));
  if (!permissions.manageChannels) throw data({ message: "errors.forbidden" }, { status: 403 });
  requireFormKey(request);
  return { community: { slug: community.slug, name: community.name }, channels };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  // Who may not manage the channels is refused before the form is read (decision 306).
  await orRespond(() => manageableCommunity(user, slug));
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const channelId = String(form.get("channelId") ?? "");
  const done = async (key: string) => redirectWithFlash(`/communities/${slug}/discussies/kanalen`, key);
  return orFormError(async () => {
    switch (intent) {
      case "create":
      case "update": {
        const submission = parseWithZod(form, { schema: channelSchema });
        if (submission.status !== "success") return data({ intent, channelId, result: submission.reply() }, { status: 400 });
        if (intent === "update") {
          await updateChannel(user, slug, channelId, submission.value);
          return done("discussions.flash.channelSaved");
        }
        return oncePerFormKey(user, form, async () => {
          await createChannel(user, slug, submission.value);
          return done("discussions.flash.channelSaved");
        });
      }
      case "up":
      case "down":
        await moveChannel(user, slug, channelId, intent);
        return redirect(`/communities/${slug}/discussies/kanalen`);
      case "delete":
        return orAlreadyRemoved(`/communities/${slug}/discussies/kanalen`, async () => {
          await deleteChannel(user, slug, channelId);
          return done("discussions.flash.channelRemoved");
        });
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

type ActionResult = { intent?: string; channelId?: string; result?: SubmissionResult<string[]>; formError?: string };

function ChannelForm({
  channel,
  actionData,
}: {
  channel?: { id: string; name: string; description: string | null };
  actionData: ActionResult | undefined;
}) {
  const { t } = useTranslation();
  const intent = channel ? "update" : "create";
  const mine = actionData?.intent === intent && (intent === "create" || actionData.channelId === channel?.id);
  const [form, fields] = useForm({
    id: channel ? `channel-${channel.id}` : "channel-new",
    lastResult: mine ? actionData?.result : undefined,
    constraint: getZodConstraint(channelSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: channelSchema }),
    defaultValue: { name: channel?.name ?? "", description: channel?.description ?? "" },
  });
  return (
    <Form method="post" {...formProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {channel ? <input type="hidden" name="channelId" value={channel.id} /> : <FormKey />}
      <TextField field={fields.name} label={t("discussions.manage.name")} />
      <TextField field={fields.description} label={t("discussions.manage.description")} optional />
      <Button size="sm">{channel ? t("discussions.manage.save") : t("discussions.manage.add")}</Button>
    </Form>
  );
}

export default function ManageChannels() {
  const { t } = useTranslation();
  const { community, channels } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const busy = useNavigation().state !== "idle";
  return (
    <section aria-labelledby="manage-channels" className="space-y-6">
      <div>
        <p>
          <Link to={`/communities/${community.slug}/discussies`}>{t("discussions.manage.back")}</Link>
        </p>
        <h2 id="manage-channels" className="mt-2 text-2xl font-bold">
          {t("discussions.manage.title")}
        </h2>
        <p className="text-ink-700">{t("discussions.manage.intro")}</p>
      </div>
      <FormError error={actionData?.formError} />
      <ol className="space-y-4">
        {channels.map((channel, index) => (
          <Card as="li" key={channel.id}>
            <h3 id={`channel-heading-${channel.id}`} className="mb-2 text-lg font-bold">
              <Dutch text={channel.name} />
            </h3>
            <ChannelForm channel={channel} actionData={actionData} />
            <Form method="post" className="mt-3 flex flex-wrap gap-2">
              <input type="hidden" name="channelId" value={channel.id} />
              <Button
                id={`channel-up-${channel.id}`}
                aria-labelledby={`channel-up-${channel.id} channel-heading-${channel.id}`}
                name="intent"
                value="up"
                size="sm"
                variant="ghost"
                disabled={busy || index === 0}
              >
                {t("discussions.manage.moveUp")}
              </Button>
              <Button
                id={`channel-down-${channel.id}`}
                aria-labelledby={`channel-down-${channel.id} channel-heading-${channel.id}`}
                name="intent"
                value="down"
                size="sm"
                variant="ghost"
                disabled={busy || index === channels.length - 1}
              >
                {t("discussions.manage.moveDown")}
              </Button>
              <Button
                id={`channel-delete-${channel.id}`}
                aria-labelledby={`channel-delete-${channel.id} channel-heading-${channel.id}`}
                name="intent"
                value="delete"
                size="sm"
                variant="danger"
                disabled={busy || channel.topicCount > 0}
                aria-describedby={channel.topicCount > 0 ? "remove-hint" : undefined}
              >
                {t("discussions.manage.remove")}
              </Button>
            </Form>
          </Card>
        ))}
      </ol>
      <p id="remove-hint" className="text-sm text-ink-600">
        {t("discussions.manage.removeHint")}
      </p>
      <Card as="section">
        <h3 className="mb-2 text-lg font-bold">{t("discussions.manage.add")}</h3>
        <ChannelForm actionData={actionData} />
      </Card>
    </section>
  );
}
