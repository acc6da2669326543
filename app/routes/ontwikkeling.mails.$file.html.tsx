import type { LoaderFunctionArgs } from "@remix-run/node";
import { orRespondResource } from "~/.server/errors.ts";
import { outboxPeer, readOutboxMail } from "~/.server/notifications.ts";
import { peerAddress } from "~/.server/moderation.ts";

/** The HTML part on its own, sandboxed: no scripts, no requests, only the mail's inline styles. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const mail = await orRespondResource(request, () => readOutboxMail(params.file ?? "", outboxPeer(request.headers, peerAddress(context))));
  return new Response(mail.html ?? "", {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    },
  });
}
