import type { LoaderFunctionArgs } from "@remix-run/node";
import { libraryThemes, menukaart, menukaartPdf } from "~/.server/library.ts";
import { getUser } from "~/.server/session.ts";
import { parseLibraryFilters } from "~/shared/library.ts";
import { exportLabels, filterSummary } from "./menukaart.server.ts";
import { dutchDay } from "~/shared/dates.ts";

/** The menukaart with the filters of the URL, as a PDF made on the server. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const filters = parseLibraryFilters(new URL(request.url).searchParams);
  const [{ items, total }, themes] = await Promise.all([menukaart(user, filters), libraryThemes()]);
  const { labels, t, language } = await exportLabels(request, user, total);
  const themeNames = new Map(themes.map((theme) => [theme.slug, language === "en" ? theme.nameEn : theme.nameNl]));
  const pdf = await menukaartPdf(items, labels, filterSummary(t, filters, themeNames));
  const day = dutchDay(new Date());
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="menukaart-${day}.pdf"`,
      "Content-Length": String(pdf.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
