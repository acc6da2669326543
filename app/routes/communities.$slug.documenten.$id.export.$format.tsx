import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportDocument } from "~/.server/documents.ts";
import { orRespondResource } from "~/.server/errors.ts";
import { getLanguage } from "~/.server/language.ts";
import { requireUser } from "~/.server/session.ts";

/** Downloads the document as a complete HTML file or as Markdown. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const format = params.format;
  if (format !== "html" && format !== "md") throw new Response("Not found", { status: 404 });
  const language = await getLanguage(request, user.locale);
  const file = await orRespondResource(request, () =>
    exportDocument(user, params.slug ?? "", params.id ?? "", format, language === "en" ? "en" : "nl"),
  );
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      // The plain filename must be ASCII (a header value); filename* carries the real one.
      "Content-Disposition": `attachment; filename="${file.filename.normalize("NFKD").replace(/[^\x20-\x7e]|"/g, "")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
