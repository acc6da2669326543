import { useTranslation } from "~/utils/translation.ts";
import { ACTION_STATUSES, type ActionStatusValue } from "~/shared/agenda.ts";
import { Badge } from "~/components/ui/misc.tsx";

export const STATUS_TONE: Record<ActionStatusValue, "neutral" | "brand" | "ok" | "warn"> = {
  GEPLAND: "neutral",
  LOPEND: "brand",
  AFGEROND: "ok",
  GESTOPT: "warn",
};

export function StatusBadge({ status }: { status: ActionStatusValue }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONE[status]}>{t(`agenda.status.${status}`)}</Badge>;
}

/** How many actions have each status: text, so it needs no colour to read. */
export function StatusSummary({ statuses }: { statuses: Record<ActionStatusValue, number> }) {
  const { t } = useTranslation();
  return (
    <ul className="mt-3 flex flex-wrap gap-2" aria-label={t("agenda.theme.statusTitle")}>
      {ACTION_STATUSES.map((status) => (
        <li key={status}>
          <Badge tone={STATUS_TONE[status]}>
            {t(`agenda.status.${status}`)}: {statuses[status]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
