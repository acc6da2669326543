import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Sentence } from "~/components/ui/content.tsx";
import { VersionLabel } from "~/components/documents/version-label.tsx";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { versionPage } from "~/.server/documents.ts";
import { orRespond } from "~/.server/errors.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { FormError, Notice } from "~/components/ui/misc.tsx";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { restoreAction } from "./documents.server.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData
    ? pageMeta(matches, metaT(matches)("documents.version.title", { name: loaderData.name, title: loaderData.document.title }))
    : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = await orRespond(() => versionPage(user, params.slug ?? "", params.id ?? "", params.versionId ?? ""));
  const { community, document, permissions, version, html } = page;
  const name = version.name || `#${version.number}`;
  return {
    community: { slug: community.slug },
    document: { id: document.id, title: document.title },
    canRestore: permissions.edit,
    version,
    name,
    html,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return restoreAction(request, params);
}

export default function DocumentVersion() {
  const { t, i18n } = useTranslation();
  const { community, document, canRestore, version, html } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const base = `/communities/${community.slug}/documenten/${document.id}`;
  return (
    <article aria-labelledby="version-title">
      <p className="mb-2">
        <Link to={`${base}/geschiedenis`}>← {t("documents.version.back")}</Link>
      </p>
      <h2 id="version-title" className="text-2xl font-bold">
        <Sentence k="documents.version.title" dutch={{ title: document.title }} nodes={{ name: <VersionLabel version={version} /> }} />
      </h2>
      <Notice tone="info">
        {t("documents.version.readOnly", { date: formatDate(version.createdAt, i18n.language, { dateStyle: "long", timeStyle: "short" }) })}
      </Notice>
      <FormError error={actionData && "formError" in actionData ? actionData.formError : null} />
      <div className="prose-pp mb-6 rounded-md border border-line bg-white px-4 py-3" data-testid="version-html">
        {html ? <div dangerouslySetInnerHTML={{ __html: html }} /> : <p className="text-ink-600">{t("documents.page.empty")}</p>}
      </div>
      {canRestore ? (
        <Form method="post">
          <input type="hidden" name="versionId" value={version.id} />
          <p className="mb-2 text-sm text-ink-700">{t("documents.history.restoreHint")}</p>
          <Button name="intent" value="restore" disabled={busy}>
            <Sentence k="documents.history.restoreLabel" dutch={{}} nodes={{ name: <VersionLabel version={version} /> }} />
          </Button>
        </Form>
      ) : null}
    </article>
  );
}
