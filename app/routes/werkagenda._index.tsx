import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { forVisitors } from "~/.server/public-cache.ts";
import { agendaOverview } from "~/.server/agenda.ts";
import { getUser } from "~/.server/session.ts";
import { StatusSummary } from "~/components/agenda/status-summary.tsx";
import { Card, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { keptForVisitors } from "~/utils/visitor-pages.ts";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("agenda.title"), metaT(matches)("agenda.intro"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return forVisitors(user, "werkagenda", () => agendaOverview(user));
}

export default function AgendaOverview() {
  const { t, i18n } = useTranslation();
  const { themes } = useLoaderData<typeof loader>();
  const en = i18n.language === "en";
  return (
    <>
      <PageHeader title={t("agenda.title")} intro={t("agenda.intro")}>
        <p className="mt-3 flex flex-wrap gap-4">
          <Link to="/werkagenda/herijking">{t("agenda.overview.reviewLink")}</Link>
          <Link to="/werkagenda/kennisvragen">{t("agenda.overview.questionsLink")}</Link>
        </p>
      </PageHeader>
      <ul className="grid gap-4 md:grid-cols-2">
        {themes.map((theme) => (
          <Card as="li" key={theme.slug}>
            <h2 className="text-xl font-bold">
              <Link to={`/werkagenda/${theme.slug}`}>{en ? theme.nameEn : theme.nameNl}</Link>
            </h2>
            <p className="mt-1 text-ink-700">{en ? theme.summaryEn : theme.summaryNl}</p>
            <p className="mt-2 text-sm text-ink-700">
              {t("agenda.overview.goals", { count: theme.goals })} · {t("agenda.overview.indicators", { count: theme.indicators })} ·{" "}
              {t("agenda.overview.questions", { count: theme.questions })}
            </p>
            <StatusSummary statuses={theme.statuses} />
          </Card>
        ))}
      </ul>
    </>
  );
}
