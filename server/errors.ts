/**
 * Errors the domain throws for the edge (HTTP, sockets, workers) to turn into
 * a 4xx, a form message or an error event. Anything else is a bug and a 500.
 * `message` is an i18n key.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (message = "errors.notFound") => new AppError(404, message);
export const forbidden = (message = "errors.forbidden") => new AppError(403, message);
export const badInput = (message: string, details: Record<string, unknown> = {}) => new AppError(422, message, details);
export const conflict = (message: string) => new AppError(409, message);
