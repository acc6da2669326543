import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { requestPasswordReset } from "~/.server/password-reset.ts";
import { Button } from "~/components/ui/button.tsx";
import { TextField } from "~/components/ui/field.tsx";
import { Card, FormError, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { forgotPasswordSchema } from "~/shared/forms/password-reset.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";
import { orFormError } from "~/.server/errors.ts";
import { clientIp } from "~/.server/moderation.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("passwordReset.forgot.title"));

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  // The same answer, after the same work, whether or not the address has an account (decision 241);
  // too many requests from one IP address get a 429 with the time to wait, at the form.
  return orFormError(
    async () => {
      await requestPasswordReset(submission.value.email, clientIp(context));
      return { result: submission.reply({ resetForm: true }), sent: true };
    },
    { submission, data: { sent: false } },
  );
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult: actionData?.result,
    constraint: getZodConstraint(forgotPasswordSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
  });
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("passwordReset.forgot.title")} intro={t("passwordReset.forgot.intro")} />
      <div role="status">{actionData?.sent ? <Notice tone="success">{t("passwordReset.forgot.sent")}</Notice> : null}</div>
      <Card>
        <Form method="post" {...formProps(form)}>
          <FormError error={form.errors?.[0]} />
          <TextField field={fields.email} label={t("passwordReset.forgot.email")} type="email" autoComplete="email" />
          <Button type="submit" className="w-full" disabled={navigation.state === "submitting"}>
            {t("passwordReset.forgot.submit")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
