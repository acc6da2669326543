import { data } from "@remix-run/node";
import { BodyTooLargeError, FORM_BODY_MAX_BYTES, readBodyLimited } from "~server/http/body-limit.ts";

/**
 * `request.formData()` throws a TypeError on a body that is not a form (JSON,
 * text, broken multipart): that is the client's error, so it becomes a 400
 * (415 for a foreign content type) instead of a 500. Found by the hostile-input
 * tests (tests/integration/hostile-input.test.ts); every action reads its form
 * through here (lint forbids `request.formData()` in routes).
 *
 * A NUL character in a text field is refused too: no browser sends one from a
 * form, and PostgreSQL cannot store it in text (error 22021), so letting it
 * through would turn a crafted request into a server error. Uploaded files may
 * contain any byte; only text fields are checked.
 *
 * The body is counted while it streams in: past FORM_BODY_MAX_BYTES the read
 * stops with a 413 (issue 15, F8), also when Content-Length was missing or
 * lied (server/http/body-limit.ts refuses an announced oversized body earlier).
 *
 * Line breaks in text fields become "\n". A browser sends every line break as
 * "\r\n" but counts it as one character against a textarea's maxlength (and
 * the client-side check sees "\n"): without this, a message the browser let
 * through at the limit was refused as too long on the server.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = (request.headers.get("Content-Type") ?? "").toLowerCase();
  if (type && !type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    throw data({ message: "errors.invalidRequest" }, { status: 415 });
  }
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyLimited(request, FORM_BODY_MAX_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw data({ message: "errors.requestTooLarge" }, { status: 413 });
    throw data({ message: "errors.invalidRequest" }, { status: 400 });
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "Content-Type": request.headers.get("Content-Type") ?? "" } }).formData();
  } catch {
    throw data({ message: "errors.invalidRequest" }, { status: 400 });
  }
  let crlf = false;
  for (const [name, value] of form) {
    if (name.includes("\u0000") || (typeof value === "string" && value.includes("\u0000"))) {
      throw data({ message: "errors.invalidRequest" }, { status: 400 });
    }
    if (typeof value === "string" && value.includes("\r")) crlf = true;
  }
  if (!crlf) return form;
  const normalised = new FormData();
  for (const [name, value] of form) normalised.append(name, typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value);
  return normalised;
}
