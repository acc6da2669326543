import type { LoaderFunctionArgs } from "@remix-run/node";
import { orRespondResource } from "~/.server/errors.ts";
import { outboxPeer, readOutboxFile } from "~/.server/notifications.ts";
import { peerAddress } from "~/.server/moderation.ts";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const raw = await orRespondResource(request, () => readOutboxFile(params.file ?? "", outboxPeer(request.headers, peerAddress(context))));
  return new Response(new Uint8Array(raw), {
    headers: { "Content-Type": "message/rfc822", "Content-Disposition": `attachment; filename="${params.file}"` },
  });
}
