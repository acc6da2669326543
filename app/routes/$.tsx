import type { LoaderFunctionArgs } from "@remix-run/node";

/**
 * Any address no other route matches. Without this route Remix renders the
 * 404 without running the root loader: the page came in Dutch whatever the
 * language, and the header showed a signed-in member as signed out.
 */
export function loader(_args: LoaderFunctionArgs): never {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export function action(_args: LoaderFunctionArgs): never {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export default function NotFound() {
  return null;
}
