import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Content } from "~/components/ui/content.tsx";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { listDocuments } from "~/.server/documents.ts";
import { orRespond } from "~/.server/errors.ts";
import { requireUser } from "~/.server/session.ts";
import { LinkButton } from "~/components/ui/button.tsx";
import { Badge, Card, EmptyState } from "~/components/ui/misc.tsx";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, `${metaT(matches)("documents.list.title")} · ${loaderData.community.name}`) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { community, canCreate, documents } = await orRespond(() => listDocuments(user, params.slug ?? ""));
  return { community: { slug: community.slug, name: community.name }, canCreate, documents };
}

export default function DocumentList() {
  const { t, i18n } = useTranslation();
  const { community, canCreate, documents } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="documents-title">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="documents-title" className="text-2xl font-bold">
            {t("documents.list.title")}
          </h2>
          <p className="mt-1 max-w-3xl text-ink-700">{t("documents.list.intro")}</p>
        </div>
        {canCreate ? <LinkButton to={`/communities/${community.slug}/documenten/nieuw`}>{t("documents.list.new")}</LinkButton> : null}
      </div>
      {documents.length === 0 ? (
        <EmptyState>{canCreate ? t("documents.list.empty") : t("documents.list.emptyReader")}</EmptyState>
      ) : (
        <ul className="grid gap-3">
          {documents.map((document) => (
            <Card as="li" key={document.id}>
              <h3 className="text-lg font-semibold">
                <Link to={`/communities/${community.slug}/documenten/${document.id}`}>
                  <Content text={document.title} />
                </Link>
              </h3>
              <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink-700">
                <Badge tone={document.status === "PUBLISHED" ? "ok" : "neutral"}>{t(`documents.status.${document.status}`)}</Badge>
                {document.locked ? <Badge tone="warn">{t("documents.locked")}</Badge> : null}
                <span>
                  {t("documents.list.updated", {
                    date: formatDate(document.updatedAt, i18n.language, { dateStyle: "long", timeStyle: "short" }),
                  })}
                </span>
                <span aria-hidden="true">·</span>
                <span>{t("documents.list.writers", { count: document.editorCount })}</span>
                {document.createdBy ? (
                  <>
                    <span aria-hidden="true">·</span>
                    <span>{t("documents.list.startedBy", { name: document.createdBy.displayName })}</span>
                  </>
                ) : null}
              </div>
            </Card>
          ))}
        </ul>
      )}
    </section>
  );
}
