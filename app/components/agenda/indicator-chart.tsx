import { useEffect, useState } from "react";
import { ScrollRegion } from "~/components/ui/misc.tsx";
import { Dutch, Sentence } from "~/components/ui/content.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatNumber } from "~/utils/i18n.ts";

export type ChartIndicator = {
  id: string;
  name: string;
  unit: string;
  targetValue: number;
  targetDate: string;
  series: { date: string; value: number; source: string }[];
};

/** Tick labels in ink-700 (10:1 on white) instead of recharts' grey #666 (issue 14.25). */
const TICK = { fill: "#334155", fontSize: 14 };

/**
 * An indicator over time against its target. The chart is drawn in the
 * browser only (recharts measures its container); the table below it holds
 * the same numbers and is always there, also without JavaScript and for
 * screen readers (docs/decisions/077-dashboard-charts.md).
 */
export function IndicatorChart({ indicator }: { indicator: ChartIndicator }) {
  const { t, i18n } = useTranslation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const language = i18n.language;
  const day = (date: string) => formatDate(`${date}T12:00:00Z`, language, { dateStyle: "medium" });
  const labelId = `indicator-${indicator.id}-chart-label`;
  const values = indicator.series.map((point) => point.value);
  const domainMax = Math.max(indicator.targetValue, ...values);
  const domainMin = Math.min(0, indicator.targetValue, ...values);
  return (
    <figure className="mt-3" data-testid={`indicator-${indicator.id}`}>
      {/* HTML allows a figcaption only as the first or the last child of a figure. */}
      <figcaption className="mb-1 text-sm text-ink-700">
        <Sentence k="agenda.chart.caption" dutch={{ name: indicator.name, unit: indicator.unit }} />
      </figcaption>
      {indicator.series.length > 0 ? (
        <div role="img" aria-labelledby={labelId} className="h-56 w-full">
          {/* The chart's name, with the indicator's name and unit marked Dutch (decision 299): hidden, read as the name only. */}
          <span id={labelId} hidden>
            <Sentence
              k="agenda.chart.label"
              dutch={{ name: indicator.name, unit: indicator.unit }}
              values={{
                count: indicator.series.length,
                target: formatNumber(indicator.targetValue, language),
                date: day(indicator.targetDate),
              }}
            />
          </span>
          {hydrated ? (
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={indicator.series} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid stroke="#e2e8f0" />
                <XAxis dataKey="date" tickFormatter={day} stroke="#334155" tick={TICK} />
                <YAxis
                  domain={[domainMin, Math.ceil(domainMax * 1.1)]}
                  stroke="#334155"
                  tick={TICK}
                  tickFormatter={(value: number) => formatNumber(value, language)}
                />
                <Tooltip
                  formatter={(value) => [`${formatNumber(Number(value), language)} ${indicator.unit}`, t("agenda.chart.measured")]}
                  labelFormatter={(value) => day(String(value))}
                />
                <ReferenceLine
                  y={indicator.targetValue}
                  stroke="#b45309"
                  strokeDasharray="6 4"
                  strokeWidth={2}
                  label={{ value: t("agenda.chart.target"), fill: "#92400e", position: "insideTopRight" }}
                />
                <Line type="monotone" dataKey="value" stroke="#0b5563" strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          ) : null}
        </div>
      ) : null}
      {indicator.series.length > 0 ? (
        <ScrollRegion label={t("agenda.chart.tableCaption", { name: indicator.name })} className="mt-2">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              <Sentence k="agenda.chart.tableCaption" dutch={{ name: indicator.name }} />
            </caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pe-3">
                  {t("agenda.chart.date")}
                </th>
                <th scope="col" className="py-1 pe-3 text-right">
                  <Sentence k="agenda.chart.value" dutch={{ unit: indicator.unit }} />
                </th>
                <th scope="col" className="py-1">
                  {t("agenda.chart.source")}
                </th>
              </tr>
            </thead>
            <tbody>
              {indicator.series.map((point, index) => (
                <tr key={`${point.date}-${index}`} className="border-b border-line/60">
                  <td className="py-1 pe-3">{day(point.date)}</td>
                  <td className="py-1 pe-3 text-right tabular-nums">{formatNumber(point.value, language)}</td>
                  <td className="py-1">
                    <Dutch text={point.source} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="text-ink-600">{t("agenda.theme.noMeasurements")}</p>
      )}
    </figure>
  );
}
