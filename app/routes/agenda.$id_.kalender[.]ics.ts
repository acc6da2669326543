import type { LoaderFunctionArgs } from "@remix-run/node";
import { meetingIcs } from "~/.server/meetings.ts";
import { orRespondResource } from "~/.server/errors.ts";
import { requireUser } from "~/.server/session.ts";

/** One meeting as an .ics file to open in a calendar. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  const ics = await orRespondResource(request, () => meetingIcs(user, id));
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="bijeenkomst-${id.replace(/[^a-z0-9]/gi, "")}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
