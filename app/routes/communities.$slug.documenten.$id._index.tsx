import { useForm } from "@conform-to/react";
import { textOfHtml } from "~/utils/content-language.ts";
import { Content } from "~/components/ui/content.tsx";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { deleteDocument, documentPage, loadDocument, saveVersion, setDocumentLocked, updateDocumentDetails } from "~/.server/documents.ts";
import { orAlreadyRemoved, orFormError, orRespond } from "~/.server/errors.ts";
import { documentSeenScope, markSeenThrottled } from "~/.server/notifications.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { DocumentEditor } from "~/components/documents/document-editor.tsx";
import { Button } from "~/components/ui/button.tsx";
import { SelectField, TextField } from "~/components/ui/field.tsx";
import { Badge, Card, FormError, Notice } from "~/components/ui/misc.tsx";
import { DOCUMENT_STATUSES, documentDetailsSchema, saveVersionSchema } from "~/shared/forms/documents.ts";
import { formatDate } from "~/utils/i18n.ts";
import { pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, `${loaderData.document.title} · ${loaderData.community.name}`) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = await orRespond(() => documentPage(user, params.slug ?? "", params.id ?? ""));
  const { community, document, permissions, html, editors, createdBy, versionCount } = page;
  // For the digest: what the member has seen of this document is not reported again.
  await markSeenThrottled(user.id, documentSeenScope(document.id));
  return {
    community: { slug: community.slug, name: community.name },
    document: {
      id: document.id,
      title: document.title,
      status: document.status,
      locked: document.locked,
      createdAt: document.createdAt,
      updatedAt: document.updatedAt,
      // Moderation (issue 8): the creator and the facilitators see why it is hidden.
      hiddenReason: document.hiddenAt ? (document.hiddenReason ?? "") : null,
    },
    permissions,
    html,
    editors,
    createdBy,
    versionCount,
    me: { id: user.id, displayName: user.displayName },
  };
}

async function done(slug: string, id: string, key: string, params?: Record<string, string>) {
  return redirectWithFlash(`/communities/${slug}/documenten/${id}`, key, { params });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const id = params.id ?? "";
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  return orFormError(async () => {
    switch (intent) {
      case "details": {
        // Who may not edit is refused before the form is read (decision 306).
        await loadDocument(user, slug, id, "edit");
        const submission = parseWithZod(form, { schema: documentDetailsSchema });
        if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
        await updateDocumentDetails(user, slug, id, submission.value);
        return done(slug, id, "documents.flash.detailsSaved");
      }
      case "version": {
        await loadDocument(user, slug, id, "edit");
        const submission = parseWithZod(form, { schema: saveVersionSchema });
        if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
        const version = await saveVersion(user, slug, id, submission.value.name);
        return done(slug, id, "documents.flash.versionSaved", { name: version.name });
      }
      case "lock":
      case "unlock": {
        await setDocumentLocked(user, slug, id, intent === "lock");
        return done(slug, id, intent === "lock" ? "documents.flash.locked" : "documents.flash.unlocked");
      }
      case "delete": {
        if (form.get("confirm") !== "yes") return data({ formError: "documents.errors.confirmDelete" }, { status: 400 });
        const list = `/communities/${slug}/documenten`;
        return orAlreadyRemoved(list, async () => {
          await deleteDocument(user, slug, id);
          return redirectWithFlash(list, "documents.flash.deleted");
        });
      }
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

/** How long after a new writer's change the page reads its writers again (their change is stored by then). */
const NEW_WRITER_DELAY_MS = 2_000;

export default function DocumentPage() {
  const { t, i18n } = useTranslation();
  const { community, document, permissions, html, editors, createdBy, me } = useLoaderData<typeof loader>();
  // A new writer (this member or another one present) makes the page read "Geschreven door" again, a
  // moment later so the server has stored the change (walk 17: it listed only the starter until a reload).
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const writerCheck = useRef<number | null>(null);
  useEffect(() => () => window.clearTimeout(writerCheck.current ?? undefined), []);
  const onNewWriter = useCallback(() => {
    if (writerCheck.current !== null) return;
    writerCheck.current = window.setTimeout(() => {
      writerCheck.current = null;
      revalidate.current();
    }, NEW_WRITER_DELAY_MS);
  }, []);
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const result = (intent: string) =>
    actionData && "intent" in actionData && actionData.intent === intent && "result" in actionData ? actionData.result : undefined;
  const [detailsForm, detailsFields] = useForm({
    id: "document-details",
    lastResult: result("details"),
    constraint: getZodConstraint(documentDetailsSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: documentDetailsSchema }),
    defaultValue: { title: document.title, status: document.status },
  });
  const [versionForm, versionFields] = useForm({
    id: "document-version",
    lastResult: result("version"),
    constraint: getZodConstraint(saveVersionSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: saveVersionSchema }),
  });
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  const date = (value: string | Date) => formatDate(value, i18n.language, { dateStyle: "long", timeStyle: "short" });
  const base = `/communities/${community.slug}/documenten/${document.id}`;

  return (
    <article aria-labelledby="document-title">
      <p className="mb-2">
        <Link to={`/communities/${community.slug}/documenten`}>← {t("documents.page.back")}</Link>
      </p>
      <header className="mb-4">
        <Content
          as="h2"
          id="document-title"
          tabIndex={-1}
          className="text-3xl font-bold"
          text={document.title}
          sample={[document.title, textOfHtml(html)]}
        />
        {document.hiddenReason !== null ? (
          <Notice tone="warn">
            <p>{t("moderation.hidden.ownBanner", { reason: document.hiddenReason })}</p>
          </Notice>
        ) : null}
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink-700">
          <Badge tone={document.status === "PUBLISHED" ? "ok" : "neutral"}>{t(`documents.status.${document.status}`)}</Badge>
          {document.locked ? <Badge tone="warn">{t("documents.locked")}</Badge> : null}
          {createdBy ? <span>{t("documents.page.startedBy", { name: createdBy.displayName, date: date(document.createdAt) })}</span> : null}
          <span aria-hidden="true">·</span>
          <span>{t("documents.page.updated", { date: date(document.updatedAt) })}</span>
        </div>
        <nav aria-label={t("documents.page.history")} className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
          <Link to={`${base}/geschiedenis`}>{t("documents.page.history")}</Link>
          {createdBy?.id !== me.id ? (
            <Link
              id="report-document"
              aria-labelledby="report-document document-title"
              to={`/melden?soort=document&id=${encodeURIComponent(document.id)}`}
            >
              {t("moderation.report.button")}
            </Link>
          ) : null}
          <a href={`${base}/export/html`} download>
            {t("documents.page.exportHtml")}
          </a>
          <a href={`${base}/export/md`} download>
            {t("documents.page.exportMarkdown")}
          </a>
        </nav>
      </header>

      <FormError error={formError} />
      {document.hiddenReason !== null ? (
        <Notice tone="info">{t("documents.page.hiddenNote")}</Notice>
      ) : !permissions.edit ? (
        <Notice tone="info">{document.locked ? t("documents.page.lockedNote") : t("documents.page.readOnlyNote")}</Notice>
      ) : null}

      <section aria-labelledby="document-content-label" className="mb-8">
        <h3 id="document-content-label" className="sr-only">
          {t("documents.editor.label")}
        </h3>
        {/* A hidden document is not opened live (decision 241): its page shows the stored text only. */}
        {hydrated && permissions.live ? (
          <DocumentEditor
            documentId={document.id}
            canEdit={permissions.edit}
            user={me}
            initialHtml={html}
            labelId="document-content-label"
            writers={editors.map((editor) => editor.id)}
            onNewWriter={onNewWriter}
          />
        ) : (
          <>
            {permissions.edit ? <p className="mb-2 text-sm text-ink-700">{t("documents.page.noScriptNote")}</p> : null}
            <div className="prose-pp rounded-md border border-line bg-white px-4 py-3" data-testid="document-html">
              {html ? <div dangerouslySetInnerHTML={{ __html: html }} /> : <p className="text-ink-600">{t("documents.page.empty")}</p>}
            </div>
          </>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section">
          <h3 className="mb-2 text-xl font-bold">{t("documents.page.writers")}</h3>
          {editors.length ? (
            <ul className="space-y-1">
              {editors.map((editor) => (
                <li key={editor.id}>
                  <Link to={`/leden/${editor.id}`}>{editor.displayName}</Link>
                  <span className="text-sm text-ink-600"> · {date(editor.lastEditAt)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-ink-600">{t("documents.page.noWriters")}</p>
          )}
        </Card>

        {permissions.edit ? (
          <Card as="section">
            <h3 className="mb-2 text-xl font-bold">{t("documents.page.saveVersion")}</h3>
            <p className="mb-3 text-sm text-ink-700">{t("documents.page.saveVersionHint")}</p>
            <Form method="post" {...formProps(versionForm)}>
              <TextField
                field={versionFields.name}
                label={t("documents.page.versionName")}
                hint={t("documents.page.versionNameHint")}
                optional
              />
              <Button name="intent" value="version" variant="secondary" disabled={busy}>
                {t("documents.page.saveVersion")}
              </Button>
            </Form>
          </Card>
        ) : null}

        {permissions.edit ? (
          <Card as="section">
            <h3 className="mb-2 text-xl font-bold">{t("documents.page.details")}</h3>
            <Form method="post" {...formProps(detailsForm)}>
              <TextField field={detailsFields.title} label={t("documents.new.titleLabel")} />
              <SelectField
                field={detailsFields.status}
                label={t("documents.page.statusLabel")}
                hint={t("documents.page.statusHint")}
                options={DOCUMENT_STATUSES.map((value) => ({ value, label: t(`documents.status.${value}`) }))}
              />
              <Button name="intent" value="details" variant="secondary" disabled={busy}>
                {t("documents.page.detailsSave")}
              </Button>
            </Form>
          </Card>
        ) : null}

        {permissions.lock ? (
          <Card as="section">
            <h3 className="mb-2 text-xl font-bold">{t("documents.page.lockTitle")}</h3>
            <p className="mb-3 text-sm text-ink-700">{t("documents.page.lockHint")}</p>
            <Form method="post">
              <Button name="intent" value={document.locked ? "unlock" : "lock"} variant="secondary" disabled={busy}>
                {document.locked ? t("documents.page.unlock") : t("documents.page.lock")}
              </Button>
            </Form>
          </Card>
        ) : null}

        {permissions.delete ? (
          <Card as="section">
            <h3 className="mb-2 text-xl font-bold">{t("documents.page.delete")}</h3>
            <Form method="post" noValidate>
              <div className="mb-3 flex items-start gap-3">
                <input
                  id="confirm-delete"
                  type="checkbox"
                  name="confirm"
                  value="yes"
                  required
                  className="mt-1 h-5 w-5 shrink-0 accent-danger-700"
                  aria-describedby="confirm-delete-hint"
                />
                <label htmlFor="confirm-delete">{t("documents.page.deleteConfirm")}</label>
              </div>
              <p id="confirm-delete-hint" className="mb-3 text-sm text-ink-700">
                {t("documents.page.deleteHint")}
              </p>
              <Button name="intent" value="delete" variant="danger" disabled={busy}>
                {t("documents.page.delete")}
              </Button>
            </Form>
          </Card>
        ) : null}
      </div>
    </article>
  );
}
