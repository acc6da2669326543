import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { CheckboxField, SelectField, TextareaField, TextField } from "~/components/ui/field.tsx";
import { Card, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { FIELD_ROLES } from "~/shared/enums.ts";
import { profileSchema } from "~/shared/forms/accounts.ts";
import { REGIONS } from "~/shared/regions.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { getOwnProfile, updateProfile } from "~/.server/profiles.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("profile.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const profile = await getOwnProfile(user.id);
  if (!profile) throw redirect("/inloggen");
  return { profile };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: profileSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await updateProfile(user.id, submission.value);
  return redirectWithFlash("/profiel", "common.saved");
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const { profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "profile",
    lastResult: actionData?.result,
    constraint: getZodConstraint(profileSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    defaultValue: {
      displayName: profile.displayName,
      organisation: profile.organisation ?? "",
      fieldRole: profile.fieldRole,
      region: profile.region ?? "",
      bio: profile.bio ?? "",
      showOrganisation: profile.showOrganisation ? "on" : undefined,
      showFieldRole: profile.showFieldRole ? "on" : undefined,
      showRegion: profile.showRegion ? "on" : undefined,
      showBio: profile.showBio ? "on" : undefined,
    },
  });
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <PageHeader title={t("profile.title")} intro={t("profile.intro")} />
        <Card>
          <Form method="post" {...formProps(form)}>
            <FormError error={form.errors?.[0]} />
            <TextField field={fields.displayName} label={t("profile.displayName")} autoComplete="name" />
            <TextField field={fields.organisation} label={t("profile.organisation")} autoComplete="organization" optional />
            <SelectField
              field={fields.fieldRole}
              label={t("profile.fieldRole")}
              options={FIELD_ROLES.map((role) => ({ value: role, label: t(`common.fieldRoles.${role}`) }))}
            />
            <SelectField
              field={fields.region}
              label={t("profile.region")}
              optional
              placeholder={t("profile.regionNone")}
              options={REGIONS.map(([value, label]) => ({ value, label, dutch: true }))}
            />
            <TextareaField field={fields.bio} label={t("profile.bio")} hint={t("profile.bioHint")} optional />
            <fieldset className="mb-4 rounded-md border border-line p-4">
              <legend className="px-1 font-semibold">{t("profile.visibility")}</legend>
              <p className="mb-3 text-sm text-ink-600">{t("profile.visibilityHint")}</p>
              <CheckboxField field={fields.showOrganisation} label={t("profile.showOrganisation")} />
              <CheckboxField field={fields.showFieldRole} label={t("profile.showFieldRole")} />
              <CheckboxField field={fields.showRegion} label={t("profile.showRegion")} />
              <CheckboxField field={fields.showBio} label={t("profile.showBio")} />
            </fieldset>
            <Button disabled={navigation.state === "submitting"}>{t("common.actions.save")}</Button>
          </Form>
        </Card>
      </div>
      <aside>
        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("profile.security")}</h2>
          <p className="mb-3 text-ink-700">{t("profile.logoutEverywhereHint")}</p>
          <Form method="post" action="/uitloggen">
            <input type="hidden" name="everywhere" value="1" />
            <Button variant="secondary">{t("common.nav.logoutEverywhere")}</Button>
          </Form>
        </Card>
        <Card className="mt-4">
          <h2 className="mb-2 text-xl font-bold">{t("notifications.page.title")}</h2>
          <Link to="/instellingen/meldingen">{t("notifications.page.settings")}</Link>
        </Card>
        <Card className="mt-4">
          <h2 className="mb-2 text-xl font-bold">{t("privacy.data.title")}</h2>
          <p className="mb-3 text-ink-700">{t("privacy.data.intro")}</p>
          <Link to="/profiel/gegevens">{t("privacy.data.exportHeading")}</Link>
        </Card>
      </aside>
    </div>
  );
}
