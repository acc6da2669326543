import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";
import { takeKeptText } from "~server/discussions/kept-text.ts";

/** A one-time message shown after a redirect ("Je bent nu lid van …"). The text is an i18n key. */
const flashCookie = createCookie("pp_flash", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 });

const flashSchema = z.object({
  kind: z.enum(["success", "info", "error"]),
  key: z.string().max(200),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Flash = z.infer<typeof flashSchema>;

export async function flashHeader(flash: Flash): Promise<string> {
  return flashCookie.serialize(flash);
}

export type FlashOptions = {
  /** "success" unless told otherwise. */
  kind?: Flash["kind"];
  params?: Flash["params"];
  /** More headers for the redirect (a cleared session cookie); the flash cookie is appended. */
  headers?: HeadersInit;
};

/**
 * The answer of a form post that worked: a redirect that shows `key` once on
 * the next page (the flash cookie lives a minute).
 * `return redirectWithFlash(`/agenda/${id}`, "events.flash.updated")`.
 */
export async function redirectWithFlash(to: string, key: string, options: FlashOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  headers.append(
    "Set-Cookie",
    await flashHeader({ kind: options.kind ?? "success", key, ...(options.params ? { params: options.params } : {}) }),
  );
  return redirect(to, { headers });
}

/** A flash parameter: the member's refused text waits in Redis for this page (server/discussions/kept-text.ts). */
export const KEPT_TEXT_PARAM = "keptText";

/** The flash as the page shows it: with the member's kept text, read once (decision 305). */
export async function flashWithKeptText(flash: Flash | null, userId: string | null): Promise<(Flash & { kept?: string }) | null> {
  if (!flash?.params || !(KEPT_TEXT_PARAM in flash.params)) return flash;
  const { [KEPT_TEXT_PARAM]: _marker, ...params } = flash.params;
  const kept = userId ? await takeKeptText(userId) : null;
  return { ...flash, params, ...(kept ? { kept } : {}) };
}

/** Reads and clears the flash; returns the header that clears it when there was one. */
export async function readFlash(request: Request): Promise<{ flash: Flash | null; clear: string | null }> {
  const raw = (await flashCookie.parse(request.headers.get("Cookie"))) as unknown;
  if (raw === null || raw === undefined || raw === "") return { flash: null, clear: null };
  const parsed = flashSchema.safeParse(raw);
  return { flash: parsed.success ? parsed.data : null, clear: await flashCookie.serialize("", { maxAge: 0 }) };
}
