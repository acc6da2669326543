import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { requireAnonymous, safeRedirect, startSession } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { TextField } from "~/components/ui/field.tsx";
import { Card, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { loginSchema } from "~/shared/forms/accounts.ts";
import { pageMeta, metaT } from "~/utils/meta.ts";
import { logIn, loginDeviceCookie, readLoginDevice, settleLocaleAtLogin } from "~/.server/accounts.ts";
import { orFormError } from "~/.server/errors.ts";
import { readForm } from "~/.server/form-data.ts";
import { chosenLanguage, getLanguage, languageCookie } from "~/.server/language.ts";
import { clientIp } from "~/.server/moderation.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("auth.login.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const language = await getLanguage(request);
  // Rate limits, the password check and a suspension are the command's (decision 158).
  return orFormError(
    async () => {
      const device = readLoginDevice(request.headers.get("Cookie"));
      const { userId } = await logIn({ ...submission.value, clientIp: clientIp(context), language, device });
      // The account's own language, or the one chosen here before logging in; kept after logging out (decision 322).
      const settled = await settleLocaleAtLogin(userId, await chosenLanguage(request.headers.get("Cookie")));
      const cookies = settled ? [await languageCookie.serialize(settled)] : [];
      const response = await startSession(request, userId, safeRedirect(submission.value.redirectTo), cookies);
      // This browser is one the account logged in on: its owner gets in here whatever others try (decision 319).
      response.headers.append("Set-Cookie", loginDeviceCookie(device, submission.value.email.trim().toLowerCase()));
      return response;
    },
    { submission, hideFields: ["password"] },
  );
}

export default function LoginPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    constraint: getZodConstraint(loginSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
  });
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("auth.login.title")} intro={t("auth.login.intro")} />
      <Card>
        <Form method="post" {...formProps(form)}>
          <FormError error={form.errors?.[0]} />
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
          <TextField field={fields.email} label={t("auth.login.email")} type="email" autoComplete="email" />
          <TextField field={fields.password} label={t("auth.login.password")} type="password" autoComplete="current-password" />
          <Button type="submit" className="w-full" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting" ? t("common.loading") : t("auth.login.submit")}
          </Button>
        </Form>
      </Card>
      <p className="mt-4">
        <Link to="/wachtwoord-vergeten">{t("passwordReset.link")}</Link>
      </p>
      <p className="mt-2">
        {t("auth.login.noAccount")} <Link to="/registreren">{t("auth.login.registerLink")}</Link>
      </p>
    </div>
  );
}
