import { Readable } from "node:stream";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { orRespondResource } from "~/.server/errors.ts";
import { contentDisposition, openAttachment } from "~/.server/library.ts";
import { getUser } from "~/.server/session.ts";

/**
 * Downloads an attachment after the same access check as its item. Images
 * may show in the page; everything else is a download. The stored content
 * type was sniffed at upload, and nosniff keeps browsers from guessing.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const file = await orRespondResource(request, () => openAttachment(user, params.id ?? ""));
  const inline = file.contentType.startsWith("image/");
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName, inline),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "Cache-Control": "private, max-age=0, must-revalidate",
    },
  });
}
