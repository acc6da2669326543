import { useTranslation } from "~/utils/translation.ts";
import { Notice } from "~/components/ui/misc.tsx";
import { tKey } from "~/utils/i18n.ts";

export type FlashView = {
  kind: "success" | "info" | "error";
  key: string;
  params?: Record<string, string | number>;
  /** The member's own text of a post that was refused, to copy (decision 305). */
  kept?: string;
};

/**
 * Announced politely to screen readers; shown once after a redirect. A refused post's text comes
 * after it, outside the live region (read when the member goes there, not all at once).
 */
export function FlashMessage({ flash }: { flash: FlashView | null }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status" aria-live="polite">
        {flash ? (
          <Notice tone={flash.kind === "error" ? "error" : flash.kind === "success" ? "success" : "info"}>
            {tKey(t, flash.key, flash.params)}
          </Notice>
        ) : null}
      </div>
      {flash?.kept ? (
        <div className="mb-4">
          <label htmlFor="kept-text" className="block font-semibold">
            {t("discussions.keptText.label")}
          </label>
          <p id="kept-text-hint" className="text-sm text-ink-600">
            {t("discussions.keptText.hint")}
          </p>
          <textarea
            id="kept-text"
            readOnly
            rows={5}
            value={flash.kept}
            aria-describedby="kept-text-hint"
            className="mt-1 block w-full rounded-md border border-ink-600 bg-white px-3 py-2"
          />
        </div>
      ) : null}
    </>
  );
}
