import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useEffect, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { latestExport, requestExport } from "~/.server/privacy.ts";
import { requireUser } from "~/.server/session.ts";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { Card, FormError, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { formatFileSize } from "~/utils/file-size.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("privacy.data.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { export: await latestExport(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return orFormError(async () => {
    await requestExport(user.id);
    return redirectWithFlash("/profiel/gegevens", "privacy.data.exportRequested");
  });
}

const POLL_MS = 2_000;

export default function MyDataPage() {
  const { t, i18n } = useTranslation();
  const { export: current } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const busy = current?.status === "QUEUED" || current?.status === "RUNNING";
  // Without JavaScript the page does not follow the job: it says so (decision 278).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // With JavaScript the page follows the job; without it the refresh link does.
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [busy, revalidator]);

  // Dutch time, as every other time on the site, not the server's or the browser's clock.
  const date = (iso: string) => formatDate(iso, i18n.language, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("privacy.data.title")} intro={t("privacy.data.intro")} />
      <Card as="section">
        <h2 className="mb-2 text-xl font-bold">{t("privacy.data.exportHeading")}</h2>
        <p className="mb-3 text-ink-700">{t("privacy.data.exportHint")}</p>
        <div role="status" aria-live="polite" className="mb-3">
          {!current ? <p>{t("privacy.data.exportNone")}</p> : null}
          {current?.status === "QUEUED" ? <p>{t("privacy.data.exportQueued")}</p> : null}
          {current?.status === "RUNNING" ? (
            <>
              <p>{t("privacy.data.exportRunning", { progress: current.progress })}</p>
              <progress className="w-full" max={100} value={current.progress} aria-label={t("privacy.data.exportHeading")} />
            </>
          ) : null}
          {current?.status === "READY" ? (
            <p>
              {t("privacy.data.exportReady", { size: formatFileSize(current.size ?? 0, i18n.language) })}{" "}
              {t("privacy.data.exportExpires", { date: date(current.expiresAt) })}
            </p>
          ) : null}
          {busy && !hydrated ? <p>{t("privacy.data.exportReload")}</p> : null}
          {current?.status === "FAILED" ? <Notice tone="error">{t("privacy.data.exportFailed")}</Notice> : null}
        </div>
        {current?.status === "READY" ? (
          <LinkButton to={`/profiel/gegevens/download/${current.id}`} reloadDocument className="me-3">
            {t("privacy.data.exportDownload")}
          </LinkButton>
        ) : null}
        {busy ? (
          <Link to="/profiel/gegevens">{t("privacy.data.exportRefresh")}</Link>
        ) : (
          <Form method="post" className="mt-3">
            <FormError error={actionData?.formError} />
            <Button variant={current?.status === "READY" ? "secondary" : "primary"} disabled={navigation.state === "submitting"}>
              {t("privacy.data.exportRequest")}
            </Button>
          </Form>
        )}
      </Card>
      <Card as="section" className="mt-6">
        <h2 className="mb-2 text-xl font-bold">{t("privacy.data.deleteHeading")}</h2>
        <p className="mb-3 text-ink-700">{t("privacy.data.deleteHint")}</p>
        <Link to="/profiel/verwijderen">{t("privacy.data.deleteLink")}</Link>
      </Card>
    </div>
  );
}
