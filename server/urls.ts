import { config } from "./config.ts";

/** The public address of this instance without a trailing slash, for absolute links (exports, Open Graph tags, calendar feeds). */
export function appUrl(): string {
  return config().APP_URL.replace(/\/+$/, "");
}
