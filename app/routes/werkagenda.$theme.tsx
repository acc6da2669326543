import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Content, Sentence } from "~/components/ui/content.tsx";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { forVisitors } from "~/.server/public-cache.ts";
import { themeAgenda } from "~/.server/agenda.ts";
import { orRespond } from "~/.server/errors.ts";
import { getUser } from "~/.server/session.ts";
import { IndicatorChart } from "~/components/agenda/indicator-chart.tsx";
import { StatusBadge, StatusSummary } from "~/components/agenda/status-summary.tsx";
import { LinkButton } from "~/components/ui/button.tsx";
import { Card, EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { formatDate, formatNumber } from "~/utils/i18n.ts";
import { languageOf, metaT, pageMeta } from "~/utils/meta.ts";
import { keptForVisitors } from "~/utils/visitor-pages.ts";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData
    ? pageMeta(
        matches,
        `${languageOf(matches) === "en" ? loaderData.theme.nameEn : loaderData.theme.nameNl} · ${metaT(matches)("agenda.title")}`,
      )
    : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const theme = params.theme ?? "";
  return orRespond(() => forVisitors(user, `werkagenda:${theme}`, () => themeAgenda(user, theme)));
}

export default function ThemeAgendaPage() {
  const { t, i18n } = useTranslation();
  const { theme, goals, statuses, permissions } = useLoaderData<typeof loader>();
  const language = i18n.language;
  const en = language === "en";
  const day = (date: string) => formatDate(`${date}T12:00:00Z`, language);
  return (
    <>
      <p className="mb-2">
        <Link to="/werkagenda">{t("agenda.theme.back")}</Link>
      </p>
      <PageHeader title={en ? theme.nameEn : theme.nameNl} intro={en ? theme.summaryEn : theme.summaryNl}>
        <div className="mt-4 flex flex-wrap gap-2">
          {permissions.recordMeasurement ? (
            <LinkButton to={`/werkagenda/${theme.slug}/meting`}>{t("agenda.theme.record")}</LinkButton>
          ) : null}
          {permissions.manage ? (
            <LinkButton to={`/werkagenda/${theme.slug}/beheer`} variant="secondary">
              {t("agenda.theme.manage")}
            </LinkButton>
          ) : null}
          <a href={`/werkagenda/${theme.slug}/export.csv`} className="inline-flex min-h-11 items-center font-semibold" download>
            {t("agenda.theme.export")}
          </a>
        </div>
      </PageHeader>

      <section aria-labelledby="status-title" className="mb-8">
        <h2 id="status-title" className="text-2xl font-bold">
          {t("agenda.theme.statusTitle")}
        </h2>
        <StatusSummary statuses={statuses} />
      </section>

      <h2 className="mb-3 text-2xl font-bold">{t("agenda.theme.goals")}</h2>
      {goals.length === 0 ? <EmptyState>{t("agenda.theme.noGoals")}</EmptyState> : null}
      <div className="space-y-6">
        {goals.map((goal) => (
          <Card as="section" key={goal.id}>
            <Content
              as="h3"
              className="text-xl font-bold"
              id={`doel-${goal.id}`}
              text={goal.title}
              sample={[goal.title, goal.description]}
            />
            <Content as="p" className="mt-1 text-ink-700" text={goal.description} sample={[goal.title, goal.description]} />

            <h4 className="mt-4 text-lg font-bold">{t("agenda.theme.actions")}</h4>
            {goal.actions.length ? (
              <ul className="mt-2 space-y-3">
                {goal.actions.map((action) => (
                  <li key={action.id} className="border-l-4 border-brand-200 pl-3">
                    <p className="font-semibold">
                      <Content text={action.title} sample={[action.title, action.description]} /> <StatusBadge status={action.status} />
                    </p>
                    <Content as="p" className="text-ink-700" text={action.description} sample={[action.title, action.description]} />
                    <p className="text-sm text-ink-600">
                      {t("agenda.theme.owners")}: {action.owners.join(", ")}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-ink-600">{t("agenda.theme.noActions")}</p>
            )}

            <h4 className="mt-4 text-lg font-bold">{t("agenda.theme.indicators")}</h4>
            {goal.indicators.length ? (
              <div className="mt-2 grid gap-6 lg:grid-cols-2">
                {goal.indicators.map((indicator) => {
                  const latest = indicator.series.at(-1);
                  return (
                    // Focusable, so the page opened here after a new measurement puts focus on it (walk 18).
                    <div key={indicator.id} id={`indicator-${indicator.id}`} tabIndex={-1} className="scroll-mt-24">
                      <Content
                        as="h5"
                        className="font-bold"
                        text={indicator.name}
                        sample={[indicator.name, goal.title, goal.description]}
                      />
                      <p className="text-sm text-ink-700">
                        <Sentence
                          k="agenda.theme.target"
                          values={{ value: formatNumber(indicator.targetValue, language), date: day(indicator.targetDate) }}
                          dutch={{ unit: indicator.unit }}
                        />{" "}
                        · {t(`agenda.direction.${indicator.direction}`)}
                        {indicator.baseline !== null ? (
                          <>
                            {" · "}
                            <Sentence
                              k="agenda.theme.baseline"
                              values={{ value: formatNumber(indicator.baseline, language) }}
                              dutch={{ unit: indicator.unit }}
                            />
                          </>
                        ) : null}
                      </p>
                      {latest ? (
                        <p className="text-sm font-semibold">
                          <Sentence
                            k="agenda.theme.latest"
                            values={{ value: formatNumber(latest.value, language), date: day(latest.date) }}
                            dutch={{ unit: indicator.unit }}
                          />
                        </p>
                      ) : null}
                      <IndicatorChart indicator={indicator} />
                    </div>
                  );
                })}
              </div>
            ) : (
              <p className="text-ink-600">{t("agenda.theme.noIndicators")}</p>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
