/**
 * Errors the domain throws for the edge (HTTP, sockets, workers) to turn into
 * a 4xx, a form message or an error event. Anything else is a bug and a 500.
 *
 * The contract (decision 141): a command that refuses throws an AppError; it
 * never returns `{ ok: false }`. The error carries
 * - `status`: the HTTP status the edge answers with;
 * - `code`: the i18n key of the message (`communities.errors.alreadyMember`),
 *   stable and machine-readable; `message` is the same key (for logs);
 * - `field`: the form field the refusal is about (`email`), when there is one,
 *   so the form shows it next to that field without the route knowing the code;
 * - `details.retryAfterMs` for a rate limit;
 * - `details.params` for a message with placeholders ("suspended until {{until}}").
 * Routes never catch it themselves: `orRespond`/`orFormError` in
 * app/.server/errors.ts are the only places that look at it.
 */
export type AppErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429;

export type AppErrorDetails = { field?: string; retryAfterMs?: number; params?: Record<string, string | number> } & Record<string, unknown>;

export class AppError extends Error {
  /** The i18n key of the message: what went wrong, stable for clients and tests. */
  readonly code: string;
  /** The form field this is about, if any. */
  readonly field: string | undefined;

  constructor(
    readonly status: AppErrorStatus,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = message;
    this.field = typeof details.field === "string" ? details.field : undefined;
  }
}

export const notFound = (message = "errors.notFound") => new AppError(404, message);
export const forbidden = (message = "errors.forbidden") => new AppError(403, message);
export const badInput = (message: string, details: AppErrorDetails = {}) => new AppError(422, message, details);
export const conflict = (message: string, details: AppErrorDetails = {}) => new AppError(409, message, details);
/** A refusal about one form field: `throw fieldError("email", "errors.emailTaken", 409)`. */
export const fieldError = (field: string, message: string, status: AppErrorStatus = 422) => new AppError(status, message, { field });
