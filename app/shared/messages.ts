/**
 * A translatable message that carries its parameters in one string
 * (`key|{"count":3}`), so form errors that are plain strings everywhere
 * (conform's formErrors, `{ formError }`) can still say "try again in 3
 * minutes". `tKey` (app/utils/i18n.ts) unpacks it.
 */
export function messageWithParams(key: string, params: Record<string, string | number>): string {
  return `${key}|${JSON.stringify(params)}`;
}

export function splitMessage(message: string): { key: string; params?: Record<string, unknown> } {
  const bar = message.indexOf("|");
  if (bar < 0) return { key: message };
  try {
    const params = JSON.parse(message.slice(bar + 1)) as unknown;
    if (params && typeof params === "object" && !Array.isArray(params))
      return { key: message.slice(0, bar), params: params as Record<string, unknown> };
  } catch {
    // not ours: show it as a plain key (tKey falls back to a generic message)
  }
  return { key: message };
}

/** "Je doet dit te vaak … Probeer het over 3 minuten opnieuw." (hours from two hours on: not "over 1440 minuten"). */
export function rateLimitMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  if (seconds < 60) return messageWithParams("errors.rateLimitedSeconds", { count: seconds });
  if (seconds < 2 * 3600) return messageWithParams("errors.rateLimitedMinutes", { count: Math.ceil(seconds / 60) });
  return messageWithParams("errors.rateLimitedHours", { count: Math.ceil(seconds / 3600) });
}

/**
 * Length messages that say the limit ("gebruik hoogstens 500 tekens"): a
 * bare "Dit is te lang." leaves people guessing how much to cut.
 */
export const tooLong = (max: number): string => messageWithParams("errors.maxChars", { count: max });
export const tooShort = (min: number): string => messageWithParams("errors.minChars", { count: min });
export const tooMany = (max: number): string => messageWithParams("errors.maxItems", { count: max });
export const lineTooLong = (max: number): string => messageWithParams("errors.maxCharsPerLine", { count: max });
