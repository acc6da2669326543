import { useTranslation } from "~/utils/translation.ts";
import { Notice } from "~/components/ui/misc.tsx";
import { tKey } from "~/utils/i18n.ts";

export type FlashView = { kind: "success" | "info" | "error"; key: string; params?: Record<string, string | number> };

/** Announced politely to screen readers; shown once after a redirect. */
export function FlashMessage({ flash }: { flash: FlashView | null }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {flash ? (
        <Notice tone={flash.kind === "error" ? "error" : flash.kind === "success" ? "success" : "info"}>
          {tKey(t, flash.key, flash.params)}
        </Notice>
      ) : null}
    </div>
  );
}
