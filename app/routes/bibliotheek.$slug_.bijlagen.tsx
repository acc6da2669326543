import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useParams } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey } from "~/.server/form-key.ts";
import { addAttachment } from "~/.server/library.ts";
import { requireUser } from "~/.server/session.ts";
import { readUploadForm } from "~/.server/uploads.ts";
import { LinkButton } from "~/components/ui/button.tsx";
import { FormError, PageHeader } from "~/components/ui/misc.tsx";

/**
 * The upload form lives on the item page; opened here, this page leads back to it. No redirect:
 * Remix runs this loader after the action too, and a redirect there hid every refusal (wrong
 * type, too large) behind the item page without a word (decision 286).
 */
export async function loader(_args: LoaderFunctionArgs) {
  return null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const upload = await readUploadForm(request);
  if (!upload.ok) return data({ formError: upload.error }, { status: upload.status });
  const file = upload.form.get("file");
  if (!(file instanceof File)) return data({ formError: "library.errors.fileEmpty" }, { status: 400 });
  // One attachment per form key (decision 245): a double click or Back and send again adds no second copy.
  return oncePerFormKey(user, upload.form, () =>
    orFormError(async () => {
      await addAttachment(user, slug, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      return redirectWithFlash(`/bibliotheek/${slug}`, "library.flash.uploaded");
    }),
  );
}

/** Shown when an upload is refused: the reason and the way back; opened without one, where to upload. */
export default function UploadRefused() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const { slug } = useParams();
  return (
    <>
      <PageHeader title={t("library.item.upload")} />
      {actionData ? (
        <FormError error={"formError" in actionData ? actionData.formError : "errors.invalidRequest"} />
      ) : (
        <p className="mb-4">{t("library.item.uploadOnItem")}</p>
      )}
      <LinkButton to={`/bibliotheek/${slug ?? ""}`} variant="secondary">
        {t("common.actions.back")}
      </LinkButton>
    </>
  );
}
