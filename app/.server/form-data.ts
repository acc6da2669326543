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
  try {
    return await request.formData();
  } catch {
    throw data({ message: "errors.invalidRequest" }, { status: 400 });
  }
}
