import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { compareRounds } from "~/.server/agenda.ts";
import { orRespond } from "~/.server/errors.ts";
import { formatNumber } from "~/utils/i18n.ts";
import { EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("agenda.review.compare"));

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return orRespond(() => compareRounds(url.searchParams.get("a") ?? "", url.searchParams.get("b") ?? ""));
}

export default function CompareRounds() {
  const { t, i18n } = useTranslation();
  const { before, after, changes } = useLoaderData<typeof loader>();
  const number = (value: number | null) => (value === null ? t("agenda.review.none") : formatNumber(value, i18n.language));
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (
    <>
      <p className="mb-2">
        <Link to="/werkagenda/herijking">{t("agenda.review.back")}</Link>
      </p>
      <PageHeader title={t("agenda.review.compareTitle", { before: before.title, after: after.title })} />
      {changes.length === 0 ? (
        <EmptyState>{t("agenda.review.noChanges")}</EmptyState>
      ) : (
        <ul className="list-disc space-y-1 ps-5">
          {changes.map((change, index) => {
            const params: Record<string, unknown> = { ...change };
            if (change.kind === "actionStatus") {
              params.from = tr(`agenda.status.${change.from}`);
              params.to = tr(`agenda.status.${change.to}`);
            }
            if (change.kind === "indicatorValue") {
              params.from = number(change.from);
              params.to = number(change.to);
              params.target = number(change.targetValue);
            }
            return (
              <li key={index}>
                <span className="text-ink-600">{change.theme}: </span>
                {tr(`agenda.review.changes.${change.kind}`, params)}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
