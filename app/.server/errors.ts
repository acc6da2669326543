import { data } from "@remix-run/node";
import { AppError } from "~server/errors.ts";

/**
 * Turns a domain AppError into a Remix response (thrown, so the route's error
 * boundary shows it) and rethrows anything else. Use around domain calls in
 * loaders: `await orRespond(() => communityPage(user, slug))`.
 */
export async function orRespond<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError) throw data({ message: error.message }, { status: error.status });
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
      return data({ formError: error.message, ...(field ? { field } : {}) }, { status: error.status });
    }
    throw error;
  }
}
