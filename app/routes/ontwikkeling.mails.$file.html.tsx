import type { LoaderFunctionArgs } from "@remix-run/node";
import { orRespond } from "~/.server/errors.ts";
import { readOutboxMail } from "~/.server/notifications.ts";

/** The HTML part on its own, sandboxed: no scripts, no requests, only the mail's inline styles. */
export async function loader({ params }: LoaderFunctionArgs) {
  const mail = await orRespond(() => readOutboxMail(params.file ?? ""));
  return new Response(mail.html ?? "", {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    },
  });
}
