import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { ATTACHMENT_MAX_BYTES } from "~/shared/library.ts";
import { BodyTooLargeError } from "~server/http/body-limit.ts";

/** Room for the other form fields and the multipart boundaries. */
const OVERHEAD = 64 * 1024;
/** The most an upload form may send: one file at the limit and its few small fields. */
const UPLOAD_FORM_MAX_BYTES = ATTACHMENT_MAX_BYTES + OVERHEAD;

export type UploadResult = { ok: true; form: FormData } | { ok: false; error: string; status: 400 | 413 };

/**
 * The request with its body counted as it streams: past `maxBytes` the stream fails with
 * BodyTooLargeError and the rest is not read. Per part, the upload handler's `maxPartSize` would
 * let many parts just under it through (a chunked body of 200 text fields of 14 MB each was held
 * in memory whole; decision 286).
 */
function countedRequest(request: Request, maxBytes: number): Request {
  if (!request.body) return request;
  let total = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > maxBytes) controller.error(new BodyTooLargeError());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request.url, { method: request.method, headers: request.headers, body: counted, duplex: "half" } as RequestInit);
}

/**
 * Reads a multipart form with one file, streaming: a body that announces
 * more than the limit is refused before reading, a part that grows past the
 * file limit stops the parse there, and so does a body that grows past the
 * upload limit however it is split into parts, so an oversized upload is
 * never buffered whole.
 */
export async function readUploadForm(request: Request): Promise<UploadResult> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > UPLOAD_FORM_MAX_BYTES) return { ok: false, error: "library.errors.fileTooLarge", status: 413 };
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data"))
    return { ok: false, error: "errors.invalidRequest", status: 400 };
  try {
    const form = await unstable_parseMultipartFormData(
      countedRequest(request, UPLOAD_FORM_MAX_BYTES),
      unstable_createMemoryUploadHandler({ maxPartSize: ATTACHMENT_MAX_BYTES }),
    );
    return { ok: true, form };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError || error instanceof BodyTooLargeError)
      return { ok: false, error: "library.errors.fileTooLarge", status: 413 };
    return { ok: false, error: "errors.invalidRequest", status: 400 };
  }
}
