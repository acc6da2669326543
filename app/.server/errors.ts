import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import type { TFunction } from "i18next";
import { translator } from "~/i18n/index.ts";
import { messageWithParams, rateLimitMessage, splitMessage } from "~/shared/messages.ts";
import { KEPT_TEXT_PARAM, redirectWithFlash } from "./flash.ts";
import { getLanguage } from "./language.ts";
import { getUser } from "./session.ts";
import { AppError } from "~server/errors.ts";
import { keepRefusedText } from "~server/discussions/kept-text.ts";

/**
 * The edge of the error contract (decisions 095, 141): commands and queries
 * throw AppError (server/errors.ts); this file is the only place in app/ that
 * recognises one. Loaders wrap domain calls in `orRespond` (a 4xx page),
 * actions in `orFormError` (the form shows the message, at its field when the
 * error names one). Routes never catch AppError themselves (lint).
 */

/** True for a domain refusal with this status (routes cannot import AppError from server/). */
export function isAppErrorWithStatus(error: unknown, status: number): boolean {
  return error instanceof AppError && error.status === status;
}

/** The form message for an AppError: a rate limit says when to try again; placeholders travel with the key. */
function errorMessage(error: AppError): string {
  if (error.status === 429 && error.message === "errors.rateLimited" && typeof error.details.retryAfterMs === "number")
    return rateLimitMessage(error.details.retryAfterMs);
  if (error.details.params) return messageWithParams(error.message, error.details.params);
  return error.message;
}

/** A Retry-After header (seconds) for a rate-limited response. */
function retryAfterHeaders(error: AppError): Record<string, string> {
  return error.status === 429 && typeof error.details.retryAfterMs === "number"
    ? { "Retry-After": String(Math.ceil(error.details.retryAfterMs / 1000)) }
    : {};
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
    if (error instanceof AppError)
      throw data({ message: errorMessage(error) }, { status: error.status, headers: retryAfterHeaders(error) });
    throw error;
  }
}

/**
 * `orRespond` for resource routes (no page: JSON endpoints, downloads, feeds).
 * Remix answers a thrown `data()` from a resource route with a 500 body
 * ("Unexpected Server Error") under the right status, so here an AppError
 * becomes a real Response with the message translated for the request:
 * `{ message, code }` as JSON, or the message as plain text.
 */
export async function orRespondResource<T>(request: Request, run: () => Promise<T>, format: "json" | "text" = "text"): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // In the member's own language (their setting), as their pages are; a language cookie still comes first.
    const tr = translator(await getLanguage(request, (await getUser(request))?.locale)) as TFunction as unknown as (
      key: string,
      options?: object,
    ) => string;
    const { key, params } = splitMessage(errorMessage(error));
    const message = tr(key, params ?? {});
    const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", ...retryAfterHeaders(error) };
    throw format === "json"
      ? Response.json({ message, code: error.code }, { status: error.status, headers })
      : new Response(`${message}\n`, { status: error.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
}

/**
 * Around a removal in an action (a document, a topic, a library item, …):
 * when the thing is not there, what was asked is already true. The usual way
 * to get here is a second removal after the first one went through: a second
 * tab, or the back button and the form sent again. Instead of a bare "Pagina
 * niet gevonden" (from `orFormError`) the member goes where the first removal
 * went (`to`), told it had already been removed. Other refusals (403, 409)
 * stay what they are; where `to` is not readable either its own page says so.
 */
export async function orAlreadyRemoved(to: string, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return redirectWithFlash(to, "errors.alreadyRemoved", { kind: "info" });
    throw error;
  }
}

/**
 * Around a member's own post from a page opened while they were a member (decision 295): when the
 * refusal says they are no longer one, a page without JavaScript cannot show it beside the form (the
 * page itself is closed to them now), so it goes where they can read how to take part again, with
 * the reason as the flash. Other refusals stay what they are. `typed`: the text of the refused post,
 * which that page shows once as text to copy (decision 305).
 */
export async function orNoLongerMember(run: () => Promise<Response>, typed?: { userId: string; text: string }): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === "discussions.errors.noLongerMember" && typeof error.details.to === "string") {
      // What they typed comes back on that page as text to copy, never posted (walk 17).
      const kept = typed ? await keepRefusedText(typed.userId, typed.text) : false;
      return redirectWithFlash(error.details.to, "discussions.errors.noLongerMemberFlash", {
        kind: "error",
        params: { ...error.details.params, ...(kept ? { [KEPT_TEXT_PARAM]: 1 } : {}) },
      });
    }
    throw error;
  }
}

/** A conform submission (only its `reply` is used). */
type Replyable = {
  reply(options?: { fieldErrors?: Record<string, string[]>; formErrors?: string[]; hideFields?: string[] }): SubmissionResult<string[]>;
};

export type FormErrorOptions<Extra extends Record<string, unknown>> = {
  /** The form's conform submission: an error that names a field comes back in `result`, at that field. */
  submission?: Replyable;
  /** The field for errors that name none (a rate limit on a one-field form); without it they are form-wide. */
  defaultField?: string;
  /** Fields whose typed value is not sent back (passwords). */
  hideFields?: string[];
  /** Added to the error answer, e.g. `{ intent }` when a page has several forms. */
  data?: Extra;
};

/** The answer when a submission was given: the conform result, and the form-wide message (null when it is at a field). */
export type FormErrorData<Extra> = Extra & { result: SubmissionResult<string[]>; formError: string | null; field?: string };

/**
 * For actions: runs the command; an AppError becomes the form's answer with
 * its status (and Retry-After for a rate limit):
 * - with a `submission`: `{ result, formError, field? }`, the message at its
 *   field in `result` (formError null), or form-wide in both;
 * - without: `{ formError, field? }`.
 * A 404 is thrown (the error page): there is no form to show it next to.
 */
export async function orFormError<T, Extra extends Record<string, unknown> = Record<never, never>>(
  run: () => Promise<T>,
  options?: FormErrorOptions<Extra> & { submission?: undefined },
): Promise<T | ReturnType<typeof data<Extra & { formError: string; field?: string }>>>;
export async function orFormError<T, Extra extends Record<string, unknown> = Record<never, never>>(
  run: () => Promise<T>,
  options: FormErrorOptions<Extra> & { submission: Replyable },
): Promise<T | ReturnType<typeof data<FormErrorData<Extra>>>>;
export async function orFormError<T, Extra extends Record<string, unknown> = Record<never, never>>(
  run: () => Promise<T>,
  options: FormErrorOptions<Extra> = {},
): Promise<T | ReturnType<typeof data<FormErrorData<Extra>>>> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.status === 404) throw data({ message: error.message }, { status: 404 });
    const message = errorMessage(error);
    const init = { status: error.status, headers: retryAfterHeaders(error) };
    const extra = options.data ?? ({} as Extra);
    const field = error.field ?? options.defaultField;
    if (options.submission) {
      const hide = options.hideFields ? { hideFields: options.hideFields } : {};
      const answer: FormErrorData<Record<never, never>> = field
        ? { result: options.submission.reply({ fieldErrors: { [field]: [message] }, ...hide }), formError: null, field }
        : { result: options.submission.reply({ formErrors: [message], ...hide }), formError: message };
      return data({ ...extra, ...answer } as FormErrorData<Extra>, init);
    }
    return data({ ...extra, formError: message, ...(field ? { field } : {}) } as FormErrorData<Extra>, init);
  }
}
