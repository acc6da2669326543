/**
 * Create forms that make one thing however often they are sent (decision 229).
 * The loader gives the page a key in its address (`requireFormKey`); the
 * action runs the creation through `oncePerFormKey`, which makes it once per
 * key and sends a copy of the same POST to what the first one made.
 */
import { data, redirect } from "@remix-run/node";
import { claimFormKey, completeFormKey, FORM_KEY_PATTERN, newFormKey, releaseFormKey } from "~server/forms/form-keys.ts";
import { FORM_KEY_FIELD, FORM_KEY_PARAM } from "~/shared/form-key.ts";
import { redirectWithFlash } from "./flash.ts";

/** In the loader of a page with a create form (after requireUser): the address gets a fresh key when it has none. */
export function requireFormKey(request: Request): void {
  const url = new URL(request.url);
  const key = url.searchParams.get(FORM_KEY_PARAM);
  if (key && FORM_KEY_PATTERN.test(key)) return;
  url.searchParams.set(FORM_KEY_PARAM, newFormKey());
  throw redirect(`${url.pathname}${url.search}`);
}

/**
 * A key for a create form that is not what its page is for (the upload form on a library item):
 * given with the page's data instead of in its address, so opening the page costs no redirect and
 * its address stays the one people share. Each load of the page gives a new key; a double click, or
 * the browser sending the same form again, sends the same key (decision 245).
 */
export function pageFormKey(): string {
  return newFormKey();
}

/**
 * Runs `create` once per form key. Its redirect's address is remembered; a
 * second copy (at the same time or later) makes nothing and goes there with
 * "Dit was al opgeslagen." An answer that is not a redirect (errors) frees the
 * key for the corrected form. Without a key (an old page) it just runs.
 */
export async function oncePerFormKey<T>(
  user: { id: string },
  form: FormData,
  create: () => Promise<T>,
): Promise<T | Response | ReturnType<typeof data<{ formError: string }>>> {
  const key = form.get(FORM_KEY_FIELD);
  if (typeof key !== "string" || !FORM_KEY_PATTERN.test(key)) return create();
  const claim = await claimFormKey(user.id, key);
  if (claim.state === "done") return redirectWithFlash(claim.url, "errors.alreadySaved", { kind: "info" });
  if (claim.state === "busy") return data({ formError: "errors.stillSaving" }, { status: 409 });
  let result: T;
  try {
    result = await create();
  } catch (error) {
    await releaseFormKey(user.id, key);
    throw error;
  }
  const location = result instanceof Response && result.status >= 300 && result.status < 400 ? result.headers.get("Location") : null;
  if (location) await completeFormKey(user.id, key, location);
  else await releaseFormKey(user.id, key);
  return result;
}
