import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError } from "~/.server/errors.ts";
import { flashHeader } from "~/.server/flash.ts";
import { passwordResetIsValid, resetPassword } from "~/.server/password-reset.ts";
import { sessionCookieHeaderToClear } from "~/.server/session.ts";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { TextField } from "~/components/ui/field.tsx";
import { Card, FormError, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { resetPasswordSchema } from "~/shared/forms/password-reset.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("passwordReset.reset.title")),
  { name: "robots", content: "noindex" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: await passwordResetIsValid(params.token ?? "") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: resetPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  return orFormError(async () => {
    // Every session ends, and with them their sockets (decision 112).
    await resetPassword(params.token ?? "", submission.value.password);
    const headers = new Headers();
    headers.append("Set-Cookie", await sessionCookieHeaderToClear());
    headers.append("Set-Cookie", await flashHeader({ kind: "success", key: "passwordReset.reset.done" }));
    return redirect("/inloggen", { headers });
  });
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const { valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    constraint: getZodConstraint(resetPasswordSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
  });
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  if (!valid || formError) {
    return (
      <div className="mx-auto max-w-md">
        <PageHeader title={t("passwordReset.reset.title")} />
        {/* Sent, and refused (the link ran out meanwhile): the form's answer, which takes focus (decision 231). */}
        {formError ? <FormError error="passwordReset.reset.invalid" /> : <Notice tone="warn">{t("passwordReset.reset.invalid")}</Notice>}
        <LinkButton to="/wachtwoord-vergeten" variant="secondary">
          {t("passwordReset.reset.again")}
        </LinkButton>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("passwordReset.reset.title")} intro={t("passwordReset.reset.intro")} />
      <Card>
        <Form method="post" {...formProps(form)}>
          <FormError error={form.errors?.[0]} />
          <TextField
            field={fields.password}
            label={t("passwordReset.reset.password")}
            hint={t("passwordReset.reset.passwordHint")}
            type="password"
            autoComplete="new-password"
          />
          <Button type="submit" className="w-full" disabled={navigation.state === "submitting"}>
            {t("passwordReset.reset.submit")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
