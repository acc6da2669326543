/**
 * /beheer/auditlog — the append-only audit log for moderators and admins
 * (issue 8, decision 096), newest first, filtered by actor, action, community
 * and date with a plain GET form.
 */
import { DutchOption } from "~/components/ui/content.tsx";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { orRespond } from "~/.server/errors.ts";
import { auditLog } from "~/.server/moderation.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { Card, EmptyState, PageHeader, ScrollRegion } from "~/components/ui/misc.tsx";
import { auditFilterSchema } from "~/shared/moderation.ts";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("moderation.audit.title")),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const raw = Object.fromEntries([...url.searchParams.entries()].filter(([, value]) => value !== ""));
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const log = await orRespond(() => auditLog(user, filter));
  return { ...log, filter };
}

const input = "mt-1 w-full rounded-md border border-line px-3 py-2";

export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { entries, filter, actions, communities, page, pageCount } = useLoaderData<typeof loader>();
  const actionName = (action: string) => {
    const names = t("moderation.audit.actionNames", { returnObjects: true }) as Record<string, string>;
    return names[action] ?? action;
  };
  const pageLink = (to: number) => {
    const params = new URLSearchParams(
      Object.entries(filter)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, String(value)]),
    );
    params.set("page", String(to));
    return `?${params.toString()}`;
  };
  return (
    <>
      <PageHeader title={t("moderation.audit.title")} intro={t("moderation.audit.intro")} />
      <Card className="mb-6">
        <Form method="get" aria-label={t("moderation.audit.filters")} autoComplete="off">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            <div>
              <label htmlFor="audit-actor" className="block font-semibold">
                {t("moderation.audit.actor")}
              </label>
              <input id="audit-actor" name="actor" defaultValue={filter.actor ?? ""} className={input} />
            </div>
            <div>
              <label htmlFor="audit-action" className="block font-semibold">
                {t("moderation.audit.action")}
              </label>
              <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={input}>
                <option value="">{t("moderation.audit.anyAction")}</option>
                {actions.map((action) => (
                  <option key={action} value={action}>
                    {actionName(action)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="audit-community" className="block font-semibold">
                {t("moderation.audit.community")}
              </label>
              <select id="audit-community" name="community" defaultValue={filter.community ?? ""} className={input}>
                <option value="">{t("moderation.audit.anyCommunity")}</option>
                {communities.map((community) => (
                  <DutchOption key={community.id} value={community.id} label={community.name} />
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="audit-from" className="block font-semibold">
                {t("moderation.audit.from")}
              </label>
              <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} className={input} />
            </div>
            <div>
              <label htmlFor="audit-to" className="block font-semibold">
                {t("moderation.audit.to")}
              </label>
              <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} className={input} />
            </div>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button type="submit">{t("moderation.audit.apply")}</Button>
            <Link to="/beheer/auditlog">{t("moderation.audit.reset")}</Link>
          </div>
        </Form>
      </Card>
      {entries.length === 0 ? (
        <EmptyState>{t("moderation.audit.empty")}</EmptyState>
      ) : (
        <ScrollRegion label={t("moderation.audit.title")}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("moderation.audit.title")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2">
                  {t("moderation.audit.when")}
                </th>
                <th scope="col" className="p-2">
                  {t("moderation.audit.who")}
                </th>
                <th scope="col" className="p-2">
                  {t("moderation.audit.what")}
                </th>
                <th scope="col" className="p-2">
                  {t("moderation.audit.target")}
                </th>
                <th scope="col" className="p-2">
                  {t("moderation.audit.where")}
                </th>
                <th scope="col" className="p-2">
                  {t("moderation.audit.why")}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-line align-top" data-action={entry.action}>
                  <td className="p-2 whitespace-nowrap">
                    {formatDate(entry.createdAt, i18n.language, { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="p-2">
                    {entry.actorId ? (entry.actorName ?? t("moderation.audit.formerMember")) : t("moderation.audit.system")}
                  </td>
                  <td className="p-2">{actionName(entry.action)}</td>
                  <td className="p-2">
                    {entry.targetKind
                      ? t(`moderation.audit.targetKinds.${entry.targetKind as "MESSAGE"}`, { defaultValue: entry.targetKind })
                      : "—"}
                    {entry.title ? <>: “{entry.title}”</> : null}
                  </td>
                  <td className="p-2">{entry.communityName ?? "—"}</td>
                  <td className="p-2">
                    {entry.reason
                      ? entry.action === "report.created"
                        ? t(`moderation.report.reasons.${entry.reason as "OTHER"}`, { defaultValue: entry.reason })
                        : entry.reason
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {pageCount > 1 ? (
        <nav className="mt-4 flex items-center gap-4" aria-label={t("moderation.audit.page", { page })}>
          {page > 1 ? <Link to={pageLink(page - 1)}>{t("moderation.audit.previous")}</Link> : null}
          <span>{t("moderation.audit.page", { page })}</span>
          {page < pageCount ? <Link to={pageLink(page + 1)}>{t("moderation.audit.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
