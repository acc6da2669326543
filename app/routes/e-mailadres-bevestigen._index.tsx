import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { resendVerification, verificationStatus } from "~/.server/accounts.ts";
import { orFormError } from "~/.server/errors.ts";
import { flashHeader } from "~/.server/flash.ts";
import { readForm } from "~/.server/form-data.ts";
import { requireUser, safeRedirect } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { Card, FormError, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("auth.verify.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const status = await verificationStatus(user.id);
  if (!status) throw redirect("/inloggen");
  return { email: status.email, pendingEmail: status.pendingEmail, verified: status.emailVerifiedAt !== null };
}

/** "Stuur de link opnieuw" (also from the banner on every page: `redirectTo` brings the member back). */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  return orFormError(async () => {
    const { email } = await resendVerification(user.id);
    return redirect(safeRedirect(form.get("redirectTo"), "/e-mailadres-bevestigen"), {
      headers: { "Set-Cookie": await flashHeader({ kind: "success", key: "auth.verify.resent", params: { email } }) },
    });
  });
}

export default function VerificationStatusPage() {
  const { t } = useTranslation();
  const { email, pendingEmail, verified } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const waiting = pendingEmail ?? (verified ? null : email);
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("auth.verify.title")} />
      <Card>
        <FormError error={actionData && "formError" in actionData ? actionData.formError : undefined} />
        {verified ? <Notice tone="success">{t("auth.verify.verified", { email })}</Notice> : null}
        {pendingEmail ? <p className="mb-4">{t("auth.verify.pending", { email: pendingEmail, current: email })}</p> : null}
        {waiting ? (
          <>
            {!pendingEmail ? <p className="mb-4">{t("auth.verify.sentTo", { email: waiting })}</p> : null}
            <p className="mb-4">{t("auth.verify.notArrived")}</p>
            <Form method="post" className="mb-4">
              <Button disabled={navigation.state === "submitting"}>{t("auth.verify.resend")}</Button>
            </Form>
          </>
        ) : null}
        <p>
          {verified ? null : <>{t("auth.verify.wrongAddress")} </>}
          <Link to="/profiel/e-mailadres">{t("auth.verify.changeAddress")}</Link>
        </p>
      </Card>
    </div>
  );
}
