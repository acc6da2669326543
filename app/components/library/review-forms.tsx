/**
 * Curation forms on a library item that need one piece of text (a comment
 * for the author, the item to merge into) and the review of a proposed change
 * (decision 102). They validate on the server and show the message beside the
 * field, in the page's language, also without JavaScript; `noValidate`
 * keeps the browser's own popups away (issue 14.12).
 */
import { Form, useActionData } from "@remix-run/react";
import { ScrollRegion } from "~/components/ui/misc.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Button } from "~/components/ui/button.tsx";
import { FieldErrors, useInvalidFocus } from "~/components/ui/field.tsx";
import { formatDate } from "~/utils/i18n.ts";
import { changedFieldLabel } from "~/components/library/labels.ts";

const control =
  "mt-1 mb-2 block w-full rounded-md border border-ink-600 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger-700";

export function OneFieldForm({
  intent,
  id,
  name,
  label,
  hint,
  submit,
  error,
  busy,
  multiline = true,
  hidden = {},
  variant = "secondary",
}: {
  intent: string;
  id: string;
  name: string;
  label: string;
  hint?: string;
  submit: string;
  error?: string | null;
  busy: boolean;
  multiline?: boolean;
  hidden?: Record<string, string>;
  variant?: "primary" | "secondary";
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const autoFocus = useInvalidFocus(id, Boolean(error));
  // Without JavaScript the refused form is a new page: what was typed comes back in the answer (`typed`).
  const answer = useActionData<{ typed?: Record<string, string> }>();
  const defaultValue = error ? answer?.typed?.[name] : undefined;
  const props = {
    id,
    name,
    autoFocus,
    defaultValue,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    className: control,
  };
  return (
    <Form method="post" noValidate className="mt-4">
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-600">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea {...props} rows={4} maxLength={2000} /> : <input {...props} maxLength={200} />}
      <FieldErrors id={`${id}-error`} errors={error ? [error] : undefined} />
      <Button name="intent" value={intent} variant={variant} className="w-full" disabled={busy}>
        {submit}
      </Button>
    </Form>
  );
}

export type ProposalView = { proposedAt: string; comment: string | null; changes: Record<string, { from: unknown; to: unknown }> };

/** A moderator's view of a proposed change: what would change, field by field, and the two decisions. */
export function ProposedChangeReview({
  proposal,
  busy,
  returnError,
}: {
  proposal: ProposalView;
  busy: boolean;
  returnError?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const fieldLabel = (field: string) => changedFieldLabel(t, field);
  const show = (value: unknown) => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
      return t("library.proposal.empty");
    if (typeof value === "boolean") return value ? t("library.proposal.yes") : t("library.proposal.no");
    return Array.isArray(value) ? value.join(", ") : String(value);
  };
  return (
    <section aria-labelledby="proposal-heading" className="rounded-lg border-2 border-brand-200 bg-white p-4">
      <h2 id="proposal-heading" className="text-lg font-bold">
        {t("library.proposal.reviewTitle")}
      </h2>
      <p className="mt-1 text-ink-700">
        {t("library.proposal.reviewIntro", {
          date: formatDate(proposal.proposedAt, i18n.language, { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      {proposal.comment ? (
        <div className="mt-2">
          <p className="font-semibold">{t("library.proposal.reviewReturned")}</p>
          <p className="whitespace-pre-line border-l-4 border-brand-200 pl-2 text-ink-700">{proposal.comment}</p>
        </div>
      ) : null}
      <ScrollRegion label={t("library.proposal.reviewTitle")} className="mt-3">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pe-3">
                {t("library.proposal.field")}
              </th>
              <th scope="col" className="py-1 pe-3">
                {t("library.proposal.now")}
              </th>
              <th scope="col" className="py-1">
                {t("library.proposal.proposed")}
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(proposal.changes).map(([field, change]) => (
              <tr key={field} className="border-b border-line/60 align-top">
                <th scope="row" className="py-1 pe-3 font-semibold">
                  {fieldLabel(field)}
                </th>
                <td className="whitespace-pre-line py-1 pe-3 text-ink-700">{show(change.from)}</td>
                <td className="whitespace-pre-line py-1">{show(change.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Form method="post" className="mt-4">
        <input type="hidden" name="proposedAt" value={proposal.proposedAt} />
        <Button name="intent" value="approveChange" className="w-full" disabled={busy}>
          {t("library.proposal.approve")}
        </Button>
      </Form>
      {proposal.comment ? null : (
        <OneFieldForm
          intent="returnChange"
          id="proposal-comment"
          name="comment"
          label={t("library.proposal.returnComment")}
          hint={t("library.proposal.returnHint")}
          submit={t("library.proposal.return")}
          error={returnError}
          busy={busy}
        />
      )}
    </section>
  );
}
