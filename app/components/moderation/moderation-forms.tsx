/**
 * The moderation queue's forms (issue 14.12): conform with the shared zod
 * schema, so mistakes show as inline Dutch messages beside the field, also
 * without JavaScript (the server's; formProps keeps the browser's own popups
 * away, decision 242).
 * "Hoe lang schorsen?" follows the chosen action once JavaScript runs; without
 * it the field is always there (the server ignores it for other actions).
 * A field the server refused takes the page's one autofocus, so without
 * JavaScript focus is on it and not at the top of the page (walk 18); with
 * JavaScript conform checks before sending and focuses it itself.
 */
import { getCollectionProps, getTextareaProps, getInputProps, getSelectProps, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useEffect, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { Button } from "~/components/ui/button.tsx";
import { FieldErrors, useInvalidAutofocus } from "~/components/ui/field.tsx";
import { Dutch } from "~/components/ui/content.tsx";
import { FormError } from "~/components/ui/misc.tsx";
import { MODERATION_REASON_MAX, moderationActionSchema, type ModerationActionValue, SUSPENSION_DAYS } from "~/shared/moderation.ts";

const control =
  "mt-1 block w-full rounded-md border border-ink-600 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger-700";

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function ReportActionForm({
  reportId,
  actions,
  lastResult,
  busy,
}: {
  reportId: string;
  actions: readonly ModerationActionValue[];
  lastResult?: SubmissionResult<string[]> | null;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const [form, fields] = useForm({
    id: `report-${reportId}`,
    lastResult: lastResult ?? undefined,
    constraint: getZodConstraint(moderationActionSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moderationActionSchema }),
    defaultValue: { reportId, action: actions[0], days: "7" },
  });
  const chosen = typeof fields.action.value === "string" ? fields.action.value : actions[0];
  const showDays = actions.includes("SUSPEND") && (!hydrated || chosen === "SUSPEND");
  const reasonProps = getTextareaProps(fields.reason);
  // Claimed in document order: the first refused field of the page gets focus.
  const actionFocus = useInvalidAutofocus(fields.action.id, Boolean(fields.action.errors?.length));
  const daysFocus = useInvalidAutofocus(fields.days.id, showDays && Boolean(fields.days.errors?.length));
  const reasonFocus = useInvalidAutofocus(fields.reason.id, Boolean(fields.reason.errors?.length));
  return (
    <Form method="post" {...formProps(form)} className="mt-4 border-t border-line pt-4">
      <FormError error={form.errors?.[0] ?? null} />
      <input type="hidden" name="reportId" value={reportId} />
      <fieldset aria-describedby={fields.action.errors?.length ? fields.action.errorId : undefined}>
        <legend className="font-semibold">{t("moderation.queue.actionLabel")}</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {getCollectionProps(fields.action, { type: "radio", options: [...actions] }).map((props, index) => (
            <label key={props.key} className="flex items-center gap-2">
              <input {...props} key={props.key} autoFocus={index === 0 ? actionFocus : undefined} className="h-5 w-5 shrink-0" />
              {t(`moderation.actions.${props.value as ModerationActionValue}`)}
            </label>
          ))}
        </div>
        <FieldErrors id={fields.action.errorId} errors={fields.action.errors} />
      </fieldset>
      {showDays ? (
        <div className="mt-3">
          <label htmlFor={fields.days.id} className="block font-semibold">
            {t("moderation.queue.days")}
          </label>
          <select {...getSelectProps(fields.days)} key={fields.days.key} autoFocus={daysFocus} className={`${control} w-auto`}>
            {SUSPENSION_DAYS.map((days) => (
              <option key={days} value={days}>
                {t("moderation.queue.daysOption", { count: days })}
              </option>
            ))}
          </select>
          <FieldErrors id={fields.days.errorId} errors={fields.days.errors} />
        </div>
      ) : null}
      <div className="mt-3">
        <label htmlFor={fields.reason.id} className="block font-semibold">
          {t("moderation.queue.actionReason")}
        </label>
        <textarea
          {...reasonProps}
          key={reasonProps.key}
          autoFocus={reasonFocus}
          maxLength={MODERATION_REASON_MAX}
          rows={2}
          className={control}
        />
        <FieldErrors id={fields.reason.errorId} errors={fields.reason.errors} />
      </div>
      <Button type="submit" className="mt-3" disabled={busy}>
        {t("moderation.queue.submit")}
      </Button>
    </Form>
  );
}

export function UnhideForm({
  reportId,
  title,
  lastResult,
  busy,
}: {
  reportId: string;
  title: string;
  lastResult?: SubmissionResult<string[]> | null;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: `unhide-${reportId}`,
    lastResult: lastResult ?? undefined,
    constraint: getZodConstraint(moderationActionSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moderationActionSchema }),
    defaultValue: { reportId, action: "UNHIDE" },
  });
  const reasonProps = getInputProps(fields.reason, { type: "text" });
  const reasonFocus = useInvalidAutofocus(fields.reason.id, Boolean(fields.reason.errors?.length));
  return (
    <Form method="post" {...formProps(form)} className="mt-2">
      <FormError error={form.errors?.[0] ?? null} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="action" value="UNHIDE" />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor={fields.reason.id} className="block font-semibold">
            {t("moderation.queue.unhideReason")}
          </label>
          <input {...reasonProps} key={reasonProps.key} autoFocus={reasonFocus} maxLength={MODERATION_REASON_MAX} className={control} />
        </div>
        {/* The name joins the English verb and the Dutch title, each in its own language (decision 299). */}
        <span id={`unhide-${reportId}-title`} hidden>
          <Dutch text={title} />
        </span>
        <Button
          id={`unhide-${reportId}-button`}
          aria-labelledby={`unhide-${reportId}-button unhide-${reportId}-title`}
          type="submit"
          variant="secondary"
          disabled={busy}
        >
          {t("moderation.queue.unhide")}
        </Button>
      </div>
      <FieldErrors id={fields.reason.errorId} errors={fields.reason.errors} />
    </Form>
  );
}
