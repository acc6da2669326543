/**
 * conform's form props, always with `noValidate` (decision 242). conform sets
 * `noValidate` only once React has hydrated, so before that, and on every
 * form without JavaScript, the browser checked the `required`, `minLength`
 * and `pattern` attributes itself and showed its own bubble, in the browser's
 * language and in its own words, instead of our message at the field. With
 * `noValidate` the attributes still tell assistive technology what a field
 * needs, and the server (the same zod schema) answers with the field error.
 * Plain forms with such attributes take `noValidate` by hand;
 * tests/unit/forms-novalidate.test.ts fails for a form that does not.
 */
import { type FormMetadata, getFormProps } from "@conform-to/react";

export function formProps<Schema extends Record<string, unknown>, FormError>(form: FormMetadata<Schema, FormError>) {
  return { ...getFormProps(form), noValidate: true };
}
