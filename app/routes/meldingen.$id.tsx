import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { orRespondResource } from "~/.server/errors.ts";
import { openNotification } from "~/.server/notifications.ts";
import { requireUser } from "~/.server/session.ts";

/** Opening a notification (from the list or a mail): access is checked again, it is marked read, and we go where it leads. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const to = await orRespondResource(request, () => openNotification(user, params.id ?? ""));
  return redirect(to);
}
