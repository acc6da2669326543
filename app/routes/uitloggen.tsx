import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { redirectWithFlash } from "~/.server/flash.ts";
import { endSession } from "~/.server/session.ts";
import { readForm } from "~/.server/form-data.ts";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const everywhere = form.get("everywhere") === "1";
  const cleared = await endSession(request, { everywhere });
  return redirectWithFlash("/", everywhere ? "auth.logout.everywhereDone" : "auth.logout.done", {
    kind: "info",
    headers: cleared.map((value): [string, string] => ["Set-Cookie", value]),
  });
}

export function loader() {
  return redirect("/");
}
