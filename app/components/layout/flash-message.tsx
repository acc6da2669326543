import { useTranslation } from "~/utils/translation.ts";
import { ReadOnlyTextField, useInvalidAutofocus } from "~/components/ui/field.tsx";
import { Notice } from "~/components/ui/misc.tsx";
import { tKey } from "~/utils/i18n.ts";

export type FlashView = {
  kind: "success" | "info" | "error";
  key: string;
  params?: Record<string, string | number>;
  /** The member's own text of a post that was refused, to copy (decision 305). */
  kept?: string;
};

/** The flash region's id: a redirect may name it, and it can take focus (decision 331). */
export const FLASH_REGION_ID = "melding";

/**
 * Announced politely to screen readers; shown once after a redirect. A refused post's text comes
 * after it, outside the live region (read when the member goes there, not all at once).
 *
 * A live region that is already filled when a page loads is not announced, so without JavaScript the
 * message of a form that redirected (an RSVP back to the same meeting) went unheard and focus started
 * at the top (walk 19). The region takes the page's one autofocus when it holds a message: the browser
 * focuses it on load and a screen reader reads it; Tab goes on from there. A fragment in the address
 * (`#topic-title`) still wins: browsers skip autofocus when the address names a target. With
 * JavaScript, React does not autofocus a div, the live region announces the new message, and focus
 * follows useNavigationFocus (decision 320) as before.
 */
export function FlashMessage({ flash }: { flash: FlashView | null }) {
  const { t } = useTranslation();
  const autoFocus = useInvalidAutofocus(FLASH_REGION_ID, Boolean(flash));
  return (
    <>
      <div id={FLASH_REGION_ID} role="status" aria-live="polite" tabIndex={-1} autoFocus={autoFocus}>
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
