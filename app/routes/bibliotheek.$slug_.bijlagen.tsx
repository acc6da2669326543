import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/.server/session.ts";
import { uploadAttachment } from "~/.server/uploads.ts";

/** The upload form lives on the item page; a GET here goes back there. */
export async function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/bibliotheek/${params.slug ?? ""}`);
}

/**
 * The address older item pages posted their upload to. The item page now posts to itself, so a
 * refused file is told at its field (walk 14): here the loader's redirect ran after the action
 * and the refusal was never shown, with or without JavaScript.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return uploadAttachment(request, user, params.slug ?? "");
}
