import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedIcs } from "~/.server/meetings.ts";

/** A member's personal calendar feed: no login, the signed token in the URL is the key (decision 073). */
export async function loader({ params }: LoaderFunctionArgs) {
  const ics = await feedIcs(params.token ?? "");
  if (ics === null)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="praktijkplein.ics"',
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
