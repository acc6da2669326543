import { createCookie } from "@remix-run/node";
import { z } from "zod";

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

/** Reads and clears the flash; returns the header that clears it when there was one. */
export async function readFlash(request: Request): Promise<{ flash: Flash | null; clear: string | null }> {
  const raw = (await flashCookie.parse(request.headers.get("Cookie"))) as unknown;
  if (raw === null || raw === undefined || raw === "") return { flash: null, clear: null };
  const parsed = flashSchema.safeParse(raw);
  return { flash: parsed.success ? parsed.data : null, clear: await flashCookie.serialize("", { maxAge: 0 }) };
}
