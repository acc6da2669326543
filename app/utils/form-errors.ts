/**
 * Reading an action's error answer (`orFormError` in app/.server/errors.ts:
 * `{ formError, field? }`) in a component: the message for one field that is
 * not a conform field (the rich-text body), and the form-wide rest.
 */
type Answer = unknown;

function parts(answer: Answer): { message: string | null; field: string | null } {
  if (typeof answer !== "object" || answer === null || !("formError" in answer)) return { message: null, field: null };
  const { formError, field } = answer as { formError?: unknown; field?: unknown };
  return { message: typeof formError === "string" ? formError : null, field: typeof field === "string" ? field : null };
}

/** The error message for `field`, if the answer names it. */
export function fieldErrorOf(answer: Answer, field: string): string | null {
  const { message, field: named } = parts(answer);
  return named === field ? message : null;
}

/** The form-wide error message: none when it belongs to one of `shownAtField` (shown there instead). */
export function formErrorOf(answer: Answer, ...shownAtField: string[]): string | null {
  const { message, field } = parts(answer);
  return field !== null && shownAtField.includes(field) ? null : message;
}
