import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { getLanguage } from "~/.server/language.ts";
import { requireAnonymous, safeRedirect, startSession } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { CheckboxField, TextField } from "~/components/ui/field.tsx";
import { Card, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { registerSchema } from "~/shared/forms/accounts.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { registerUser } from "~/.server/accounts.ts";
import { readForm } from "~/.server/form-data.ts";
import { clientIp } from "~/.server/moderation.ts";
import { orFormError } from "~/.server/errors.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("auth.register.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: registerSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const input = { ...submission.value, locale: await getLanguage(request), clientIp: clientIp(context) };
  return orFormError(
    async () => {
      const user = await registerUser(input);
      return startSession(request, user.id, safeRedirect(formData.get("redirectTo"), "/e-mailadres-bevestigen"));
    },
    { submission, hideFields: ["password"] },
  );
}

export default function RegisterPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: "register",
    lastResult: actionData?.result,
    constraint: getZodConstraint(registerSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registerSchema }),
  });
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("auth.register.title")} intro={t("auth.register.intro")} />
      <Card>
        <Form method="post" {...getFormProps(form)}>
          <FormError error={form.errors?.[0]} />
          {searchParams.get("redirectTo") ? <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} /> : null}
          <TextField
            field={fields.displayName}
            label={t("auth.register.displayName")}
            hint={t("auth.register.displayNameHint")}
            autoComplete="name"
          />
          <TextField field={fields.email} label={t("auth.register.email")} type="email" autoComplete="email" />
          <TextField
            field={fields.password}
            label={t("auth.register.password")}
            hint={t("auth.register.passwordHint")}
            type="password"
            autoComplete="new-password"
          />
          <CheckboxField field={fields.acceptTerms} label={t("auth.register.acceptTerms")} />
          <Button type="submit" className="w-full" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting" ? t("common.loading") : t("auth.register.submit")}
          </Button>
        </Form>
      </Card>
      <p className="mt-4">
        {t("auth.register.haveAccount")} <Link to="/inloggen">{t("auth.register.loginLink")}</Link>
      </p>
    </div>
  );
}
