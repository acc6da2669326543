import { parseWithZod } from "@conform-to/zod/v4";
import { Dutch, Sentence, useContentLang } from "~/components/ui/content.tsx";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { orAlreadyRemoved, orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { pageFormKey } from "~/.server/form-key.ts";
import { librarySeenScope, markSeenThrottled } from "~/.server/notifications.ts";
import { appUrl } from "~/.server/urls.ts";
import {
  approveProposal,
  curateItem,
  deleteItem,
  itemPage,
  mergeItem,
  removeAttachment,
  returnProposal,
  transitionItem,
  withdrawProposal,
} from "~/.server/library.ts";
import { getUser, requireUser } from "~/.server/session.ts";
import { EvidenceBadge } from "~/components/library/item-card.tsx";
import { changedFieldLabels, labelList } from "~/components/library/labels.ts";
import { OneFieldForm, ProposedChangeReview } from "~/components/library/review-forms.tsx";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { FieldErrors, PlainField, plainControlProps, useInvalidFocus } from "~/components/ui/field.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import { Badge, Card, FormError, Notice, withContext } from "~/components/ui/misc.tsx";
import { libraryCurationSchema, mergeSchema, returnSchema } from "~/shared/forms/library.ts";
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_BYTES,
  EVIDENCE_LEVELS,
  LIBRARY_TRANSITIONS as TRANSITION_NAMES,
  type LibraryTransitionValue as TransitionName,
} from "~/shared/library.ts";
import { REGIONS } from "~/shared/regions.ts";
import printStyles from "~/styles/print-library.css?url";
import { formatDate, tKey } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { socialMeta } from "~/utils/social-meta.ts";
import { readForm } from "~/.server/form-data.ts";
import { isUpload, uploadAttachment } from "~/.server/uploads.ts";
import { formatFileSize } from "~/utils/file-size.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) => {
  if (!loaderData) return [];
  const { item, url } = loaderData;
  const t = metaT(matches);
  return [
    ...pageMeta(matches, item.title, item.summary),
    ...socialMeta({ title: item.title, description: item.summary, url, siteName: t("common.appName"), type: "article" }),
    // Only published items that are open to the web belong in search engines.
    ...(item.status === "PUBLISHED" && item.publicOnWeb ? [] : [{ name: "robots", content: "noindex" }]),
  ];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const slug = params.slug ?? "";
  let page: Awaited<ReturnType<typeof itemPage>>;
  try {
    page = await orRespond(() => itemPage(user, slug));
  } catch (thrown) {
    // A visitor may see it after logging in; the same answer whether it exists or not.
    if (!user) throw redirect(`/inloggen?redirectTo=${encodeURIComponent(`/bibliotheek/${slug}`)}`);
    throw thrown;
  }
  if (page.redirectTo !== null) throw redirect(`/bibliotheek/${page.redirectTo}`, 301);
  // For the digest: an item the member has opened is not reported again.
  if (user && page.item.status === "PUBLISHED") await markSeenThrottled(user.id, librarySeenScope(page.item.id));
  return {
    item: page.item,
    proposal: page.proposal,
    permissions: page.permissions,
    revisions: page.revisions,
    url: `${appUrl()}/bibliotheek/${page.item.slug}`,
    signedIn: user !== null,
    meId: user?.id ?? null,
    // The upload form makes one attachment per key (decision 245); only those who may upload get one.
    uploadKey: page.permissions.edit ? pageFormKey() : null,
  };
}

const FLASH: Record<TransitionName, string> = {
  submit: "library.flash.submitted",
  withdraw: "library.flash.withdrawn",
  return: "library.flash.returned",
  publish: "library.flash.published",
  archive: "library.flash.archived",
  restore: "library.flash.restored",
};

async function done(path: string, key: string) {
  return redirectWithFlash(path, key);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  // The upload form posts here, so a refused file is told at its field (walk 14).
  if (isUpload(request)) return uploadAttachment(request, user, slug);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/bibliotheek/${slug}`;
  // What was typed in the one-field forms comes back with a refusal, so a page without JavaScript keeps it (walk 16).
  const typed = Object.fromEntries(["comment", "target", "reviewDate"].map((name) => [name, String(form.get(name) ?? "").slice(0, 2000)]));
  return orFormError(
    async () => {
      if ((TRANSITION_NAMES as readonly string[]).includes(intent)) {
        const transition = intent as TransitionName;
        let comment: string | null = null;
        if (transition === "return") {
          const submission = parseWithZod(form, { schema: returnSchema });
          if (submission.status !== "success") return data({ intent, formError: "library.errors.commentRequired", typed }, { status: 400 });
          comment = submission.value.comment;
        }
        await transitionItem(user, slug, transition, comment);
        return done(here, FLASH[transition]);
      }
      switch (intent) {
        case "curate": {
          const submission = parseWithZod(form, { schema: libraryCurationSchema });
          if (submission.status !== "success") return data({ intent, formError: "library.errors.date", typed }, { status: 400 });
          await curateItem(user, slug, submission.value);
          return done(here, "library.flash.curated");
        }
        case "merge": {
          const submission = parseWithZod(form, { schema: mergeSchema });
          if (submission.status !== "success") return data({ intent, formError: "library.errors.mergeTarget", typed }, { status: 400 });
          const { target } = await mergeItem(user, slug, submission.value.target);
          return done(`/bibliotheek/${target.slug}`, "library.flash.merged");
        }
        // A proposed change to a published item (decision 102).
        case "withdrawChange": {
          await withdrawProposal(user, slug);
          return done(here, "library.flash.changeWithdrawn");
        }
        case "approveChange": {
          await approveProposal(user, slug, String(form.get("proposedAt") ?? "") || null);
          return done(here, "library.flash.changeApproved");
        }
        case "returnChange": {
          const submission = parseWithZod(form, { schema: returnSchema });
          if (submission.status !== "success") return data({ intent, formError: "library.errors.commentRequired", typed }, { status: 400 });
          await returnProposal(user, slug, submission.value.comment);
          return done(here, "library.flash.changeReturned");
        }
        case "delete": {
          return orAlreadyRemoved("/bibliotheek", async () => {
            await deleteItem(user, slug);
            return done("/bibliotheek", "library.flash.deleted");
          });
        }
        case "removeAttachment": {
          return orAlreadyRemoved(here, async () => {
            await removeAttachment(user, slug, String(form.get("attachmentId") ?? ""));
            return done(here, "library.flash.attachmentRemoved");
          });
        }
        default:
          return data({ intent, formError: "errors.invalidRequest" }, { status: 400 });
      }
    },
    { data: { typed } },
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-6">
      <h2 className="mb-1 text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-1">
      <dt className="text-sm font-semibold text-ink-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function LibraryItemPage() {
  const { t, i18n } = useTranslation();
  const { item, proposal, permissions, revisions, meId, uploadKey } = useLoaderData<typeof loader>();
  // One language for the item's texts, decided from its title, summary and first section.
  const lang = useContentLang(item.title, item.summary, item.challenge ?? item.howToStart);
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const en = i18n.language === "en";
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  // Errors of the one-field forms show beside their field; the others at the top of the actions.
  // A command's own error (AppError) names the field instead of the intent: "comment" for returning, "target" for merging.
  const FIELD_OF: Record<string, string> = { return: "comment", returnChange: "comment", merge: "target", curate: "reviewDate" };
  const errorFor = (intent: string) => {
    if (!actionData || !formError) return null;
    if ("intent" in actionData) return actionData.intent === intent ? formError : null;
    return "field" in actionData && actionData.field === FIELD_OF[intent] ? formError : null;
  };
  // A refused file (empty, too large, wrong type, too many) is told at the file field.
  const fileError = actionData && "field" in actionData && actionData.field === "file" ? formError : null;
  const fileAutoFocus = useInvalidFocus("attachment-file", Boolean(fileError));
  // A wrong review date is told at its field, with what was typed (walk 17); before, at the top of another card.
  const dateError = errorFor("curate");
  const dateAutoFocus = useInvalidFocus("reviewDate", Boolean(dateError));
  const typedDate = dateError && actionData && "typed" in actionData ? actionData.typed?.reviewDate : undefined;
  const topError = fileError || ["return", "merge", "returnChange", "curate"].some((intent) => errorFor(intent)) ? null : formError;
  const region = item.region ? REGIONS.find(([slug]) => slug === item.region)?.[1] : null;
  const transitions = TRANSITION_NAMES.filter((name) => permissions[name] && name !== "return");

  return (
    <article>
      {item.status === "DRAFT" ? <Notice tone="info">{t("library.item.draftNotice")}</Notice> : null}
      {item.status === "SUBMITTED" ? <Notice tone="info">{t("library.item.submittedNotice")}</Notice> : null}
      {item.status === "ARCHIVED" ? <Notice tone="warn">{t("library.item.archivedNotice")}</Notice> : null}
      {permissions.proposeChange && proposal ? (
        proposal.comment ? (
          <Notice tone="warn" title={t("library.proposal.returned")}>
            <p className="whitespace-pre-line">{proposal.comment}</p>
          </Notice>
        ) : (
          <Notice tone="info">
            {t("library.proposal.pending", {
              date: formatDate(proposal.proposedAt, i18n.language, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </Notice>
        )
      ) : null}
      {item.status === "RETURNED" && item.returnComment ? (
        <Notice tone="warn" title={t("library.item.returnedNotice")}>
          <p className="whitespace-pre-line">{item.returnComment}</p>
        </Notice>
      ) : null}

      <header className="mb-6">
        <p className="mb-2 flex flex-wrap gap-2">
          <Badge>{t(`library.kinds.${item.kind}`)}</Badge>
          {item.status !== "PUBLISHED" ? <Badge tone="warn">{t(`library.statuses.${item.status}`)}</Badge> : null}
          {item.goodExample ? <Badge tone="accent">{t("library.marks.goodExample")}</Badge> : null}
          {item.featured ? <Badge tone="brand">{t("library.marks.featured")}</Badge> : null}
          {item.kind === "INTERVENTIE" ? <EvidenceBadge level={item.evidenceLevel} /> : null}
        </p>
        <h1 id="item-title" className="text-3xl font-bold" lang={lang}>
          {item.title}
        </h1>
        {item.hiddenAt ? (
          <Notice tone="warn">
            <p>{t("moderation.hidden.ownBanner", { reason: item.hiddenReason ?? "" })}</p>
          </Notice>
        ) : null}
        {meId && item.author?.id !== meId && item.status === "PUBLISHED" ? (
          <p className="mt-2 text-sm">
            <Link
              id="report-item"
              aria-labelledby="report-item item-title"
              to={`/melden?soort=bibliotheek&id=${encodeURIComponent(item.id)}`}
            >
              {t("moderation.report.button")}
            </Link>
          </p>
        ) : null}
        <p className="mt-2 max-w-3xl text-lg text-ink-700" lang={lang}>
          {item.summary}
        </p>
        <p className="mt-2 text-sm text-ink-600">
          {item.author ? (
            <>
              {t("library.item.by", { name: item.author.displayName })}
              {item.author.organisation ? (
                <>
                  {" ("}
                  <Dutch text={item.author.organisation} />)
                </>
              ) : null}
            </>
          ) : null}
          {item.community ? (
            <>
              {" · "}
              <Link to={`/communities/${item.community.slug}`}>{t("library.item.from", { name: item.community.name })}</Link>
            </>
          ) : null}
          {item.publishedAt ? ` · ${t("library.item.publishedOn", { date: formatDate(item.publishedAt, i18n.language) })}` : ""}
        </p>
      </header>

      {item.kind === "PRAKTIJKCASE" ? (
        // The same downloads as a shared document (decision 242); printing uses the page's print styles.
        <nav aria-label={t("library.item.exportLabel")} className="print-hidden -mt-4 mb-6 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href={`/bibliotheek/${item.slug}/export/html`} download>
            {t("library.item.exportHtml")}
          </a>
          <a href={`/bibliotheek/${item.slug}/export/md`} download>
            {t("library.item.exportMarkdown")}
          </a>
        </nav>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {item.kind === "PRAKTIJKCASE" ? (
            <>
              <p className="mb-4 font-semibold">
                {item.anonymous ? t("library.item.anonymousOrganisation") : item.organisationName}
                {region ? ` · ${region}` : ""}
              </p>
              {item.challenge ? (
                <Section title={t("library.fields.challenge")}>
                  <p className="whitespace-pre-line" lang={lang}>
                    {item.challenge}
                  </p>
                </Section>
              ) : null}
              {item.approach ? (
                <Section title={t("library.fields.approach")}>
                  <p className="whitespace-pre-line" lang={lang}>
                    {item.approach}
                  </p>
                </Section>
              ) : null}
              {item.results ? (
                <Section title={t("library.fields.results")}>
                  <p className="whitespace-pre-line" lang={lang}>
                    {item.results}
                  </p>
                  {item.resultsMeasurement ? (
                    <p className="mt-2 text-sm text-ink-700">
                      <span className="font-semibold">{t("library.fields.resultsMeasurement")} </span>
                      <span lang={lang}>{item.resultsMeasurement}</span>
                    </p>
                  ) : null}
                </Section>
              ) : null}
              {item.lessons ? (
                <Section title={t("library.fields.lessons")}>
                  <p className="whitespace-pre-line" lang={lang}>
                    {item.lessons}
                  </p>
                </Section>
              ) : null}
            </>
          ) : null}

          {item.bodyHtml ? (
            <div className="prose-pp mb-6 max-w-3xl" lang={lang} dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
          ) : null}

          {item.kind === "INTERVENTIE" ? (
            <>
              {item.howToStart ? (
                <Section title={t("library.fields.howToStart")}>
                  <p className="whitespace-pre-line" lang={lang}>
                    {item.howToStart}
                  </p>
                </Section>
              ) : null}
              <Section title={t("library.item.evidenceTitle")}>
                <p>
                  <EvidenceBadge level={item.evidenceLevel} />
                </p>
                {item.evidenceLevel ? <p className="mt-1 text-ink-700">{t(`library.evidenceHints.${item.evidenceLevel}`)}</p> : null}
                {item.sourceReferences.length ? (
                  <>
                    <h3 className="mt-3 font-semibold">{t("library.item.sources")}</h3>
                    <ul className="list-disc ps-6" lang={lang}>
                      {item.sourceReferences.map((source) => (
                        <li key={source}>{source}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {item.reviewDate ? (
                  <p className="mt-2 text-sm text-ink-600">
                    {t("library.item.reviewDate", { date: formatDate(item.reviewDate, i18n.language) })}
                  </p>
                ) : null}
              </Section>
            </>
          ) : null}

          {item.kind === "ONDERZOEK" && item.sourceReferences.length ? (
            <Section title={t("library.item.sources")}>
              <ul className="list-disc ps-6" lang={lang}>
                {item.sourceReferences.map((source) => (
                  <li key={source}>{source}</li>
                ))}
              </ul>
            </Section>
          ) : null}

          {item.externalUrl ? (
            <p className="mb-6">
              <a href={item.externalUrl} rel="noopener noreferrer nofollow" className="print-url font-semibold">
                {t("library.item.moreLink")}
              </a>
              {item.publisher ? (
                <span className="text-ink-700">
                  {" · "}
                  <Dutch text={item.publisher} />
                </span>
              ) : null}
              {item.publicationYear ? <span className="text-ink-700"> ({item.publicationYear})</span> : null}
            </p>
          ) : null}

          {item.document ? (
            <Section title={t("library.item.document")}>
              {item.document.readable ? (
                <p>
                  <Link to={item.document.url} className="font-semibold">
                    {item.document.title}
                  </Link>
                  <span className="text-ink-700">
                    {" "}
                    · <Sentence k="library.item.documentIn" dutch={{ community: item.document.community }} />
                  </span>
                </p>
              ) : (
                <p className="text-ink-700">
                  {item.document.community ? (
                    <Sentence k="library.item.documentMembersOnly" dutch={{ community: item.document.community }} />
                  ) : (
                    t("library.item.documentClosedCommunity")
                  )}
                </p>
              )}
            </Section>
          ) : null}

          <Section title={t("library.item.attachments")}>
            {item.attachments.length ? (
              <ul className="space-y-2">
                {item.attachments.map((attachment) => (
                  <li key={attachment.id} className="flex flex-wrap items-center gap-3">
                    <a href={`/bibliotheek/bijlage/${attachment.id}`} className="font-semibold" download>
                      {attachment.fileName}
                    </a>
                    <span className="text-sm text-ink-600">{formatFileSize(attachment.size, i18n.language)}</span>
                    {permissions.edit ? (
                      <Form method="post" className="inline print-hidden">
                        <input type="hidden" name="attachmentId" value={attachment.id} />
                        <Button
                          aria-label={withContext(t("library.item.removeAttachment"), attachment.fileName)}
                          name="intent"
                          value="removeAttachment"
                          variant="ghost"
                          size="sm"
                          disabled={busy}
                        >
                          {t("library.item.removeAttachment")}
                        </Button>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-ink-600">{t("library.item.attachmentsEmpty")}</p>
            )}
            {permissions.edit ? (
              <Form
                method="post"
                action={`/bibliotheek/${item.slug}`}
                encType="multipart/form-data"
                noValidate
                className="mt-4 print-hidden"
              >
                <FormKey value={uploadKey} />
                <label htmlFor="attachment-file" className="block font-semibold">
                  {t("library.item.upload")}
                </label>
                <p id="attachment-hint" className="text-sm text-ink-600">
                  {t("library.item.uploadHint", { size: formatFileSize(ATTACHMENT_MAX_BYTES, i18n.language) })}
                </p>
                <input
                  id="attachment-file"
                  name="file"
                  type="file"
                  accept={ATTACHMENT_ACCEPT}
                  aria-describedby={fileError ? "attachment-hint attachment-file-error" : "attachment-hint"}
                  aria-invalid={fileError ? true : undefined}
                  autoFocus={fileAutoFocus}
                  className="mt-1 block"
                  required
                />
                <FieldErrors id="attachment-file-error" errors={fileError ? [fileError] : undefined} />
                <Button size="sm" className="mt-2" disabled={busy}>
                  {t("library.item.uploadButton")}
                </Button>
              </Form>
            ) : null}
          </Section>
        </div>

        <aside className="space-y-6">
          <Card as="section">
            <h2 className="mb-2 text-lg font-bold">{t("library.item.details")}</h2>
            <dl>
              {item.themes.length ? (
                <Fact label={t("library.fields.themes")}>
                  {item.themes.map(({ theme }) => (en ? theme.nameEn : theme.nameNl)).join(", ")}
                </Fact>
              ) : null}
              {item.phases.length ? <Fact label={t("library.fields.phases")}>{labelList(t, "phase", item.phases)}</Fact> : null}
              {item.targetGroups.length ? (
                <Fact label={t("library.fields.targetGroups")}>{labelList(t, "targetGroup", item.targetGroups)}</Fact>
              ) : null}
              {item.sectors.length ? <Fact label={t("library.fields.sectors")}>{labelList(t, "sector", item.sectors)}</Fact> : null}
              {item.organisationSizes.length ? (
                <Fact label={t("library.fields.organisationSizes")}>{labelList(t, "size", item.organisationSizes)}</Fact>
              ) : null}
              {item.costLevel ? (
                <Fact label={t("library.fields.costLevel")}>
                  {t(`library.costs.${item.costLevel}`)}
                  {item.effort ? (
                    <>
                      {" · "}
                      <span lang={lang}>{item.effort}</span>
                    </>
                  ) : null}
                </Fact>
              ) : null}
              {item.contact ? (
                <Fact label={t("library.fields.contact")}>
                  <span lang={lang}>{item.contact}</span>
                </Fact>
              ) : null}
              {item.kind === "PRAKTIJKCASE" && item.contactOptIn && item.author ? (
                <Fact label={t("library.item.contactPersonLabel")}>
                  <Link to={`/leden/${item.author.id}`}>{item.author.displayName}</Link>
                </Fact>
              ) : null}
              {item.tags.length ? (
                <Fact label={t("library.fields.tags")}>
                  <ul className="flex flex-wrap gap-2">
                    {item.tags.map((tag) => (
                      <li key={tag}>
                        <Link to={`/bibliotheek?tag=${encodeURIComponent(tag)}`}>{tag}</Link>
                      </li>
                    ))}
                  </ul>
                </Fact>
              ) : null}
            </dl>
          </Card>

          {permissions.reviewChange && proposal ? (
            <ProposedChangeReview proposal={proposal} busy={busy} returnError={errorFor("returnChange")} />
          ) : null}

          {permissions.edit || permissions.proposeChange || transitions.length || permissions.return || permissions.delete ? (
            <Card as="section" className="print-hidden">
              <h2 className="mb-3 text-lg font-bold">{t("library.item.actions")}</h2>
              <FormError error={topError} />
              <div className="flex flex-col gap-2">
                {permissions.edit ? (
                  <LinkButton to={`/bibliotheek/${item.slug}/bewerken`} variant="secondary">
                    {t("library.item.edit")}
                  </LinkButton>
                ) : null}
                {permissions.proposeChange ? (
                  <LinkButton to={`/bibliotheek/${item.slug}/bewerken`} variant="secondary">
                    {proposal ? t("library.proposal.adjust") : t("library.proposal.propose")}
                  </LinkButton>
                ) : null}
                {permissions.proposeChange && proposal ? (
                  <Form method="post">
                    <Button name="intent" value="withdrawChange" variant="ghost" className="w-full" disabled={busy}>
                      {t("library.proposal.withdraw")}
                    </Button>
                  </Form>
                ) : null}
                {transitions.map((name) => (
                  <Form method="post" key={name}>
                    <Button
                      name="intent"
                      value={name}
                      variant={name === "archive" ? "danger" : name === "publish" || name === "submit" ? "primary" : "secondary"}
                      className="w-full"
                      disabled={busy}
                    >
                      {t(`library.transitions.${name}`)}
                    </Button>
                  </Form>
                ))}
              </div>
              {permissions.return ? (
                <OneFieldForm
                  intent="return"
                  id="return-comment"
                  name="comment"
                  label={t("library.item.returnComment")}
                  hint={t("library.item.returnCommentHint")}
                  submit={t("library.transitions.return")}
                  error={errorFor("return")}
                  busy={busy}
                />
              ) : null}
              {permissions.delete ? (
                <Form
                  method="post"
                  className="mt-4"
                  onSubmit={(event) => {
                    if (!window.confirm(t("library.item.deleteConfirm"))) event.preventDefault();
                  }}
                >
                  <Button name="intent" value="delete" variant="danger" size="sm" disabled={busy}>
                    {t("library.item.deleteButton")}
                  </Button>
                </Form>
              ) : null}
            </Card>
          ) : null}

          {permissions.curate ? (
            <Card as="section" className="print-hidden">
              <h2 className="mb-3 text-lg font-bold">{t("library.item.curation")}</h2>
              <Form method="post">
                {item.kind === "INTERVENTIE" ? (
                  <div className="mb-3">
                    <label htmlFor="evidenceLevel" className="block font-semibold">
                      {t("library.fields.evidenceLevel")}
                    </label>
                    <select
                      id="evidenceLevel"
                      name="evidenceLevel"
                      defaultValue={item.evidenceLevel ?? ""}
                      className="mt-1 block w-full rounded-md border border-ink-600 bg-white px-3 py-2"
                    >
                      <option value="">{t("library.evidenceNone")}</option>
                      {EVIDENCE_LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {t(`library.evidence.${level}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : (
                  <input type="hidden" name="evidenceLevel" value={item.evidenceLevel ?? ""} />
                )}
                <PlainField
                  id="reviewDate"
                  label={t("library.fields.reviewDate")}
                  hint={t("library.fields.reviewDateHint")}
                  errors={dateError ? [dateError] : undefined}
                  className="mb-3"
                >
                  <input
                    name="reviewDate"
                    type="date"
                    key={typedDate ?? "stored"}
                    defaultValue={typedDate ?? (item.reviewDate ? new Date(item.reviewDate).toISOString().slice(0, 10) : "")}
                    autoFocus={dateAutoFocus}
                    {...plainControlProps("reviewDate", { hint: true, errors: dateError ? [dateError] : undefined })}
                  />
                </PlainField>
                <label className="mb-2 flex items-start gap-2">
                  <input type="checkbox" name="featured" defaultChecked={item.featured} className="mt-1 h-4 w-4 accent-brand-700" />
                  <span>{t("library.fields.featured")}</span>
                </label>
                <label className="mb-3 flex items-start gap-2">
                  <input type="checkbox" name="goodExample" defaultChecked={item.goodExample} className="mt-1 h-4 w-4 accent-brand-700" />
                  <span>{t("library.fields.goodExample")}</span>
                </label>
                <Button name="intent" value="curate" size="sm" disabled={busy}>
                  {t("library.item.curationSave")}
                </Button>
              </Form>
              {permissions.merge ? (
                <div className="mt-6 border-t border-line pt-4">
                  <h3 className="font-semibold">{t("library.item.merge")}</h3>
                  <OneFieldForm
                    intent="merge"
                    id="merge-target"
                    name="target"
                    label={t("library.item.mergeTarget")}
                    hint={t("library.item.mergeHint")}
                    submit={t("library.item.mergeButton")}
                    error={errorFor("merge")}
                    busy={busy}
                    multiline={false}
                  />
                </div>
              ) : null}
            </Card>
          ) : null}

          {permissions.seeHistory && revisions.length ? (
            <Card as="section" className="print-hidden">
              <h2 className="mb-2 text-lg font-bold">{t("library.item.history")}</h2>
              <ol className="space-y-2 text-sm">
                {revisions.map((revision) => {
                  const fields = changedFieldLabels(t, revision.changes);
                  const file = revision.changes.attachment;
                  return (
                    <li key={revision.id}>
                      <p className="font-semibold">{tKey(t, `library.revisions.${revision.action}`)}</p>
                      <p className="text-ink-600">
                        {t("library.revisions.byOn", {
                          name: revision.actor?.displayName ?? t("library.revisions.unknownActor"),
                          date: formatDate(revision.createdAt, i18n.language, { dateStyle: "medium", timeStyle: "short" }),
                        })}
                      </p>
                      {fields.length ? (
                        <p className="text-ink-700">{t("library.item.historyChanged", { fields: fields.join(", ") })}</p>
                      ) : null}
                      {file ? <p className="text-ink-700 [overflow-wrap:anywhere]">{String(file.to ?? file.from ?? "")}</p> : null}
                      {revision.comment ? (
                        <p className="whitespace-pre-line border-l-4 border-brand-200 pl-2 text-ink-700">{revision.comment}</p>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </Card>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
