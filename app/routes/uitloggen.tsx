import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { flashHeader } from "~/.server/flash.ts";
import { endSession } from "~/.server/session.ts";
import { readForm } from "~/.server/form-data.ts";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const everywhere = form.get("everywhere") === "1";
  const headers = new Headers();
  headers.append("Set-Cookie", await endSession(request, { everywhere }));
  headers.append("Set-Cookie", await flashHeader({ kind: "info", key: everywhere ? "auth.logout.everywhereDone" : "auth.logout.done" }));
  return redirect("/", { headers });
}

export function loader() {
  return redirect("/");
}
