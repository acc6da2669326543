import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { requestEmailChange, verificationStatus } from "~/.server/accounts.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { readForm } from "~/.server/form-data.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { TextField } from "~/components/ui/field.tsx";
import { Card, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { emailChangeSchema } from "~/shared/forms/accounts.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("profile.email.change"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const status = await verificationStatus(user.id);
  if (!status) throw redirect("/inloggen");
  return { email: status.email, verified: status.emailVerifiedAt !== null };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: emailChangeSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  return orFormError(
    async () => {
      await requestEmailChange(user.id, submission.value);
      return redirectWithFlash("/e-mailadres-bevestigen", "profile.email.sent", { params: { email: submission.value.email } });
    },
    { submission, hideFields: ["password"] },
  );
}

export default function ChangeEmailPage() {
  const { t } = useTranslation();
  const { email, verified } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "email-change",
    lastResult: actionData?.result,
    constraint: getZodConstraint(emailChangeSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: emailChangeSchema }),
  });
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("profile.email.change")} intro={t(verified ? "profile.email.intro" : "profile.email.introUnverified")} />
      <Card>
        <p className="mb-4">{t("profile.email.current", { email })}</p>
        <Form method="post" {...formProps(form)}>
          <FormError error={form.errors?.[0]} />
          <TextField field={fields.email} label={t("profile.email.newEmail")} type="email" autoComplete="email" />
          <TextField
            field={fields.password}
            label={t("profile.email.password")}
            hint={t("profile.email.passwordHint")}
            type="password"
            autoComplete="current-password"
          />
          <Button type="submit" className="w-full" disabled={navigation.state === "submitting"}>
            {t("profile.email.submit")}
          </Button>
        </Form>
      </Card>
      <p className="mt-4">
        <Link to="/profiel">{t("profile.title")}</Link>
      </p>
    </div>
  );
}
