import { data } from "@remix-run/node";
import { rateLimitMessage } from "~/shared/messages.ts";
import { AppError } from "~server/errors.ts";

/** True for a domain refusal with this status (routes cannot import AppError from server/). */
export function isAppErrorWithStatus(error: unknown, status: number): boolean {
  return error instanceof AppError && error.status === status;
}

/** The form message for an AppError: a rate limit says when to try again. */
export function errorMessage(error: AppError): string {
  if (error.status === 429 && typeof error.details.retryAfterMs === "number") return rateLimitMessage(error.details.retryAfterMs);
  return error.message;
}

/** The "try again in …" message when `error` is a rate limit, else null (for forms with their own error handling). */
export function rateLimitMessageOf(error: unknown): string | null {
  return error instanceof AppError && error.status === 429 ? errorMessage(error) : null;
}

/** A Retry-After header (seconds) for a rate-limited response. */
export function retryAfterHeaders(error: AppError): Record<string, string> {
  return error.status === 429 && typeof error.details.retryAfterMs === "number" ? { "Retry-After": String(Math.ceil(error.details.retryAfterMs / 1000)) } : {};
}

/**
 * Turns a domain AppError into a Remix response (thrown, so the route's error
 * boundary shows it) and rethrows anything else. Use around domain calls in
 * loaders: `await orRespond(() => communityPage(user, slug))`.
 */
export async function orRespond<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) throw data({ message: errorMessage(error) }, { status: error.status, headers: retryAfterHeaders(error) });
    throw error;
  }
}

/** For actions: an AppError becomes `{ error }` data the form shows, with the status. */
export async function orFormError<T>(run: () => Promise<T>): Promise<T | ReturnType<typeof data<{ formError: string; field?: string }>>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) {
      if (error.status === 404) throw data({ message: error.message }, { status: 404 });
      const field = typeof error.details.field === "string" ? error.details.field : undefined;
      return data({ formError: errorMessage(error), ...(field ? { field } : {}) }, { status: error.status, headers: retryAfterHeaders(error) });
    }
    throw error;
  }
}

/** A domain refusal as plain data for a conform reply (status, message, field), or null for anything else. */
export function refusalOf(error: unknown): { status: number; message: string; field: string | null } | null {
  if (!(error instanceof AppError)) return null;
  return { status: error.status, message: errorMessage(error), field: typeof error.details.field === "string" ? error.details.field : null };
}
