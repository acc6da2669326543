import type { LoaderFunctionArgs } from "@remix-run/node";
import { orRespondResource } from "~/.server/errors.ts";
import { getLanguage } from "~/.server/language.ts";
import { contentDisposition, exportPracticeCase } from "~/.server/library.ts";
import { getUser } from "~/.server/session.ts";

/** Downloads a practice case as a complete HTML file or as Markdown, for whoever may see its page (decision 242). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const format = params.format;
  if (format !== "html" && format !== "md") throw new Response("Not found", { status: 404 });
  const language = await getLanguage(request, user?.locale);
  const file = await orRespondResource(request, () => exportPracticeCase(user, params.slug ?? "", format, language === "en" ? "en" : "nl"));
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.filename, false),
      "Cache-Control": "private, no-store",
    },
  });
}
