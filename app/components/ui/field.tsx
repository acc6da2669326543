import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { createContext, type ReactNode, type RefObject, useContext, useEffect, useId, useMemo, useRef } from "react";
import { useLocation } from "@remix-run/react";
import { DutchOption } from "~/components/ui/content.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { cn } from "~/utils/cn.ts";
import { tKey } from "~/utils/i18n.ts";

const control =
  "mt-1 block w-full rounded-md border border-ink-600 bg-white px-3 py-2 text-base text-ink-900 aria-[invalid=true]:border-danger-700 aria-[invalid=true]:border-2";

type Common = { label: ReactNode; hint?: ReactNode; className?: string; optional?: boolean };

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  // Two checks can fail with the same words (an address too long and not an address): said once (walk 13).
  const messages = [...new Set(errors.map((error) => tKey(t, error)))];
  return (
    <div id={id} className="mt-1 text-sm font-semibold text-danger-700">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

/** " (niet verplicht)" after a label, with a real space: Chromium's accessible name glued a margin-only gap (walk9). */
export function OptionalMark() {
  const { t } = useTranslation();
  return (
    <>
      {" "}
      <span className="font-normal text-ink-600">({t("common.optional")})</span>
    </>
  );
}

function Label({ htmlFor, children, optional }: { htmlFor: string; children: ReactNode; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold text-ink-900">
      {children}
      {optional ? <OptionalMark /> : null}
    </label>
  );
}

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="mt-0.5 text-sm text-ink-600">
      {children}
    </p>
  );
}

/**
 * Without JavaScript a form with errors comes back as a new page, where focus would start at the
 * top and a keyboard user tabs through the header to find what to correct. The first field with an
 * error says `autofocus`, and the browser focuses it. HTML allows one `autofocus` per page, so the
 * fields share a claim: the first in document order that wants focus (an error, or its own
 * `autoFocus`) owns it; the claim starts afresh on every page (location). With JavaScript conform
 * moves focus to the first invalid field itself; React focuses only on mount, so a field that turns
 * invalid later (checked on blur) does not pull focus.
 */
const AutofocusClaim = createContext<{ owner: string | null } | null>(null);

export function AutofocusScope({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new claim for every page
  const claim = useMemo(() => ({ owner: null as string | null }), [key]);
  return <AutofocusClaim.Provider value={claim}>{children}</AutofocusClaim.Provider>;
}

function useClaim(id: string, wants: boolean): true | undefined {
  const claim = useContext(AutofocusClaim);
  if (!wants) return undefined;
  if (!claim) return true;
  // Idempotent per owner: a re-render of the owner keeps it; nobody else takes it.
  if (claim.owner === null) claim.owner = id;
  return claim.owner === id ? true : undefined;
}

/**
 * The page's one autofocus for a control that is not a conform field (the rich-text editor's
 * no-JavaScript textarea): it claims focus when it has an error, in document order with the rest.
 */
export function useInvalidAutofocus(id: string, invalid: boolean): true | undefined {
  return useClaim(id, invalid);
}

/**
 * useInvalidAutofocus, and with JavaScript too: a hand-made control outside conform (a review
 * comment, an answer to an invitation) whose error came back from the server takes focus, as
 * conform's fields do, when focus is still in the form it was sent from (or was lost).
 */
export function useInvalidFocus(id: string, invalid: boolean): true | undefined {
  const autoFocus = useClaim(id, invalid);
  const { key } = useLocation();
  useEffect(() => {
    const active = document.activeElement;
    if (autoFocus && (!active || active === document.body || active.closest("form"))) document.getElementById(id)?.focus();
  }, [autoFocus, key, id]);
  return autoFocus;
}

function useAutofocus(field: FieldMetadata<unknown>, autoFocus?: boolean): true | undefined {
  return useClaim(field.id, Boolean(autoFocus || field.errors?.length));
}

/**
 * Focus for an error that belongs to the whole form (a wrong password, a refused upload): the
 * alert itself takes it (tabindex -1), so a keyboard or screen-reader user hears that the form
 * was not accepted and continues from there (decision 231). It shares the page's one autofocus
 * with the fields: an alert above the fields comes first. Without JavaScript the browser focuses
 * it (`autofocus`); with JavaScript the page does not reload, and React does not focus a
 * non-form element on mount, so an effect moves focus when the error appears or comes again
 * (a new location: the same wrong password twice).
 */
export function useErrorFocus(hasError: boolean): {
  ref: RefObject<HTMLDivElement>;
  autoFocus: true | undefined;
  tabIndex: -1 | undefined;
} {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const { key } = useLocation();
  const autoFocus = useClaim(id, hasError);
  useEffect(() => {
    const active = document.activeElement;
    // Focus is still where the visitor sent the form from (or was lost when its button was disabled
    // while busy). On hydration of a page the browser already focused, this changes nothing.
    if (autoFocus && ref.current && (!active || active === document.body || active.closest("form"))) ref.current.focus();
  }, [autoFocus, key]);
  return { ref, autoFocus, tabIndex: hasError ? -1 : undefined };
}

function describedBy(field: FieldMetadata<unknown>, hint: ReactNode | undefined) {
  return [hint ? field.descriptionId : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;
}

/** What every labelled control shares: its page-wide autofocus claim, its style and what describes it. */
function useControl(field: FieldMetadata<unknown>, hint: ReactNode | undefined, autoFocus?: boolean) {
  return { autoFocus: useAutofocus(field, autoFocus), className: control, "aria-describedby": describedBy(field, hint) };
}

/** Label, hint, the control and its errors, in that order (the order a screen reader meets them). */
function FieldFrame({
  field,
  label,
  hint,
  className,
  optional,
  children,
}: Common & { field: FieldMetadata<unknown>; children: ReactNode }) {
  return (
    <div className={cn("mb-4", className)}>
      <Label htmlFor={field.id} optional={optional}>
        {label}
      </Label>
      <Hint id={field.descriptionId}>{hint}</Hint>
      {children}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function TextField({
  field,
  label,
  hint,
  className,
  optional,
  type = "text",
  autoFocus,
  ...rest
}: Common & {
  field: FieldMetadata<string | null | undefined>;
  type?: "text" | "email" | "password" | "url" | "search" | "number" | "date" | "datetime-local";
  autoComplete?: string;
  autoFocus?: boolean;
  placeholder?: string;
}) {
  const inputProps = getInputProps(field as FieldMetadata<string>, { type, ariaDescribedBy: undefined });
  // conform marks array fields `multiple`; HTML allows that only on e-mail (and file) inputs.
  const props = type === "email" ? inputProps : { ...inputProps, multiple: undefined };
  const controlProps = useControl(field as FieldMetadata<unknown>, hint, autoFocus);
  return (
    <FieldFrame field={field as FieldMetadata<unknown>} label={label} hint={hint} className={className} optional={optional}>
      <input {...props} {...rest} {...controlProps} key={props.key} />
    </FieldFrame>
  );
}

export function TextareaField({
  field,
  label,
  hint,
  className,
  optional,
  rows = 5,
}: Common & { field: FieldMetadata<string | null | undefined>; rows?: number }) {
  const props = getTextareaProps(field as FieldMetadata<string>);
  const controlProps = useControl(field as FieldMetadata<unknown>, hint);
  return (
    <FieldFrame field={field as FieldMetadata<unknown>} label={label} hint={hint} className={className} optional={optional}>
      <textarea {...props} rows={rows} {...controlProps} key={props.key} />
    </FieldFrame>
  );
}

/** A choice in a select; `dutch` when its label is one of the platform's Dutch names (a region, a community). */
type Option = { value: string; label: string; dutch?: boolean };

function Options({ options }: { options: Option[] }) {
  return options.map((option) =>
    option.dutch ? (
      <DutchOption key={option.value} value={option.value} label={option.label} />
    ) : (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ),
  );
}

export function SelectField({
  field,
  label,
  hint,
  className,
  optional,
  options,
  placeholder,
}: Common & { field: FieldMetadata<string | null | undefined>; options: Option[]; placeholder?: string }) {
  const { t } = useTranslation();
  const selectProps = getSelectProps(field as FieldMetadata<string>);
  // A required select must start with an empty placeholder option (HTML); one
  // without a placeholder always has a valid choice, so `required` adds nothing.
  const props = placeholder === undefined ? { ...selectProps, required: undefined } : selectProps;
  const controlProps = useControl(field as FieldMetadata<unknown>, hint);
  return (
    <FieldFrame field={field as FieldMetadata<unknown>} label={label} hint={hint} className={className} optional={optional}>
      <select {...props} {...controlProps} key={props.key}>
        {placeholder !== undefined ? <option value="">{placeholder || t("common.choose")}</option> : null}
        <Options options={options} />
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ field, label, hint, className }: Common & { field: FieldMetadata<boolean | string | null | undefined> }) {
  const props = getInputProps(field as FieldMetadata<string>, { type: "checkbox" });
  const focus = useAutofocus(field as FieldMetadata<unknown>);
  return (
    <div className={cn("mb-3", className)}>
      <div className="flex items-start gap-3">
        <input
          {...props}
          autoFocus={focus}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          aria-describedby={describedBy(field as FieldMetadata<unknown>, hint)}
          key={props.key}
        />
        <label htmlFor={field.id} className="text-ink-900">
          {label}
        </label>
      </div>
      <Hint id={field.descriptionId}>{hint}</Hint>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** Plain (non-conform) select for GET filter forms. */
export function FilterSelect({
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  name: string;
  label: string;
  value?: string;
  options: Option[];
  anyLabel: string;
}) {
  return (
    <div className="mb-3">
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{anyLabel}</option>
        <Options options={options} />
      </select>
    </div>
  );
}

/** What a control inside a `PlainField` needs: its id, what describes it, whether it is invalid, its style. */
export function plainControlProps(id: string, { hint, errors }: { hint?: ReactNode; errors?: string[] }) {
  const invalid = Boolean(errors?.length);
  return {
    id,
    "aria-describedby": [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") || undefined,
    "aria-invalid": invalid ? true : undefined,
    className: control,
  } as const;
}

/**
 * A field outside conform (a form of several actions, a value only to copy): label, hint, the control
 * and its errors in the order of the conform fields above, with ids taken from `id` (`<id>-hint`,
 * `<id>-error`). Give the control `plainControlProps(id, { hint, errors })`.
 */
export function PlainField({
  id,
  label,
  hint,
  errors,
  className,
  optional,
  children,
}: Common & { id: string; errors?: string[]; children: ReactNode }) {
  return (
    <div className={cn("mb-4", className)}>
      <Label htmlFor={id} optional={optional}>
        {label}
      </Label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** Text to read and copy, not to send: a labelled, read-only text area outside any form. */
export function ReadOnlyTextField({ id, label, hint, value, rows = 5, className }: Common & { id: string; value: string; rows?: number }) {
  return (
    <PlainField id={id} label={label} hint={hint} className={className}>
      <textarea readOnly rows={rows} value={value} {...plainControlProps(id, { hint })} />
    </PlainField>
  );
}
