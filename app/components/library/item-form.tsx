import { Sentence } from "~/components/ui/content.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import { type FieldMetadata, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { RichTextEditor } from "~/components/editor/rich-text-editor.tsx";
import { Button } from "~/components/ui/button.tsx";
import { CheckboxField, FieldErrors, OptionalMark, TextareaField, TextField, useInvalidAutofocus } from "~/components/ui/field.tsx";
import { FormError, Notice } from "~/components/ui/misc.tsx";
import { libraryItemSchema } from "~/shared/forms/library.ts";
import {
  COST_LEVELS,
  LIBRARY_PHASES,
  LIBRARY_SECTORS,
  LIBRARY_SIZES,
  LIBRARY_TARGET_GROUPS,
  type LibraryKindValue,
  SUMMARY_MAX,
} from "~/shared/library.ts";
import { REGIONS } from "~/shared/regions.ts";
import { tKey } from "~/utils/i18n.ts";
import type { ThemeOption } from "./facet-filters.tsx";

const control = "mt-1 block w-full rounded-md border border-ink-600 bg-white px-3 py-2 text-base text-ink-900";

export type ItemFormDefaults = Partial<Record<string, string | string[] | boolean | number | null>>;

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string" && value) return [value];
  return [];
}

/** A group of checkboxes for a multi-valued field, as a fieldset with a legend. */
function CheckboxGroup({
  field,
  legend,
  options,
  hint,
}: {
  field: FieldMetadata<unknown>;
  legend: string;
  options: { value: string; label: string }[];
  hint?: string;
}) {
  const selected = asList(field.initialValue);
  const hintId = `${field.id}-hint`;
  // Without JavaScript a refused form comes back as a new page: the first box of a wrong group takes
  // focus when it is the first wrong field, in document order with the others (walk 16).
  const autoFocus = useInvalidAutofocus(field.id, !!field.errors?.length);
  return (
    <fieldset
      className="mb-4"
      aria-describedby={[hint ? hintId : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined}
    >
      <legend className="font-semibold text-ink-900">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((option, index) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              autoFocus={index === 0 ? autoFocus : undefined}
              name={field.name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}

/** A plain select for one value of a field (also for an array field that takes one value here). */
function SingleSelect({
  field,
  label,
  options,
  optional,
  prompt,
}: {
  field: FieldMetadata<unknown>;
  label: string;
  options: { value: string; label: string }[];
  optional?: boolean;
  /** A required choice: the empty option asks for one ("Kies een sector") instead of offering "Geen keuze". */
  prompt?: string;
}) {
  const { t } = useTranslation();
  const selected = asList(field.initialValue)[0] ?? "";
  const autoFocus = useInvalidAutofocus(field.id, !!field.errors?.length);
  return (
    <div className="mb-4">
      <label htmlFor={field.id} className="block font-semibold text-ink-900">
        {label}
        {optional ? <OptionalMark /> : null}
      </label>
      <select
        id={field.id}
        autoFocus={autoFocus}
        name={field.name}
        defaultValue={selected}
        className={control}
        required={prompt !== undefined}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={field.errors?.length ? field.errorId : undefined}
      >
        <option value="">{prompt ?? t("library.fields.none")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function LibraryItemForm({
  kind,
  themes,
  defaults,
  lastResult,
  bodyError,
  formError,
  initialBodyJson,
  initialBodyText,
  communityId,
  communityName,
  communityOptions,
  documentOptions,
  mode,
  canSubmit,
  busy,
  children,
}: {
  kind: LibraryKindValue;
  themes: ThemeOption[];
  defaults: ItemFormDefaults;
  lastResult?: SubmissionResult<string[]> | null;
  bodyError?: string | null;
  formError?: string | null;
  initialBodyJson?: string | null;
  initialBodyText?: string;
  communityId?: string | null;
  communityName?: string | null;
  /** Communities the author may share from, when none was chosen yet (new items). */
  communityOptions?: { id: string; name: string }[];
  /** Handreiking: shared documents the author may link (of communities they can read). */
  documentOptions?: { id: string; label: string }[];
  /** "propose": the author of a published item proposes a change for review (decision 102). */
  mode: "new" | "edit" | "propose";
  canSubmit: boolean;
  busy: boolean;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  const [form, fields] = useForm({
    id: "library-item",
    lastResult: lastResult ?? undefined,
    constraint: getZodConstraint(libraryItemSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: libraryItemSchema }),
    defaultValue: { ...defaults, kind },
  });
  const f = fields as unknown as Record<string, FieldMetadata<unknown>>;
  const text = (name: string) => f[name] as FieldMetadata<string | null | undefined>;
  const options = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: tKey(t, `${group}.${value}`) }));
  const isCase = kind === "PRAKTIJKCASE";
  const bodyLabel =
    kind === "VEELGESTELDE_VRAAG" ? t("library.fields.bodyFaq") : isCase ? t("library.fields.bodyCase") : t("library.fields.body");

  return (
    <Form method="post" {...formProps(form)} className="max-w-3xl">
      <FormKey />
      <FormError error={formError ?? (form.errors?.length ? "errors.invalidRequest" : null)} />
      {communityName ? <Notice tone="info">{<Sentence k="library.form.fromCommunity" dutch={{ name: communityName }} />}</Notice> : null}
      <Notice tone="info">{t("library.privacyNote")}</Notice>
      <input type="hidden" name="kind" value={kind} />
      {communityId ? <input type="hidden" name="communityId" value={communityId} /> : null}
      {!communityId && communityOptions?.length ? (
        <SingleSelect
          field={f.communityId!}
          label={t("library.fields.community")}
          options={communityOptions.map((c) => ({ value: c.id, label: c.name }))}
          optional
        />
      ) : null}

      <TextField field={text("title")} label={t("library.fields.title")} hint={t("library.fields.titleHint")} />
      <TextareaField
        field={text("summary")}
        label={t("library.fields.summary")}
        hint={t("library.fields.summaryHint", { max: SUMMARY_MAX })}
        rows={3}
      />
      <CheckboxGroup
        field={f.themes!}
        legend={t("library.fields.themes")}
        hint={t("library.fields.themesHint")}
        options={themes.map((theme) => ({ value: theme.slug, label: en ? theme.nameEn : theme.nameNl }))}
      />

      {isCase ? (
        <>
          <TextField field={text("organisationName")} label={t("library.fields.organisationName")} />
          <CheckboxField field={f.anonymous as FieldMetadata<boolean>} label={t("library.fields.anonymous")} />
          <SingleSelect
            field={f.sectors!}
            label={t("library.fields.sectorsCase")}
            options={options("library.sectors", LIBRARY_SECTORS)}
            prompt={t("library.fields.chooseSector")}
          />
          <SingleSelect
            field={f.organisationSizes!}
            label={t("library.fields.organisationSizesCase")}
            options={options("library.sizes", LIBRARY_SIZES)}
            prompt={t("library.fields.chooseSize")}
          />
          <SingleSelect
            field={f.region!}
            label={t("library.fields.region")}
            options={REGIONS.map(([value, label]) => ({ value, label }))}
            optional
          />
          <TextareaField
            field={text("challenge")}
            label={t("library.fields.challenge")}
            hint={t("library.fields.challengeHint")}
            rows={4}
          />
          <TextareaField field={text("approach")} label={t("library.fields.approach")} hint={t("library.fields.approachHint")} rows={6} />
          <TextareaField
            field={text("results")}
            label={t("library.fields.results")}
            hint={t("library.fields.resultsHint")}
            rows={4}
            optional
          />
          <TextareaField field={text("resultsMeasurement")} label={t("library.fields.resultsMeasurement")} rows={2} optional />
          <TextareaField field={text("lessons")} label={t("library.fields.lessons")} rows={4} optional />
        </>
      ) : null}

      <div className="mb-4">
        <p id="body-label" className="font-semibold text-ink-900">
          {bodyLabel}
          {isCase ? <OptionalMark /> : null}
        </p>
        <p id="body-hint" className="mb-1 text-sm text-ink-600">
          {t("library.fields.bodyHint")}
        </p>
        <RichTextEditor
          name="body"
          id="body"
          labelId="body-label"
          describedBy={bodyError ? "body-hint body-error" : "body-hint"}
          variant="article"
          initialJson={initialBodyJson}
          initialText={initialBodyText}
          invalid={Boolean(bodyError)}
          rows={8}
        />
        <FieldErrors id="body-error" errors={bodyError ? [bodyError] : undefined} />
      </div>

      {kind === "INTERVENTIE" || isCase || kind === "HANDREIKING" ? (
        <>
          <CheckboxGroup field={f.phases!} legend={t("library.fields.phases")} options={options("library.phases", LIBRARY_PHASES)} />
          <CheckboxGroup
            field={f.targetGroups!}
            legend={t("library.fields.targetGroups")}
            options={options("library.targetGroups", LIBRARY_TARGET_GROUPS)}
          />
        </>
      ) : null}

      {kind === "INTERVENTIE" ? (
        <>
          <CheckboxGroup field={f.sectors!} legend={t("library.fields.sectors")} options={options("library.sectors", LIBRARY_SECTORS)} />
          <CheckboxGroup
            field={f.organisationSizes!}
            legend={t("library.fields.organisationSizes")}
            options={options("library.sizes", LIBRARY_SIZES)}
          />
          <SingleSelect
            field={f.costLevel!}
            label={t("library.fields.costLevel")}
            options={options("library.costs", COST_LEVELS)}
            optional
          />
          <TextField field={text("effort")} label={t("library.fields.effort")} hint={t("library.fields.effortHint")} optional />
          <TextareaField field={text("howToStart")} label={t("library.fields.howToStart")} rows={4} optional />
          <TextField field={text("contact")} label={t("library.fields.contact")} hint={t("library.fields.contactHint")} optional />
        </>
      ) : null}

      {kind === "HANDREIKING" || kind === "ONDERZOEK" ? (
        <>
          <TextField
            field={text("externalUrl")}
            type="url"
            label={kind === "ONDERZOEK" ? t("library.fields.externalUrlStudy") : t("library.fields.externalUrl")}
            optional={kind !== "ONDERZOEK"}
          />
          <TextField field={text("publisher")} label={t("library.fields.publisher")} optional />
        </>
      ) : null}
      {kind === "HANDREIKING" && documentOptions?.length ? (
        <SingleSelect
          field={f.documentId!}
          label={t("library.fields.document")}
          options={documentOptions.map((d) => ({ value: d.id, label: d.label }))}
          optional
        />
      ) : null}
      {kind === "ONDERZOEK" ? (
        <TextField field={text("publicationYear")} type="number" label={t("library.fields.publicationYear")} optional />
      ) : null}
      {kind === "INTERVENTIE" || kind === "ONDERZOEK" ? (
        <TextareaField
          field={text("sourceReferences")}
          label={t("library.fields.sourceReferences")}
          hint={t("library.fields.sourceReferencesHint")}
          rows={4}
          optional
        />
      ) : null}

      <TextField field={text("tags")} label={t("library.fields.tags")} hint={t("library.fields.tagsHint")} optional />
      {isCase ? <CheckboxField field={f.contactOptIn as FieldMetadata<boolean>} label={t("library.fields.contactOptIn")} /> : null}
      <CheckboxField field={f.publicOnWeb as FieldMetadata<boolean>} label={t("library.fields.publicOnWeb")} />

      {children}

      <p className="mb-3 text-ink-700">{mode === "propose" ? t("library.proposal.proposeIntro") : t("library.form.reviewNote")}</p>
      <div className="flex flex-wrap gap-3">
        {mode === "new" ? (
          <>
            <Button name="intent" value="submit" disabled={busy}>
              {t("library.form.submit")}
            </Button>
            <Button name="intent" value="draft" variant="secondary" disabled={busy}>
              {t("library.form.saveDraft")}
            </Button>
          </>
        ) : mode === "propose" ? (
          <Button name="intent" value="propose" disabled={busy}>
            {t("library.proposal.submit")}
          </Button>
        ) : (
          <>
            <Button name="intent" value="save" disabled={busy}>
              {t("library.form.save")}
            </Button>
            {canSubmit ? (
              <Button name="intent" value="submit" variant="secondary" disabled={busy}>
                {t("library.form.submit")}
              </Button>
            ) : null}
          </>
        )}
      </div>
    </Form>
  );
}

/** The form's starting values from a stored item. */
export function defaultsFromItem(
  item: Record<string, unknown> & { themes: { theme: { slug: string } }[]; tags: string[]; sourceReferences: string[] },
): ItemFormDefaults {
  const value = (key: string) => {
    const v = item[key];
    return v === null || v === undefined ? undefined : (v as string | string[] | boolean | number);
  };
  return {
    title: value("title"),
    summary: value("summary"),
    themes: item.themes.map((t) => t.theme.slug),
    tags: item.tags.join(", "),
    phases: value("phases"),
    targetGroups: value("targetGroups"),
    sectors: value("sectors"),
    organisationSizes: value("organisationSizes"),
    sourceReferences: item.sourceReferences.join("\n"),
    costLevel: value("costLevel"),
    effort: value("effort"),
    howToStart: value("howToStart"),
    contact: value("contact"),
    organisationName: value("organisationName"),
    anonymous: item.anonymous === true ? "on" : undefined,
    region: value("region"),
    challenge: value("challenge"),
    approach: value("approach"),
    results: value("results"),
    resultsMeasurement: value("resultsMeasurement"),
    lessons: value("lessons"),
    contactOptIn: item.contactOptIn === true ? "on" : undefined,
    externalUrl: value("externalUrl"),
    publisher: value("publisher"),
    publicationYear: item.publicationYear ? String(item.publicationYear) : undefined,
    documentId: value("documentId"),
    publicOnWeb: item.publicOnWeb === true ? "on" : undefined,
  };
}
