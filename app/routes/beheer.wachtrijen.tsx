import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { orAlreadyRemoved, orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { queueOverview, removeFailedJob, retryAllFailedJobs, retryFailedJob } from "~/.server/notifications.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { Card, EmptyState, FormError, PageHeader, ScrollRegion } from "~/components/ui/misc.tsx";
import { describeSchedule, QUEUE_COUNT_STATES } from "~/shared/notifications.ts";
import { formatDate, tKey } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("notifications.admin.title")),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { queues: await orRespond(() => queueOverview(user)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const queueName = String(form.get("queue") ?? "");
  const jobId = String(form.get("jobId") ?? "").slice(0, 200);
  const flash = async (key: string) => redirectWithFlash("/beheer/wachtrijen", key);
  return orFormError(async () => {
    switch (form.get("intent")) {
      case "retry":
        await retryFailedJob(user, queueName, jobId);
        return flash("notifications.admin.retried");
      case "retry-all":
        await retryAllFailedJobs(user, queueName);
        return flash("notifications.admin.retriedAll");
      case "remove":
        return orAlreadyRemoved("/beheer/wachtrijen", async () => {
          await removeFailedJob(user, queueName, jobId);
          return flash("notifications.admin.removed");
        });
      default:
        return { formError: "errors.invalidRequest" };
    }
  });
}

export default function QueuesPage() {
  const { t, i18n } = useTranslation();
  const { queues } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  const date = (iso: string | null) =>
    iso ? formatDate(iso, i18n.language, { dateStyle: "medium", timeStyle: "medium" }) : t("notifications.admin.nextUnknown");
  // Queue and job names in words; the technical name stays beside it for whoever reads the logs.
  const queueName = (name: string) => tKey(t, `notifications.admin.queueNames.${name}`);
  const jobName = (name: string) => {
    const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
    return translate(`notifications.admin.jobNames.${name}`, { defaultValue: name });
  };
  return (
    <>
      <PageHeader title={t("notifications.admin.title")} intro={t("notifications.admin.intro")} />
      <FormError error={formError} />
      <div className="space-y-8">
        {queues.map((queue) => (
          <section key={queue.name} aria-labelledby={`queue-${queue.name}`}>
            <h2 id={`queue-${queue.name}`} className="mb-3 text-2xl font-bold">
              {queueName(queue.name)}
            </h2>
            <p className="mb-3 text-sm text-ink-600">
              {t("notifications.admin.technicalName")} <code>{queue.name}</code>
            </p>
            <dl
              aria-label={t("notifications.admin.countsLabel", { name: queueName(queue.name) })}
              className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7"
            >
              {QUEUE_COUNT_STATES.map((state) => (
                <div key={state} className="rounded-md border border-line bg-white p-3">
                  <dt className="text-sm text-ink-600">{t(`notifications.admin.counts.${state}`)}</dt>
                  <dd className="text-2xl font-bold">{queue.counts[state]}</dd>
                </div>
              ))}
            </dl>
            {queue.schedulers.length ? (
              <Card className="mb-4">
                <h3 className="mb-2 text-lg font-bold">{t("notifications.admin.schedulers")}</h3>
                <ul>
                  {queue.schedulers.map((scheduler) => {
                    const schedule = describeSchedule(scheduler);
                    return (
                      <li key={scheduler.id}>
                        {t("notifications.admin.scheduleLine", {
                          name: jobName(scheduler.name),
                          schedule: tKey(t, schedule.key, schedule.params),
                        })}{" "}
                        — {t("notifications.admin.next", { date: date(scheduler.next) })}
                      </li>
                    );
                  })}
                </ul>
              </Card>
            ) : null}
            <h3 className="mb-2 text-lg font-bold">{t("notifications.admin.failedTitle", { name: queueName(queue.name) })}</h3>
            {queue.failed.length ? (
              <>
                <ScrollRegion label={t("notifications.admin.failedTitle", { name: queueName(queue.name) })}>
                  <table className="w-full border-collapse bg-white text-left text-sm">
                    <thead>
                      <tr className="border-b border-line">
                        <th scope="col" className="p-2">
                          {t("notifications.admin.job")}
                        </th>
                        <th scope="col" className="p-2">
                          {t("notifications.admin.attempts")}
                        </th>
                        <th scope="col" className="p-2">
                          {t("notifications.admin.reason")}
                        </th>
                        <th scope="col" className="p-2">
                          {t("notifications.admin.failedAt")}
                        </th>
                        <th scope="col" className="p-2">
                          {t("notifications.admin.actions")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {queue.failed.map((job) => (
                        <tr key={job.id} className="border-b border-line align-top">
                          <td className="p-2">
                            {jobName(job.name)}
                            <br />
                            <code>{job.name}</code>
                            <br />
                            <span className="text-ink-600">{job.id}</span>
                          </td>
                          <td className="p-2">{job.attempts}</td>
                          <td className="p-2 break-all">{job.reason}</td>
                          <td className="p-2">{date(job.failedAt)}</td>
                          <td className="p-2">
                            <Form method="post" className="flex flex-wrap gap-2">
                              <input type="hidden" name="queue" value={queue.name} />
                              <input type="hidden" name="jobId" value={job.id} />
                              <Button
                                name="intent"
                                value="retry"
                                size="sm"
                                variant="secondary"
                                disabled={busy}
                                aria-label={t("notifications.admin.retryLabel", { id: job.id })}
                              >
                                {t("notifications.admin.retry")}
                              </Button>
                              <Button
                                name="intent"
                                value="remove"
                                size="sm"
                                variant="danger"
                                disabled={busy}
                                aria-label={t("notifications.admin.removeLabel", { id: job.id })}
                              >
                                {t("notifications.admin.remove")}
                              </Button>
                            </Form>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
                <Form method="post" className="mt-3">
                  <input type="hidden" name="queue" value={queue.name} />
                  <Button name="intent" value="retry-all" variant="secondary" disabled={busy}>
                    {t("notifications.admin.retryAll")}
                  </Button>
                </Form>
              </>
            ) : (
              <EmptyState>{t("notifications.admin.failedEmpty")}</EmptyState>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
