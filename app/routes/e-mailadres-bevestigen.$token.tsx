import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { emailInVerificationToken, verifyEmail } from "~/.server/accounts.ts";
import { orFormError } from "~/.server/errors.ts";
import { flashHeader } from "~/.server/flash.ts";
import { getUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { Card, FormError, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("auth.verify.title")),
  { name: "robots", content: "noindex" },
];

/** Shows the address and a button: following a link (a mail scanner fetching it, too) changes nothing by itself. */
export async function loader({ params }: LoaderFunctionArgs) {
  return { email: emailInVerificationToken(params.token ?? "") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return orFormError(async () => {
    const result = await verifyEmail(params.token ?? "");
    const user = await getUser(request);
    const signedIn = user !== null && user.id === result.userId;
    // Registering starts no session (decision 243): whoever follows the link without one logs in next.
    const done = signedIn ? "auth.verify.done" : "auth.verify.doneLogIn";
    const key = result.outcome === "changed" ? "auth.verify.changed" : result.outcome === "already" ? "auth.verify.already" : done;
    const to = signedIn ? "/communities" : "/inloggen";
    return redirect(to, { headers: { "Set-Cookie": await flashHeader({ kind: "success", key }) } });
  });
}

export default function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("auth.verify.title")} />
      {!email ? (
        <Notice tone="warn">{t("auth.verify.invalid")}</Notice>
      ) : (
        <Card>
          <FormError error={actionData && "formError" in actionData ? actionData.formError : undefined} />
          <p className="mb-4">{t("auth.verify.confirmText", { email })}</p>
          <Form method="post">
            <Button disabled={navigation.state === "submitting"}>{t("auth.verify.confirmButton")}</Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
