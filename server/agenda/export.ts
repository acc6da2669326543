/**
 * A theme's dashboard as CSV: one row per measurement, with its indicator's
 * target, so a spreadsheet can redo every chart. Same format as the menukaart
 * export (docs/decisions/044): UTF-8 with BOM, ";" separator, CRLF.
 */
import { csvCell } from "../library/export.ts";
import type { ThemeAgenda } from "./queries.ts";

export type AgendaCsvLabels = {
  columns: {
    goal: string;
    indicator: string;
    unit: string;
    date: string;
    value: string;
    source: string;
    target: string;
    targetDate: string;
    direction: string;
  };
  direction: (value: "HOGER" | "LAGER") => string;
  /** Numbers the way the reader's spreadsheet expects them ("12,5" in Dutch). */
  number: (value: number) => string;
};

/** A number formatted by Intl is never a formula, so a minus sign stays a minus sign (no leading quote). */
const numberCell = (text: string) => (/^-?[\d.,\u00a0\u202f]+$/.test(text) ? `"${text}"` : csvCell(text));
const NUMERIC = new Set(["value", "target"]);

export function agendaCsv(agenda: Pick<ThemeAgenda, "goals">, labels: AgendaCsvLabels): string {
  const keys = Object.keys(labels.columns) as (keyof AgendaCsvLabels["columns"])[];
  const lines = [keys.map((key) => csvCell(labels.columns[key])).join(";")];
  for (const goal of agenda.goals) {
    for (const indicator of goal.indicators) {
      for (const point of indicator.series) {
        const row: Record<(typeof keys)[number], string> = {
          goal: goal.title,
          indicator: indicator.name,
          unit: indicator.unit,
          date: point.date,
          value: labels.number(point.value),
          source: point.source,
          target: labels.number(indicator.targetValue),
          targetDate: indicator.targetDate,
          direction: labels.direction(indicator.direction),
        };
        lines.push(keys.map((key) => (NUMERIC.has(key) ? numberCell(row[key]) : csvCell(row[key]))).join(";"));
      }
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
