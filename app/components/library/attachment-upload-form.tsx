import { Form } from "@remix-run/react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { Button } from "~/components/ui/button.tsx";
import { FieldErrors } from "~/components/ui/field.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES } from "~/shared/library.ts";
import { formatFileSize } from "~/utils/file-size.ts";

/**
 * The upload form on a library item. With JavaScript a file that is too large (or none) is named
 * at the field before anything is sent (decision 286); the server checks the same again, and
 * without JavaScript its answer is the refusal page of /bibliotheek/<slug>/bijlagen.
 */
export function AttachmentUploadForm({ slug, uploadKey, busy }: { slug: string; uploadKey: string | null; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const check = (event: FormEvent<HTMLFormElement>) => {
    const file = input.current?.files?.[0];
    const problem =
      !file || file.size === 0 ? "library.errors.fileEmpty" : file.size > ATTACHMENT_MAX_BYTES ? "library.errors.fileTooLarge" : null;
    setError(problem);
    if (!problem) return;
    event.preventDefault();
    input.current?.focus();
  };
  return (
    <Form
      method="post"
      action={`/bibliotheek/${slug}/bijlagen`}
      encType="multipart/form-data"
      noValidate
      className="mt-4 print-hidden"
      onSubmit={check}
    >
      <FormKey value={uploadKey} />
      <label htmlFor="attachment-file" className="block font-semibold">
        {t("library.item.upload")}
      </label>
      <p id="attachment-hint" className="text-sm text-ink-600">
        {t("library.item.uploadHint", { size: formatFileSize(ATTACHMENT_MAX_BYTES, i18n.language) })}
      </p>
      <input
        ref={input}
        id="attachment-file"
        name="file"
        type="file"
        accept={ATTACHMENT_ACCEPT}
        aria-describedby={error ? "attachment-hint attachment-error" : "attachment-hint"}
        aria-invalid={error ? true : undefined}
        className="mt-1 block"
        required
        onChange={() => setError(null)}
      />
      <FieldErrors id="attachment-error" errors={error ? [error] : undefined} />
      <Button size="sm" className="mt-2" disabled={busy}>
        {t("library.item.uploadButton")}
      </Button>
    </Form>
  );
}
