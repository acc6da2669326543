import { useSearchParams } from "@remix-run/react";
import { FORM_KEY_FIELD, FORM_KEY_PARAM } from "~/shared/form-key.ts";

/**
 * The hidden one-time key of a create form (decision 229), from the page's
 * address (the loader called `requireFormKey`). `form` tells apart create
 * forms that share a page (a goal and an action on one page).
 */
export function FormKey({ form }: { form?: string }) {
  const [params] = useSearchParams();
  const key = params.get(FORM_KEY_PARAM);
  if (!key) return null;
  return <input type="hidden" name={FORM_KEY_FIELD} value={form ? `${key}.${form}` : key} />;
}
