import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { ATTACHMENT_MAX_BYTES } from "~/shared/library.ts";

/** Room for the other form fields and the multipart boundaries. */
const OVERHEAD = 64 * 1024;

export type UploadResult = { ok: true; form: FormData } | { ok: false; error: string; status: 400 | 413 };

/**
 * Reads a multipart form with one file, streaming: a body that announces
 * more than the limit is refused before reading, and a part that grows past
 * the limit stops the parse there, so an oversized upload is never buffered
 * whole.
 */
export async function readUploadForm(request: Request): Promise<UploadResult> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > ATTACHMENT_MAX_BYTES + OVERHEAD) return { ok: false, error: "library.errors.fileTooLarge", status: 413 };
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data"))
    return { ok: false, error: "errors.invalidRequest", status: 400 };
  try {
    const form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: ATTACHMENT_MAX_BYTES }));
    return { ok: true, form };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: "library.errors.fileTooLarge", status: 413 };
    return { ok: false, error: "errors.invalidRequest", status: 400 };
  }
}
