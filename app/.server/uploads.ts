import { data, MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { ATTACHMENT_MAX_BYTES } from "~/shared/library.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey } from "~/.server/form-key.ts";
import { addAttachment } from "~/.server/library.ts";

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

/** Whether a post carries a file (the item page's upload form) rather than a plain form. */
export function isUpload(request: Request): boolean {
  return (request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * Adds the posted file to a library item. A refusal (empty, too large, wrong type, too many)
 * comes back as `{ formError, field: "file" }`, for the item page to show at its file field.
 */
export async function uploadAttachment(request: Request, user: Parameters<typeof addAttachment>[0], slug: string) {
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
