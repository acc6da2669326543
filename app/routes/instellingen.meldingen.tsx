import { parseWithZod } from "@conform-to/zod/v4";
import { Sentence } from "~/components/ui/content.tsx";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import {
  communityDigestSettings,
  digestsEnabled,
  KIND_DELIVERY,
  kindPreferences,
  receivableKinds,
  saveCommunityDigestSettings,
  saveKindPreferences,
  setDigestsEnabled,
} from "~/.server/notifications.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { Card, EmptyState, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { DIGEST_FREQUENCIES, digestSettingsSchema, kindPreferencesSchema } from "~/shared/notifications.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("notifications.settings.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [preferences, communities, enabled, kinds] = await Promise.all([
    kindPreferences(user.id),
    communityDigestSettings(user.id),
    digestsEnabled(user.id),
    receivableKinds(user),
  ]);
  return {
    // Only kinds this member can receive: a member sees no facilitator or moderator options (decision 260).
    kinds: kinds.map((kind) => ({ kind, ...preferences[kind], emailable: KIND_DELIVERY[kind].emailable })),
    communities,
    digestsEnabled: enabled,
  };
}

async function saved() {
  return redirectWithFlash("/instellingen/meldingen", "common.saved");
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  if (form.get("intent") === "kinds") {
    const submission = parseWithZod(form, { schema: kindPreferencesSchema });
    if (submission.status !== "success") return data({ formError: "errors.invalidRequest" }, { status: 400 });
    // A choice for a kind this member cannot receive is ignored, and its stored value kept (decision 260).
    const kinds = await receivableKinds(user);
    const known = (values: string[]) => kinds.filter((kind) => values.includes(kind));
    await saveKindPreferences(user.id, { inApp: known(submission.value.inApp), email: known(submission.value.email) }, kinds);
    return saved();
  }
  if (form.get("intent") === "digest") {
    const submission = parseWithZod(form, { schema: digestSettingsSchema });
    if (submission.status !== "success") return data({ formError: "errors.invalidRequest" }, { status: 400 });
    await setDigestsEnabled(user.id, submission.value.digestsEnabled);
    await saveCommunityDigestSettings(user.id, submission.value.frequency);
    return saved();
  }
  return data({ formError: "errors.invalidRequest" }, { status: 400 });
}

export default function NotificationSettings() {
  const { t } = useTranslation();
  const { kinds, communities, digestsEnabled: enabled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("notifications.settings.title")} intro={t("notifications.settings.intro")} />
      <FormError error={actionData?.formError} />
      <Card className="mb-6">
        <Form method="post">
          <input type="hidden" name="intent" value="kinds" />
          <h2 className="text-xl font-bold">{t("notifications.settings.kindsTitle")}</h2>
          <p className="mb-4 text-ink-700">{t("notifications.settings.kindsIntro")}</p>
          {kinds.map((kind) => (
            <fieldset key={kind.kind} className="mb-3 rounded-md border border-line p-3">
              <legend className="px-1 font-semibold">{t(`notifications.kindNames.${kind.kind}`)}</legend>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="inApp" value={kind.kind} defaultChecked={kind.inApp} className="h-5 w-5 accent-brand-700" />
                  {t("notifications.settings.inApp")}
                </label>
                {kind.emailable ? (
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      name="email"
                      value={kind.kind}
                      defaultChecked={kind.email}
                      className="h-5 w-5 accent-brand-700"
                    />
                    {t("notifications.settings.email")}
                  </label>
                ) : (
                  <p className="text-sm text-ink-600">{t("notifications.settings.emailSeparate")}</p>
                )}
              </div>
            </fieldset>
          ))}
          <Button disabled={busy}>{t("notifications.settings.saveKinds")}</Button>
        </Form>
      </Card>
      <Card>
        <Form method="post">
          <input type="hidden" name="intent" value="digest" />
          <h2 className="text-xl font-bold">{t("notifications.settings.digestTitle")}</h2>
          <p className="mb-4 text-ink-700">{t("notifications.settings.digestIntro")}</p>
          <label className="mb-4 flex items-center gap-3 font-semibold">
            <input type="checkbox" name="digestsEnabled" defaultChecked={enabled} className="h-5 w-5 accent-brand-700" />
            {t("notifications.settings.digestsEnabled")}
          </label>
          {communities.length ? (
            <div className="mb-4 grid gap-3 sm:grid-cols-2">
              {communities.map((community) => (
                <div key={community.id}>
                  <label htmlFor={`frequency-${community.id}`} className="block font-semibold">
                    <Sentence k="notifications.settings.frequencyLabel" dutch={{ community: community.name }} />
                  </label>
                  <select
                    id={`frequency-${community.id}`}
                    name={`frequency.${community.id}`}
                    defaultValue={community.frequency}
                    className="mt-1 block w-full rounded-md border border-ink-600 bg-white px-3 py-2"
                  >
                    {DIGEST_FREQUENCIES.map((frequency) => (
                      <option key={frequency} value={frequency}>
                        {t(`notifications.settings.frequencies.${frequency}`)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          ) : (
            <div className="mb-4">
              <EmptyState>{t("notifications.settings.noCommunities")}</EmptyState>
            </div>
          )}
          <Button disabled={busy}>{t("notifications.settings.saveDigest")}</Button>
        </Form>
      </Card>
    </div>
  );
}
