import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { getLanguage } from "~/.server/language.ts";
import { requireAnonymous } from "~/.server/session.ts";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { CheckboxField, TextField, useErrorFocus } from "~/components/ui/field.tsx";
import { Card, FormError, Notice, PageHeader } from "~/components/ui/misc.tsx";
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

/**
 * A new address and a taken one get the same answer, "Kijk in je mail", and neither gets a session
 * (decision 243): the new account's mail has its verification link, the owner of a taken address
 * hears that someone tried. Reloading the answer sends the form again (as on /wachtwoord-vergeten).
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: registerSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), sentTo: null }, { status: 400 });
  }
  const input = { ...submission.value, locale: await getLanguage(request), clientIp: clientIp(context) };
  return orFormError(
    async () => {
      const { email } = await registerUser(input);
      return { result: submission.reply({ resetForm: true }), sentTo: email };
    },
    { submission, hideFields: ["password"] },
  );
}

export default function RegisterPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo");
  const sentTo = actionData && "sentTo" in actionData ? actionData.sentTo : null;
  const sentFocus = useErrorFocus(Boolean(sentTo));
  const [form, fields] = useForm({
    id: "register",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    constraint: getZodConstraint(registerSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registerSchema }),
  });
  if (sentTo) {
    return (
      <div className="mx-auto max-w-md">
        <PageHeader title={t("auth.register.sentTitle")} />
        <Notice tone="success" focus={sentFocus}>
          <p>{t("auth.register.sentTo", { email: sentTo })}</p>
        </Notice>
        <p className="mb-4">{t("auth.register.sentNext")}</p>
        <p className="mb-4">{t("auth.register.sentNotArrived")}</p>
        <LinkButton to={redirectTo ? `/inloggen?redirectTo=${encodeURIComponent(redirectTo)}` : "/inloggen"}>
          {t("auth.login.submit")}
        </LinkButton>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("auth.register.title")} intro={t("auth.register.intro")} />
      <Card>
        <Form method="post" {...formProps(form)}>
          <FormError error={form.errors?.[0]} />
          {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
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
