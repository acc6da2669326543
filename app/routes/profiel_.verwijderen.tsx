import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { deleteAccount } from "~/.server/privacy.ts";
import { requireUser, sessionCookieHeaderToClear } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { FieldErrors, TextField, useInvalidAutofocus } from "~/components/ui/field.tsx";
import { Card, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { deleteAccountSchema } from "~/shared/forms/privacy.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("privacy.delete.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: deleteAccountSchema });
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  // A wrong password comes back at the password field (the command names it).
  return orFormError(
    async () => {
      await deleteAccount(user.id, submission.value);
      return redirectWithFlash("/", "privacy.delete.done", { kind: "info", headers: { "Set-Cookie": await sessionCookieHeaderToClear() } });
    },
    { submission, hideFields: ["password"] },
  );
}

export default function DeleteAccountPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "delete-account",
    lastResult: actionData?.result,
    constraint: getZodConstraint(deleteAccountSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: deleteAccountSchema }),
  });
  // No choice made: the first choice takes the page's one autofocus, as a field with an error does.
  const choiceFocus = useInvalidAutofocus(fields.contributions.id, Boolean(fields.contributions.errors?.length));
  const choice = (value: "keep" | "remove") => (
    <div className="mb-3 flex items-start gap-3">
      <input
        type="radio"
        id={`${fields.contributions.id}-${value}`}
        name={fields.contributions.name}
        value={value}
        // Kept after a refused post (a wrong password), also without JavaScript.
        defaultChecked={fields.contributions.initialValue === value}
        required
        autoFocus={value === "keep" ? choiceFocus : undefined}
        className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
        aria-describedby={`${fields.contributions.id}-${value}-hint`}
      />
      <div>
        <label htmlFor={`${fields.contributions.id}-${value}`} className="font-semibold text-ink-900">
          {t(`privacy.delete.${value}`)}
        </label>
        <p id={`${fields.contributions.id}-${value}-hint`} className="text-sm text-ink-600">
          {t(`privacy.delete.${value}Hint`)}
        </p>
      </div>
    </div>
  );
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("privacy.delete.title")} intro={t("privacy.delete.intro")} />
      <p className="mb-4">
        <Link to="/profiel/gegevens">{t("privacy.delete.tip")}</Link>
      </p>
      <Card>
        <Form method="post" {...formProps(form)}>
          <FormError error={form.errors?.[0]} />
          <fieldset
            className="mb-4 rounded-md border border-line p-4"
            aria-describedby={fields.contributions.errors?.length ? fields.contributions.errorId : undefined}
          >
            <legend className="px-1 font-semibold">{t("privacy.delete.contributions")}</legend>
            {choice("keep")}
            {choice("remove")}
            <FieldErrors id={fields.contributions.errorId} errors={fields.contributions.errors} />
          </fieldset>
          <TextField
            field={fields.password}
            type="password"
            label={t("privacy.delete.password")}
            hint={t("privacy.delete.passwordHint")}
            autoComplete="current-password"
          />
          <Button variant="danger" disabled={navigation.state === "submitting"}>
            {t("privacy.delete.confirm")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
