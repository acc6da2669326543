import { data } from "@remix-run/node";

/**
 * `request.formData()` throws a TypeError on a body that is not a form (JSON,
 * text, broken multipart): that is the client's error, so it becomes a 400
 * (415 for a foreign content type) instead of a 500. Found by the hostile-input
 * tests (tests/integration/hostile-input.test.ts); every action reads its form
 * through here.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = (request.headers.get("Content-Type") ?? "").toLowerCase();
  if (type && !type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    throw data({ message: "errors.invalidRequest" }, { status: 415 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw data({ message: "errors.invalidRequest" }, { status: 400 });
  }
  // PostgreSQL text cannot hold U+0000 ("invalid byte sequence", a 500 at the first query that
  // carries it). No form field has a use for it: the request is refused as a whole.
  for (const value of form.values()) {
    if (typeof value === "string" && value.includes("\u0000")) throw data({ message: "errors.invalidRequest" }, { status: 400 });
  }
  return form;
}
