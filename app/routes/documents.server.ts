import { data } from "@remix-run/node";
import { restoreVersion } from "~/.server/documents.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { readForm } from "~/.server/form-data.ts";

/** Restoring a version: the history page and the version page post here. */
export async function restoreAction(request: Request, params: { slug?: string; id?: string }) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const id = params.id ?? "";
  const form = await readForm(request);
  if (form.get("intent") !== "restore") return data({ formError: "errors.invalidRequest" }, { status: 400 });
  return orFormError(async () => {
    const { changed, version } = await restoreVersion(user, slug, id, String(form.get("versionId") ?? ""));
    const name = version.name || `#${version.number}`;
    return redirectWithFlash(
      `/communities/${slug}/documenten/${id}`,
      changed ? "documents.flash.restored" : "documents.flash.restoredSame",
      { params: { name } },
    );
  });
}
