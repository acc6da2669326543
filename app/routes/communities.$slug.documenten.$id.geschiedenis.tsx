import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Sentence, type TranslationKey } from "~/components/ui/content.tsx";
import { VersionLabel } from "~/components/documents/version-label.tsx";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { WordCounts } from "~/components/documents/word-counts.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { documentHistory } from "~/.server/documents.ts";
import { orRespond } from "~/.server/errors.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { Card, EmptyState, FormError } from "~/components/ui/misc.tsx";
import { formatDate } from "~/utils/i18n.ts";
import { restoreAction } from "./documents.server.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, metaT(matches)("documents.history.title", { title: loaderData.document.title })) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const history = await orRespond(() => documentHistory(user, params.slug ?? "", params.id ?? ""));
  const { community, document, permissions, versions, changes } = history;
  return {
    community: { slug: community.slug, name: community.name },
    document: { id: document.id, title: document.title },
    canRestore: permissions.edit,
    versions,
    changes,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return restoreAction(request, params);
}

export default function DocumentHistory() {
  const { t, i18n } = useTranslation();
  const { community, document, canRestore, versions, changes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const base = `/communities/${community.slug}/documenten/${document.id}`;
  const date = (value: string | Date) => formatDate(value, i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const time = (value: string | Date) => formatDate(value, i18n.language, { timeStyle: "short" });
  return (
    <article aria-labelledby="history-title">
      <p className="mb-2">
        <Link to={base}>← {document.title}</Link>
      </p>
      <h2 id="history-title" className="mb-4 text-2xl font-bold">
        {t("documents.history.title", { title: document.title })}
      </h2>
      <FormError error={actionData && "formError" in actionData ? actionData.formError : null} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="versions-title">
          <h3 id="versions-title" className="mb-2 text-xl font-bold">
            {t("documents.history.versions")}
          </h3>
          {canRestore && versions.length ? <p className="mb-3 text-sm text-ink-700">{t("documents.history.restoreHint")}</p> : null}
          {versions.length === 0 ? (
            <EmptyState>{t("documents.history.versionsEmpty")}</EmptyState>
          ) : (
            <ol className="space-y-3">
              {versions.map((version) => (
                <Card as="li" key={version.id}>
                  <p className="font-semibold">
                    <Link to={`${base}/versies/${version.id}`} id={`version-${version.id}`}>
                      <VersionLabel version={version} />
                    </Link>
                  </p>
                  <p className="text-sm text-ink-700">
                    {version.kind !== "BEFORE_RESTORE" ? (
                      <>
                        <Sentence k={`documents.history.kind.${version.kind}` as TranslationKey} dutch={{ name: version.name }} />
                        {" · "}
                      </>
                    ) : null}
                    {date(version.createdAt)}
                    {version.author ? ` · ${t("documents.history.by", { name: version.author.displayName })}` : null}
                  </p>
                  <p className="text-sm text-ink-700">
                    <WordCounts added={version.wordsAdded} removed={version.wordsRemoved} />
                  </p>
                  {canRestore ? (
                    <Form method="post" className="mt-2">
                      <input type="hidden" name="versionId" value={version.id} />
                      <Button
                        id={`restore-${version.id}`}
                        aria-labelledby={`restore-${version.id} version-${version.id}`}
                        name="intent"
                        value="restore"
                        size="sm"
                        variant="secondary"
                        disabled={busy}
                      >
                        {t("documents.history.restore")}
                      </Button>
                    </Form>
                  ) : null}
                </Card>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="changes-title">
          <h3 id="changes-title" className="mb-2 text-xl font-bold">
            {t("documents.history.changes")}
          </h3>
          {changes.length === 0 ? (
            <EmptyState>{t("documents.history.changesEmpty")}</EmptyState>
          ) : (
            <ol className="space-y-2">
              {changes.map((change) => (
                <li key={change.key} className="rounded-md border border-line bg-white p-3">
                  <p className="font-semibold">
                    {t("documents.history.changeBy", { name: change.author?.displayName ?? t("documents.history.unknownAuthor") })}
                  </p>
                  <p className="text-sm text-ink-700">
                    {date(change.startedAt)}
                    {change.endedAt !== change.startedAt ? ` – ${time(change.endedAt)}` : null} ·{" "}
                    {t("documents.history.changeCount", { count: change.updates })} ·{" "}
                    {change.wordsAdded === null ? (
                      t("documents.history.changeWordsPending")
                    ) : (
                      <WordCounts added={change.wordsAdded} removed={change.wordsRemoved} change />
                    )}
                  </p>
                  {change.excerpt ? (
                    <p className="mt-1 text-sm text-ink-700">{t("documents.history.added", { excerpt: change.excerpt })}</p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </article>
  );
}
