import type { LoaderFunctionArgs } from "@remix-run/node";
import type { TFunction } from "i18next";
import { agendaCsv, themeAgenda, type AgendaCsvLabels } from "~/.server/agenda.ts";
import { orRespondResource } from "~/.server/errors.ts";
import { getLanguage } from "~/.server/language.ts";
import { getUser } from "~/.server/session.ts";
import { translator } from "~/i18n/index.ts";
import { dutchDay } from "~/shared/dates.ts";

/** A theme's measurements with their targets, as CSV for Excel (like the menukaart export). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const agenda = await orRespondResource(request, () => themeAgenda(user, params.theme ?? ""));
  const language = await getLanguage(request, user?.locale);
  const tr = translator(language) as TFunction as unknown as (key: string) => string;
  const keys = ["goal", "indicator", "unit", "date", "value", "source", "target", "targetDate", "direction"] as const;
  const numbers = new Intl.NumberFormat(language === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 6, useGrouping: false });
  const labels: AgendaCsvLabels = {
    columns: Object.fromEntries(keys.map((key) => [key, tr(`agenda.csv.${key}`)])) as AgendaCsvLabels["columns"],
    direction: (value) => tr(`agenda.direction.${value}`),
    number: (value) => numbers.format(value),
  };
  return new Response(agendaCsv(agenda, labels), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="werkagenda-${agenda.theme.slug}-${dutchDay(new Date())}.csv"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
