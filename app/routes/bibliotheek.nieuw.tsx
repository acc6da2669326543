import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey, requireFormKey } from "~/.server/form-key.ts";
import { createItem, libraryThemes, linkableDocuments, submittableCommunities } from "~/.server/library.ts";
import { postedBody, readItemForm } from "~/.server/library-form.ts";
import { requireUser } from "~/.server/session.ts";
import { LibraryItemForm } from "~/components/library/item-form.tsx";
import { Card, PageHeader } from "~/components/ui/misc.tsx";
import { fromParam, LIBRARY_KINDS, toParam } from "~/shared/library.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("library.form.newTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const kind = fromParam(LIBRARY_KINDS, url.searchParams.get("soort") ?? "");
  const communitySlug = url.searchParams.get("community");
  if (kind) requireFormKey(request);
  const [themes, communities, documents] = await Promise.all([
    libraryThemes(),
    submittableCommunities(user),
    kind === "HANDREIKING" ? linkableDocuments(user) : [],
  ]);
  const community = communitySlug ? (communities.find((c) => c.slug === communitySlug) ?? null) : null;
  return { kind, themes, community, communities: communities.map(({ id, name }) => ({ id, name })), documents };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const intent = form.get("intent") === "submit" ? "submit" : "draft";
  const { submission, body, bodyError } = readItemForm(form);
  if (submission.status !== "success" || bodyError) {
    return data({ result: submission.reply(), bodyError, ...postedBody(form) }, { status: 400 });
  }
  return oncePerFormKey(user, form, () =>
    orFormError(async () => {
      const item = await createItem(user, submission.value, body, { submit: intent === "submit" });
      return redirectWithFlash(`/bibliotheek/${item.slug}`, intent === "submit" ? "library.flash.submitted" : "library.flash.saved");
    }),
  );
}

export default function NewLibraryItem() {
  const { t } = useTranslation();
  const { kind, themes, community, communities, documents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  if (!kind) {
    const suffix = community ? `&community=${encodeURIComponent(community.slug)}` : "";
    return (
      <>
        <PageHeader title={t("library.form.newTitle")} intro={t("library.form.newIntro")} />
        <ul className="grid gap-4 sm:grid-cols-2">
          {LIBRARY_KINDS.map((value) => (
            <li key={value}>
              <Card>
                <h2 className="text-lg font-bold">
                  <Link to={`/bibliotheek/nieuw?soort=${toParam(value)}${suffix}`}>{t(`library.kinds.${value}`)}</Link>
                </h2>
                <p className="mt-1 text-ink-700">{t(`library.kindHints.${value}`)}</p>
              </Card>
            </li>
          ))}
        </ul>
      </>
    );
  }
  const result = actionData && "result" in actionData ? actionData.result : null;
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  return (
    <>
      <PageHeader title={t("library.form.newKindTitle", { kind: t(`library.kinds.${kind}`) })} intro={t(`library.kindHints.${kind}`)}>
        <p className="mt-2">
          <Link to={community ? `/bibliotheek/nieuw?community=${encodeURIComponent(community.slug)}` : "/bibliotheek/nieuw"}>
            {t("library.form.otherKind")}
          </Link>
        </p>
      </PageHeader>
      <LibraryItemForm
        kind={kind}
        themes={themes}
        defaults={{}}
        lastResult={result}
        bodyError={actionData && "bodyError" in actionData ? actionData.bodyError : null}
        formError={formError}
        initialBodyJson={actionData && "bodyJson" in actionData ? actionData.bodyJson : null}
        initialBodyText={actionData && "bodyText" in actionData ? actionData.bodyText : ""}
        communityId={community?.id ?? null}
        communityName={community?.name ?? null}
        communityOptions={communities}
        documentOptions={documents}
        mode="new"
        canSubmit
        busy={navigation.state !== "idle"}
      />
    </>
  );
}
