import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { orRespondResource } from "~/.server/errors.ts";
import { openExport } from "~/.server/privacy.ts";
import { requireUser } from "~/.server/session.ts";

/** The member's own data export; anyone else's id, or an expired one, is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const file = await orRespondResource(request, () => openExport(user.id, params.id ?? ""));
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
