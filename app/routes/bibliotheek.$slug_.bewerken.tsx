import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Sentence } from "~/components/ui/content.tsx";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { itemForEdit, libraryThemes, linkableDocuments, proposeChange, transitionItem, updateItem } from "~/.server/library.ts";
import { postedBody, readItemForm } from "~/.server/library-form.ts";
import { requireUser } from "~/.server/session.ts";
import { defaultsFromItem, LibraryItemForm } from "~/components/library/item-form.tsx";
import { Notice, PageHeader } from "~/components/ui/misc.tsx";
import type { LibraryKindValue } from "~/shared/library.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData
    ? [
        ...pageMeta(
          matches,
          metaT(matches)(loaderData.mode === "propose" ? "library.proposal.proposeTitle" : "library.form.editTitle", {
            title: loaderData.publishedTitle,
          }),
        ),
        { name: "robots", content: "noindex" },
      ]
    : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [{ item, permissions, mode, proposalComment, publishedTitle }, themes] = await Promise.all([
    orRespond(() => itemForEdit(user, params.slug ?? "")),
    libraryThemes(),
  ]);
  // The current link stays selectable even when this editor could not pick it (a moderator reviewing).
  const documents = item.kind === "HANDREIKING" ? await linkableDocuments(user, item.documentId) : [];
  return { item, permissions, mode, proposalComment, publishedTitle, themes, documents };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const { item, mode } = await orRespond(() => itemForEdit(user, slug));
  const form = await readForm(request);
  const { submission, body, bodyError } = readItemForm(form, item.kind as LibraryKindValue);
  if (submission.status !== "success" || bodyError) {
    return data({ result: submission.reply(), bodyError, ...postedBody(form) }, { status: 400 });
  }
  return orFormError(async () => {
    if (mode === "propose") {
      // The author of a published item: a proposal for review; the published version stays (decision 102).
      await proposeChange(user, slug, submission.value, body);
      return redirectWithFlash(`/bibliotheek/${slug}`, "library.flash.changeProposed");
    }
    const { changed } = await updateItem(user, slug, submission.value, body);
    let key = changed.length ? "library.flash.updated" : "library.flash.unchanged";
    if (form.get("intent") === "submit") {
      await transitionItem(user, slug, "submit");
      key = "library.flash.submitted";
    }
    return redirectWithFlash(`/bibliotheek/${slug}`, key);
  });
}

export default function EditLibraryItem() {
  const { t } = useTranslation();
  const { item, permissions, mode, proposalComment, publishedTitle, themes, documents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const result = actionData && "result" in actionData ? actionData.result : null;
  return (
    <>
      <PageHeader
        title={
          <Sentence k={mode === "propose" ? "library.proposal.proposeTitle" : "library.form.editTitle"} dutch={{ title: publishedTitle }} />
        }
        intro={mode === "propose" ? t("library.proposal.proposeIntro") : undefined}
      >
        <p className="mt-2">
          <Link to={`/bibliotheek/${item.slug}`}>{t("common.actions.back")}</Link>
        </p>
      </PageHeader>
      {proposalComment ? (
        <Notice tone="warn" title={t("library.proposal.returned")}>
          <p className="whitespace-pre-line">{proposalComment}</p>
        </Notice>
      ) : null}
      <LibraryItemForm
        kind={item.kind as LibraryKindValue}
        themes={themes}
        defaults={defaultsFromItem(item)}
        lastResult={result}
        bodyError={actionData && "bodyError" in actionData ? actionData.bodyError : null}
        formError={actionData && "formError" in actionData ? actionData.formError : null}
        initialBodyJson={actionData && "bodyJson" in actionData ? actionData.bodyJson : item.bodyJson}
        initialBodyText={actionData && "bodyText" in actionData ? actionData.bodyText : item.bodyText}
        communityName={item.community?.name ?? null}
        documentOptions={documents}
        mode={mode}
        canSubmit={permissions.submit}
        busy={navigation.state !== "idle"}
      />
    </>
  );
}
