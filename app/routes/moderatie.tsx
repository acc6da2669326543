/**
 * /moderatie — the moderation queue (issue 8): open reports, oldest first.
 * Moderators and admins see every report; facilitators those about their own
 * communities. Each report has one form: choose an action, give a reason.
 */
import { Sentence } from "~/components/ui/content.tsx";
import { parseWithZod } from "@conform-to/zod/v4";
import { readForm } from "~/.server/form-data.ts";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { authorizeReport, moderateReport, moderationQueue } from "~/.server/moderation.ts";
import { requireUser } from "~/.server/session.ts";
import { ReportActionForm, UnhideForm } from "~/components/moderation/moderation-forms.tsx";
import { Badge, Card, EmptyState, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { moderationActionSchema } from "~/shared/moderation.ts";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("moderation.queue.title")),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return orRespond(() => moderationQueue(user));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const reportId = String(formData.get("reportId") ?? "").slice(0, 100);
  // Who may not handle this report is refused before the rest of the form is read (decision 306).
  await orRespond(() => authorizeReport(user, reportId));
  const submission = parseWithZod(formData, { schema: moderationActionSchema });
  // Errors go back to the form they came from, field by field (issue 14.12).
  if (submission.status !== "success")
    return data({ reportId, result: submission.reply(), formError: null as string | null }, { status: 400 });
  return orFormError(
    async () => {
      await moderateReport(user, submission.value);
      return redirectWithFlash("/moderatie", "moderation.queue.done");
    },
    { submission, data: { reportId } },
  );
}

export default function ModerationPage() {
  const { t, i18n } = useTranslation();
  const { reports, total, scope, hidden } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const resultFor = (reportId: string) => (actionData && actionData.reportId === reportId ? actionData.result : undefined);
  return (
    <>
      <PageHeader title={t("moderation.queue.title")} intro={t("moderation.queue.intro")}>
        {scope === "communities" ? (
          <p className="mt-2 text-ink-700">{t("moderation.queue.introFacilitator")}</p>
        ) : (
          <p className="mt-2">
            <Link to="/beheer/auditlog">{t("moderation.queue.auditLink")}</Link>
          </p>
        )}
        <p className="mt-2 font-semibold">{t("moderation.queue.count", { count: total })}</p>
      </PageHeader>
      {reports.length === 0 ? (
        <EmptyState>{t("moderation.queue.empty")}</EmptyState>
      ) : (
        <ol className="space-y-6">
          {reports.map((report) => {
            const headingId = `melding-${report.id}`;
            return (
              <li key={report.id}>
                <Card as="article">
                  <div>
                    <h2 id={headingId} className="text-xl font-bold">
                      {t("moderation.queue.reportHeading", { kind: t(`moderation.report.kinds.${report.targetKind}`) })}
                      {report.target ? <>: “{report.target.title}”</> : null}
                    </h2>
                    <p className="mt-1 text-ink-700">
                      {report.reporter
                        ? t("moderation.queue.reportedBy", {
                            name: report.reporter.displayName,
                            date: formatDate(report.createdAt, i18n.language, { dateStyle: "medium", timeStyle: "short" }),
                          })
                        : t("moderation.queue.reportedByUnknown", {
                            date: formatDate(report.createdAt, i18n.language, { dateStyle: "medium", timeStyle: "short" }),
                          })}
                    </p>
                    <p className="mt-1">
                      <strong>{t("moderation.queue.reason", { reason: t(`moderation.report.reasons.${report.reason}`) })}</strong>
                    </p>
                    {report.text ? (
                      <div className="mt-2">
                        <p className="font-semibold">{t("moderation.queue.explanation")}</p>
                        <p className="whitespace-pre-wrap">{report.text}</p>
                      </div>
                    ) : null}
                    <h3 className="mt-4 text-lg font-semibold">{t("moderation.queue.content")}</h3>
                    {report.target ? (
                      <div className="mt-1 rounded-md border border-line bg-white p-3">
                        <p className="flex flex-wrap gap-2">
                          {report.target.hidden ? <Badge tone="warn">{t("moderation.queue.isHidden")}</Badge> : null}
                          {/* min-w-0: a community name of one long word wraps instead of widening the page. */}
                          <span className="min-w-0">
                            {report.target.communityName
                              ? t("moderation.queue.community", { name: report.target.communityName })
                              : t("moderation.queue.noCommunity")}
                          </span>
                        </p>
                        {report.target.subjectName ? <p>{t("moderation.queue.author", { name: report.target.subjectName })}</p> : null}
                        {report.target.excerpt ? (
                          <blockquote className="mt-2 border-l-4 border-line pl-3 italic">{report.target.excerpt}</blockquote>
                        ) : null}
                        {!report.target.deleted ? (
                          <p className="mt-2">
                            <Link to={report.target.url}>{t("moderation.queue.view")}</Link>
                          </p>
                        ) : (
                          <p className="mt-2">{t("moderation.queue.contentGone")}</p>
                        )}
                      </div>
                    ) : (
                      <p>{t("moderation.queue.contentGone")}</p>
                    )}
                    {report.warnings > 0 ? <p className="mt-2">{t("moderation.queue.warnings", { count: report.warnings })}</p> : null}
                    {report.otherReports > 0 ? (
                      <p className="mt-2">{t("moderation.queue.otherReports", { count: report.otherReports })}</p>
                    ) : null}
                  </div>
                  <ReportActionForm reportId={report.id} actions={report.actions} lastResult={resultFor(report.id)} busy={busy} />
                </Card>
              </li>
            );
          })}
        </ol>
      )}
      {hidden.length ? (
        <section aria-labelledby="verborgen" className="mt-10">
          <h2 id="verborgen" className="text-2xl font-bold">
            {t("moderation.queue.hiddenTitle")}
          </h2>
          <p className="mt-1 text-ink-700">{t("moderation.queue.hiddenIntro")}</p>
          <ul className="mt-4 space-y-4">
            {hidden.map((item) => (
              <li key={item.reportId}>
                <Card>
                  <p>
                    <Sentence
                      k="moderation.queue.hiddenItem"
                      values={{
                        kind: t(`moderation.report.kinds.${item.targetKind}`),
                        date: formatDate(item.hiddenAt, i18n.language, { dateStyle: "medium", timeStyle: "short" }),
                      }}
                      dutch={{ title: item.title, reason: item.reason ?? "—" }}
                    />{" "}
                    <Link to={item.url}>{t("moderation.queue.view")}</Link>
                  </p>
                  <UnhideForm reportId={item.reportId} title={item.title} lastResult={resultFor(item.reportId)} busy={busy} />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {actionData?.formError &&
      !reports.some((report) => report.id === actionData.reportId) &&
      !hidden.some((item) => item.reportId === actionData.reportId) ? (
        <FormError error={actionData.formError} />
      ) : null}
    </>
  );
}
