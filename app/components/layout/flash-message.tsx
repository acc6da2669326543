import { useTranslation } from "~/utils/translation.ts";
import { ReadOnlyTextField } from "~/components/ui/field.tsx";
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
        <ReadOnlyTextField
          id="kept-text"
          label={t("discussions.keptText.label")}
          hint={t("discussions.keptText.hint")}
          value={flash.kept}
        />
      ) : null}
    </>
  );
}
