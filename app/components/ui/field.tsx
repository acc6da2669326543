import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { cn } from "~/utils/cn.ts";
import { tKey } from "~/utils/i18n.ts";

const control =
  "mt-1 block w-full rounded-md border border-ink-600 bg-white px-3 py-2 text-base text-ink-900 aria-[invalid=true]:border-danger-700 aria-[invalid=true]:border-2";

type Common = { label: ReactNode; hint?: ReactNode; className?: string; optional?: boolean };

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div id={id} className="mt-1 text-sm font-semibold text-danger-700">
      {errors.map((error) => (
        <p key={error}>{tKey(t, error)}</p>
      ))}
    </div>
  );
}

function Label({ htmlFor, children, optional }: { htmlFor: string; children: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={htmlFor} className="block font-semibold text-ink-900">
      {children}
      {optional ? <span className="ms-1 font-normal text-ink-600">({t("common.optional")})</span> : null}
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

function describedBy(field: FieldMetadata<unknown>, hint: ReactNode | undefined) {
  return [hint ? field.descriptionId : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  field,
  label,
  hint,
  className,
  optional,
  type = "text",
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
  return (
    <div className={cn("mb-4", className)}>
      <Label htmlFor={field.id} optional={optional}>
        {label}
      </Label>
      <Hint id={field.descriptionId}>{hint}</Hint>
      <input
        {...props}
        {...rest}
        className={control}
        aria-describedby={describedBy(field as FieldMetadata<unknown>, hint)}
        key={props.key}
      />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
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
  return (
    <div className={cn("mb-4", className)}>
      <Label htmlFor={field.id} optional={optional}>
        {label}
      </Label>
      <Hint id={field.descriptionId}>{hint}</Hint>
      <textarea
        {...props}
        rows={rows}
        className={control}
        aria-describedby={describedBy(field as FieldMetadata<unknown>, hint)}
        key={props.key}
      />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
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
}: Common & { field: FieldMetadata<string | null | undefined>; options: { value: string; label: string }[]; placeholder?: string }) {
  const { t } = useTranslation();
  const selectProps = getSelectProps(field as FieldMetadata<string>);
  // A required select must start with an empty placeholder option (HTML); one
  // without a placeholder always has a valid choice, so `required` adds nothing.
  const props = placeholder === undefined ? { ...selectProps, required: undefined } : selectProps;
  return (
    <div className={cn("mb-4", className)}>
      <Label htmlFor={field.id} optional={optional}>
        {label}
      </Label>
      <Hint id={field.descriptionId}>{hint}</Hint>
      <select {...props} className={control} aria-describedby={describedBy(field as FieldMetadata<unknown>, hint)} key={props.key}>
        {placeholder !== undefined ? <option value="">{placeholder || t("common.choose")}</option> : null}
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

export function CheckboxField({ field, label, hint, className }: Common & { field: FieldMetadata<boolean | string | null | undefined> }) {
  const props = getInputProps(field as FieldMetadata<string>, { type: "checkbox" });
  return (
    <div className={cn("mb-3", className)}>
      <div className="flex items-start gap-3">
        <input
          {...props}
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
  options: { value: string; label: string }[];
  anyLabel: string;
}) {
  return (
    <div className="mb-3">
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
