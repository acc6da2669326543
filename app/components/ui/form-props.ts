/**
 * conform's form props, always with `noValidate` (decision 242). Without it
 * the browser checks `required`, `minLength` and `pattern` itself and shows
 * its own bubble, in its own words, instead of our message at the field.
 * conform 1.x renders `noValidate` by default (`defaultNoValidate`); this says
 * it for every form rather than relying on that option. With `noValidate` the
 * attributes still tell assistive technology what a field needs, and the
 * server (the same zod schema) answers with the field error.
 * Plain forms with such attributes take `noValidate` by hand;
 * tests/unit/forms-novalidate.test.ts fails for a form that does not.
 */
import { type FormMetadata, getFormProps } from "@conform-to/react";

export function formProps<Schema extends Record<string, unknown>, FormError>(form: FormMetadata<Schema, FormError>) {
  return { ...getFormProps(form), noValidate: true };
}

/**
 * When conform checks a form in the browser (decision 288): first when it is sent, then each field
 * again as it is typed in. Never on blur: an error that appears when a field loses focus pushes the
 * submit button down between mouse-down and mouse-up (the field loses focus on mouse-down), and the
 * click falls beside it, so the form seemed not to send. conform's and react-hook-form's defaults,
 * and the GOV.UK Design System's advice. Revalidating on input makes a corrected message go while
 * typing, before the next click. tests/unit/forms-novalidate.test.ts fails for a form without it.
 */
export const validateOnSubmit = { shouldValidate: "onSubmit", shouldRevalidate: "onInput" } as const;
