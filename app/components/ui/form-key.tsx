import { useLocation, useNavigate, useSearchParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { FORM_KEY_FIELD, FORM_KEY_PARAM } from "~/shared/form-key.ts";

/** Keys this tab has sent a form with (JavaScript only; see FormKey). */
const SENT_KEYS = "pp-sent-form-keys";
const SENT_KEYS_KEPT = 50;

function sentKeys(): string[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(SENT_KEYS) ?? "[]");
    return Array.isArray(list) ? list.filter((key): key is string => typeof key === "string") : [];
  } catch {
    return [];
  }
}

function rememberSent(key: string): void {
  try {
    sessionStorage.setItem(SENT_KEYS, JSON.stringify([...sentKeys().filter((known) => known !== key), key].slice(-SENT_KEYS_KEPT)));
  } catch {
    // No session storage (a private window's settings): Back keeps the old key, as without JavaScript.
  }
}

/**
 * The hidden one-time key of a create form (decision 229), from the page's
 * address (the loader called `requireFormKey`). `form` tells apart create
 * forms that share a page (a goal and an action on one page).
 *
 * Without JavaScript, Back brings the page again with the same key and the
 * typed text, so sending it again goes to what the first copy made. With
 * JavaScript, Back shows the form empty: a person filling it in then starts
 * a new thing. So when this page's key was already sent from this tab, the
 * page takes a fresh key (the loader gives one to an address without), and
 * the new thing is not mistaken for a copy of the first.
 */
export function FormKey({ form, value }: { form?: string; value?: string | null }) {
  const [params] = useSearchParams();
  // A key from the page's data (`pageFormKey`) is new with every load of the page: nothing to remember.
  const key = value === undefined ? params.get(FORM_KEY_PARAM) : null;
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!key) return;
    if (sentKeys().includes(key)) {
      const fresh = new URLSearchParams(params);
      fresh.delete(FORM_KEY_PARAM);
      const search = fresh.toString();
      navigate({ pathname, search: search ? `?${search}` : "", hash }, { replace: true, preventScrollReset: true });
      return;
    }
    const owner = input.current?.form;
    if (!owner) return;
    const onSubmit = () => rememberSent(key);
    owner.addEventListener("submit", onSubmit);
    return () => owner.removeEventListener("submit", onSubmit);
    // Only the key decides; params, pathname and hash belong to the same address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const sent = value ?? key;
  if (!sent) return null;
  return <input ref={input} type="hidden" name={FORM_KEY_FIELD} value={form ? `${sent}.${form}` : sent} />;
}
