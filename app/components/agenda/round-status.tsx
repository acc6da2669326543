import { useTranslation } from "~/utils/translation.ts";
import { Badge } from "~/components/ui/misc.tsx";
import { ROUND_DAY_MS } from "~/shared/agenda.ts";

/** Open, not yet open, or closed: from the round's status and its comment period. */
export function RoundStatus({
  round,
  now = new Date(),
}: {
  round: { status: "OPEN" | "CLOSED"; opensAt: string | Date; closesAt: string | Date };
  now?: Date;
}) {
  const { t } = useTranslation();
  const opens = new Date(round.opensAt).getTime();
  const closes = new Date(round.closesAt).getTime() + ROUND_DAY_MS;
  if (round.status === "CLOSED" || now.getTime() >= closes) return <Badge>{t("agenda.review.statusClosed")}</Badge>;
  if (now.getTime() < opens) return <Badge tone="warn">{t("agenda.review.statusWaiting")}</Badge>;
  return <Badge tone="ok">{t("agenda.review.statusOpen")}</Badge>;
}
