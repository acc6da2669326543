import type { LoaderFunctionArgs } from "@remix-run/node";
import { menukaart, menukaartCsv } from "~/.server/library.ts";
import { getUser } from "~/.server/session.ts";
import { parseLibraryFilters } from "~/shared/library.ts";
import { exportLabels } from "./menukaart.server.ts";
import { dutchDay } from "~/shared/dates.ts";

/** The menukaart with the filters of the URL, as CSV for Excel. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const filters = parseLibraryFilters(new URL(request.url).searchParams);
  const { items, total } = await menukaart(user, filters);
  const { labels } = await exportLabels(request, user, total);
  const day = dutchDay(new Date());
  return new Response(menukaartCsv(items, labels), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="menukaart-${day}.csv"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
