/**
 * Remix's `ScrollRestoration`, whose server render is one inline script that is the same on every
 * page when no `getKey` is given: the function's source and the storage key, with the request's
 * nonce. On the server the script's text is taken from Remix's own component once and reused; its
 * hooks (the location, the matches, the router's scroll state) and the function's `toString` and
 * escaping ran for every page only to make that same text (decision 325). In the browser, and
 * with `getKey`, it is Remix's component.
 */
import { ScrollRestoration as RemixScrollRestoration } from "@remix-run/react";
import { createElement, type ComponentProps, type ReactElement } from "react";

type Props = ComponentProps<typeof RemixScrollRestoration>;
type Made = ReactElement<{ dangerouslySetInnerHTML?: { __html?: unknown } }> | null;

let restoreScript: string | undefined;

function ServerScrollRestoration(props: Props) {
  if (props.getKey) return createElement(RemixScrollRestoration, props);
  if (restoreScript === undefined) {
    // Remix's component called inside this one, the first time: its hooks are this render's hooks.
    const made = (RemixScrollRestoration as (props: Props) => Made)(props);
    const text = made?.props.dangerouslySetInnerHTML?.__html;
    if (typeof text === "string") restoreScript = text;
    return made;
  }
  return createElement("script", { ...props, suppressHydrationWarning: true, dangerouslySetInnerHTML: { __html: restoreScript } });
}

/** The server's version, exported for its comparison test. */
export const serverScrollRestoration = ServerScrollRestoration;

export const ScrollRestoration = typeof document === "undefined" ? ServerScrollRestoration : RemixScrollRestoration;
