/**
 * The app's `Link` and `NavLink` (decision 290): Remix's own in the browser; on the server, for an
 * absolute path, the `<a>` they would render, written directly.
 *
 * Remix's `Link` and React Router's under it resolve `to` three times per link on the server
 * (`useHref` twice and `useLinkClickHandler`'s `useResolvedPath`, each serialising the route
 * matches to JSON and parsing them back) and `NavLink` once more through `new URL`: about a tenth
 * of a member page's CPU, for pages with 40–60 links. For an absolute plain path (`/a/b-c?d#e`) with
 * no basename the href they render is `to` itself, and the markup is the props React Router passes
 * to its `<a>`, in the same order (the click handlers and the prefetch behaviour are functions and
 * effects, which a server render does not write). Anything else — an object, a relative path, an
 * empty `?` or `#`, a basename, a navigation in progress — goes to Remix's components, and so does
 * every render in a browser, where the links navigate and prefetch as before; hydration meets the
 * same markup. `tests/unit/server-links.test.ts` renders both on the server for many props and
 * locations and compares the HTML.
 */
// eslint-disable-next-line no-restricted-imports -- the one module that wraps them
import { Link as RemixLink, type LinkProps, NavLink as RemixNavLink, type NavLinkProps, useLocation } from "@remix-run/react";
import { createElement, forwardRef, useContext } from "react";
// The contexts Remix's links read too (react-router-dom is the version @remix-run/react depends on, pinned alike).
import { UNSAFE_DataRouterStateContext, UNSAFE_NavigationContext } from "react-router-dom";

export type { LinkProps, NavLinkProps };

/**
 * A pathname React Router keeps as it is, and URL-encoding too: segments of letters, digits, `-`,
 * `_` and `~` (React Router removes dot segments and double slashes, `new URL` encodes the rest).
 */
const PLAIN_PATHNAME = /^\/(?:[A-Za-z0-9_~-]+(?:\/|$))*$/;

/**
 * `to` when React Router's href for it is `to` itself: an absolute plain path, and not an empty
 * search or hash (which React Router drops).
 */
export function verbatimHref(to: LinkProps["to"]): to is string {
  if (typeof to !== "string") return false;
  const hash = to.indexOf("#");
  if (hash === to.length - 1) return false;
  const beforeHash = hash === -1 ? to : to.slice(0, hash);
  const search = beforeHash.indexOf("?");
  if (search === beforeHash.length - 1) return false;
  return PLAIN_PATHNAME.test(search === -1 ? beforeHash : beforeHash.slice(0, search));
}

function pathnameOf(to: string): string {
  const end = to.search(/[?#]/);
  return end === -1 ? to : to.slice(0, end);
}

/** The props React Router's Link reads itself and keeps off its `<a>`. */
const LINK_OWN = new Set([
  "to",
  "prefetch",
  "discover",
  "onClick",
  "relative",
  "reloadDocument",
  "replace",
  "state",
  "target",
  "preventScrollReset",
  "viewTransition",
]);
/** …and NavLink's, which it turns into the `<a>`'s aria-current, class, style and children. */
const NAV_LINK_OWN = new Set([...LINK_OWN, "aria-current", "caseSensitive", "className", "end", "style", "children"]);

/**
 * The other props in their order, as React Router's `<a>` gets them. (A loop, not object rest: with
 * props of many shapes V8's rest copy was most of these components' time.)
 */
function anchorOf(props: object, own: Set<string>): Record<string, unknown> {
  const anchor: Record<string, unknown> = {};
  for (const key of Object.keys(props)) if (!own.has(key)) anchor[key] = (props as Record<string, unknown>)[key];
  return anchor;
}

function discoverAttribute(props: Pick<LinkProps, "discover" | "reloadDocument">): "true" | undefined {
  return (props.discover ?? "render") === "render" && !props.reloadDocument ? "true" : undefined;
}

const ServerLink = forwardRef<HTMLAnchorElement, LinkProps>(function ServerLink(props, ref) {
  const { basename } = useContext(UNSAFE_NavigationContext);
  if (basename !== "/" || !verbatimHref(props.to)) return createElement(RemixLink, { ...props, ref });
  const anchor = anchorOf(props, LINK_OWN);
  anchor["data-discover"] = discoverAttribute(props);
  anchor.href = props.to;
  anchor.target = props.target;
  anchor.ref = ref;
  return createElement("a", anchor);
});

const ServerNavLink = forwardRef<HTMLAnchorElement, NavLinkProps>(function ServerNavLink(props, ref) {
  const { basename } = useContext(UNSAFE_NavigationContext);
  const routerState = useContext(UNSAFE_DataRouterStateContext);
  const location = useLocation();
  const to = props.to;
  if (basename !== "/" || routerState?.navigation.location || !verbatimHref(to)) return createElement(RemixNavLink, { ...props, ref });
  // React Router's NavLink (6.30), with no navigation in progress and no view transition on the server.
  let toPathname = pathnameOf(to);
  let locationPathname = location.pathname;
  if (!props.caseSensitive) {
    locationPathname = locationPathname.toLowerCase();
    toPathname = toPathname.toLowerCase();
  }
  const endSlashPosition = toPathname !== "/" && toPathname.endsWith("/") ? toPathname.length - 1 : toPathname.length;
  const isActive =
    locationPathname === toPathname ||
    (!props.end && locationPathname.startsWith(toPathname) && locationPathname.charAt(endSlashPosition) === "/");
  const renderProps = { isActive, isPending: false, isTransitioning: false };
  const { className = "", style, children } = props;
  const anchor = anchorOf(props, NAV_LINK_OWN);
  anchor["data-discover"] = discoverAttribute(props);
  anchor["aria-current"] = isActive ? (props["aria-current"] ?? "page") : undefined;
  anchor.className =
    typeof className === "function" ? className(renderProps) : [className, isActive ? "active" : null].filter(Boolean).join(" ");
  anchor.style = typeof style === "function" ? style(renderProps) : style;
  anchor.href = to;
  anchor.target = props.target;
  anchor.ref = ref;
  return createElement("a", anchor, typeof children === "function" ? children(renderProps) : children);
});

const onServer = typeof document === "undefined";

/** Remix's Link; on the server an absolute path is written as its `<a>` directly. */
export const Link = onServer ? ServerLink : RemixLink;
/** Remix's NavLink; on the server an absolute plain path is written as its `<a>` directly. */
export const NavLink = onServer ? ServerNavLink : RemixNavLink;
/** Both server versions, for the comparison test (which runs where `document` may exist). */
export const serverLinks = { Link: ServerLink, NavLink: ServerNavLink };
