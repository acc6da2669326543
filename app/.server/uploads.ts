import { data, MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { ATTACHMENT_MAX_BYTES } from "~/shared/library.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey } from "~/.server/form-key.ts";
import { addAttachment, assertMayAddAttachment } from "~/.server/library.ts";

/** Room for the other form fields and the multipart boundaries. */
const OVERHEAD = 64 * 1024;
/** The most an upload form may send in all, announced or counted. */
export const UPLOAD_FORM_MAX_BYTES = ATTACHMENT_MAX_BYTES + OVERHEAD;

export type UploadResult = { ok: true; form: FormData } | { ok: false; error: string; status: 400 | 413 };

/**
 * The request's body, counted while it streams: past `maxBytes` the stream
 * fails and `exceeded()` says so. Remix's parser limits each part on its own,
 * so without this a body sent without Content-Length (chunked) could carry
 * any number of parts just under the limit, each held in memory (security
 * walk 14: 40 MB read whole before the item's access was even checked).
 */
function countedRequest(request: Request, maxBytes: number): { request: Request; exceeded: () => boolean } {
  let total = 0;
  let over = false;
  const counted = request.body?.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          over = true;
          controller.error(new Error("upload body too large"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  const limited = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: counted ?? null,
    signal: request.signal,
    ...(counted ? { duplex: "half" } : {}),
  } as RequestInit);
  return { request: limited, exceeded: () => over };
}

/**
 * Reads a multipart form with one file, streaming: a body that announces
 * more than the limit is refused before reading, and one that grows past it
 * (a part, or all parts together) stops the parse there, so an oversized
 * upload is never buffered whole.
 */
export async function readUploadForm(request: Request): Promise<UploadResult> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > UPLOAD_FORM_MAX_BYTES) return { ok: false, error: "library.errors.fileTooLarge", status: 413 };
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data"))
    return { ok: false, error: "errors.invalidRequest", status: 400 };
  const limited = countedRequest(request, UPLOAD_FORM_MAX_BYTES);
  try {
    const form = await unstable_parseMultipartFormData(
      limited.request,
      unstable_createMemoryUploadHandler({ maxPartSize: ATTACHMENT_MAX_BYTES }),
    );
    return { ok: true, form };
  } catch (error) {
    if (limited.exceeded() || error instanceof MaxPartSizeExceededError)
      return { ok: false, error: "library.errors.fileTooLarge", status: 413 };
    return { ok: false, error: "errors.invalidRequest", status: 400 };
  }
}

/** Whether a post carries a file (the item page's upload form) rather than a plain form. */
export function isUpload(request: Request): boolean {
  return (request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * Adds the posted file to a library item. A refusal (empty, too large, wrong type, too many)
 * comes back as `{ formError, field: "file" }`, for the item page to show at its file field.
 */
export async function uploadAttachment(request: Request, user: Parameters<typeof addAttachment>[0], slug: string) {
  // Who may not add a file here is answered before the body is read (security walk 14).
  const refused = await orFormError(() => assertMayAddAttachment(user, slug));
  if (refused !== undefined) return refused;
  const upload = await readUploadForm(request);
  if (!upload.ok) return data({ formError: upload.error, field: "file" }, { status: upload.status });
  const file = upload.form.get("file");
  if (!(file instanceof File)) return data({ formError: "library.errors.fileEmpty", field: "file" }, { status: 400 });
  // One attachment per form key (decision 245): a double click or Back and send again adds no second copy.
  return oncePerFormKey(user, upload.form, () =>
    orFormError(async () => {
      await addAttachment(user, slug, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      return redirectWithFlash(`/bibliotheek/${slug}`, "library.flash.uploaded");
    }),
  );
}
