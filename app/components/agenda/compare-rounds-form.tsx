import { Form } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { Button } from "~/components/ui/button.tsx";

/**
 * Two review rounds to compare (a GET form, so it works without JavaScript): on the
 * rounds page and on the comparison page when it was opened without two rounds.
 * Newest first; the earlier round defaults to the second newest.
 */
export function CompareRoundsForm({
  rounds,
  selected,
}: {
  rounds: readonly { id: string; title: string }[];
  selected?: { before?: string | null; after?: string | null };
}) {
  const { t } = useTranslation();
  const defaults = { before: selected?.before || rounds[1]?.id, after: selected?.after || rounds[0]?.id };
  return (
    <Form method="get" action="/werkagenda/herijking/vergelijken" className="flex flex-wrap items-end gap-3">
      {(["before", "after"] as const).map((which) => (
        <div key={which}>
          <label htmlFor={`compare-${which}`} className="block font-semibold">
            {t(which === "before" ? "agenda.review.compareBefore" : "agenda.review.compareAfter")}
          </label>
          <select
            id={`compare-${which}`}
            name={which === "before" ? "a" : "b"}
            defaultValue={defaults[which]}
            className="mt-1 rounded-md border border-ink-600 px-3 py-2"
          >
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {round.title}
              </option>
            ))}
          </select>
        </div>
      ))}
      <Button variant="secondary">{t("agenda.review.compareSubmit")}</Button>
    </Form>
  );
}
