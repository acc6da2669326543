import { redirect } from "@remix-run/node";

// Routes reach the instance's public address through here (not through config).
export { appUrl } from "~server/urls.ts";

/**
 * A GET filter form sends every field, so an untouched search box adds "q=" to the address people
 * copy and share. Such an address is sent once more without its empty parameters (the rest in
 * their order); with or without JavaScript the browser then shows the clean one. `defaults`: values
 * that mean the same as no value (search's "sort=relevance"), left out too.
 */
export function dropEmptyParams(request: Request, defaults: Record<string, string> = {}): void {
  const url = new URL(request.url);
  const kept = [...url.searchParams].filter(([name, value]) => value !== "" && defaults[name] !== value);
  if (kept.length === [...url.searchParams].length) return;
  const search = new URLSearchParams(kept).toString();
  throw redirect(`${url.pathname}${search ? `?${search}` : ""}`);
}
