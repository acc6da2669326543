/**
 * The server's Link and NavLink (app/components/ui/link.tsx, decision 290) write the markup Remix's
 * own write: both rendered with React's server renderer inside React Router's static router (as
 * RemixServer renders a page), for generated props — every `to` form (absolute, with search and
 * hash, empty `?` and `#`, `//host`, full URLs, relative, dot segments, spaces, escapes, objects),
 * prop orders, class names and styles as values and functions, `end`, `caseSensitive`, prefetch,
 * discover, reloadDocument, target — at many locations below nested routes, with and without a
 * basename. The HTML must be the same byte for byte.
 */
import { Link as RemixLink, NavLink as RemixNavLink } from "@remix-run/react";
import fc from "fast-check";
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { Outlet } from "react-router-dom";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { Link, NavLink, serverLinks, verbatimHref } from "../../app/components/ui/link.tsx";

const TOS = [
  "/",
  "/communities",
  "/communities/",
  "/communities/inclusief-werven",
  "/communities/inclusief-werven/discussies",
  "/Communities/Inclusief-Werven",
  "/bibliotheek?thema=werk&pagina=2",
  "/inloggen?redirectTo=%2Fcommunities%2Fa%3Fb%3D1",
  "/a?",
  "/a#",
  "/a?#x",
  "/a#x?y",
  "/a?b#c",
  "/a#top",
  "/?q=1",
  "//host/x",
  "https://example.org/a",
  "mailto:iemand@example.org",
  "relative",
  "../up",
  "..",
  ".",
  "",
  "?q=1",
  "#h",
  "/a b",
  "/a ",
  "/é",
  "/a/../b",
  "/a/./b",
  "/a%20b",
  "/a.b",
  "/a\\b",
  "/a//b",
] as const;
const OBJECT_TOS = [{ pathname: "/x", search: "?y" }, { search: "?z" }, { pathname: "/x/", hash: "#h" }];

const LOCATIONS = [
  "/",
  "/communities",
  "/communities/",
  "/communities/inclusief-werven",
  "/communities/inclusief-werven/discussies/algemeen/t1",
  "/COMMUNITIES/inclusief-werven",
  "/bibliotheek?thema=werk",
  "/a",
  "/a/b",
  "/ab",
];

const extraProps = fc.record(
  {
    id: fc.constantFrom("l1", "l2"),
    title: fc.string({ maxLength: 6 }),
    "aria-label": fc.constantFrom("Naar de pagina", "To the page"),
    "data-x": fc.constantFrom("1", "ja"),
    className: fc.oneof(fc.constantFrom("", "knop", "a b"), fc.constant("fn")),
    style: fc.oneof(fc.constant({ color: "red" }), fc.constant("fn")),
    prefetch: fc.constantFrom("none", "intent", "render", "viewport"),
    discover: fc.constantFrom("render", "none"),
    reloadDocument: fc.boolean(),
    replace: fc.boolean(),
    preventScrollReset: fc.boolean(),
    target: fc.constantFrom("_blank", "_self"),
    rel: fc.constantFrom("noopener", "nofollow"),
    relative: fc.constantFrom("route", "path"),
    state: fc.constant({ from: "test" }),
    end: fc.boolean(),
    caseSensitive: fc.boolean(),
    "aria-current": fc.constantFrom("page", "step"),
    children: fc.oneof(fc.constantFrom("Tekst", ""), fc.constant("fn")),
    onClick: fc.constant("fn"),
  },
  { requiredKeys: [] },
);

type Case = { to: unknown; props: Record<string, unknown>; order: number[] };

const cases = fc.record({
  to: fc.oneof(fc.constantFrom(...TOS), fc.constantFrom(...OBJECT_TOS)),
  props: extraProps,
  order: fc.array(fc.nat(), { minLength: 25, maxLength: 25 }),
});

const NAV_ONLY = ["end", "caseSensitive", "aria-current"];

/** The props in a generated order, with "fn" turned into the functions React Router accepts. */
function propsOf({ to, props, order }: Case, nav: boolean): Record<string, unknown> {
  const entries = Object.entries({ ...props, to }).map(([key, value], index) => ({ key, value, rank: order[index] ?? 0 }));
  entries.sort((a, b) => a.rank - b.rank);
  const out: Record<string, unknown> = {};
  for (const { key, value } of entries) {
    if (!nav && NAV_ONLY.includes(key)) continue;
    if (value !== "fn") out[key] = value;
    else if (key === "className") out[key] = nav ? ({ isActive }: { isActive: boolean }) => (isActive ? "aan" : "uit") : "knop";
    else if (key === "style")
      out[key] = nav ? ({ isActive }: { isActive: boolean }) => ({ fontWeight: isActive ? 700 : 400 }) : { color: "blue" };
    else if (key === "children") out[key] = nav ? ({ isActive }: { isActive: boolean }) => (isActive ? "hier" : "daar") : "Tekst";
    else out[key] = () => undefined;
  }
  return out;
}

async function render(location: string, basename: string | undefined, element: () => ReactElement): Promise<string> {
  // Nested routes, so that relative paths resolve against a leaf's matches as in the app.
  const routes = [
    {
      path: "/",
      Component: () => createElement(Outlet),
      children: [
        { index: true, Component: element },
        { path: "communities/:slug/*", Component: element },
        { path: "*", Component: element },
      ],
    },
  ];
  const handler = createStaticHandler(routes, { basename });
  const prefix = basename ? basename.replace(/\/$/, "") : "";
  const context = await handler.query(new Request(`http://localhost${prefix}${location}`));
  if (context instanceof Response) throw new Error("unexpected response");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(createElement(StaticRouterProvider, { router, context, hydrate: false }));
}

async function both(kind: "Link" | "NavLink", item: Case, location: string, basename?: string) {
  const props = propsOf(item, kind === "NavLink");
  const theirs = kind === "Link" ? RemixLink : RemixNavLink;
  const ours = serverLinks[kind];
  // React Router throws for some (NavLink to "//host"): then both must throw alike.
  const outcome = (component: unknown) =>
    render(location, basename, () => createElement(component as never, props)).catch((error: Error) => `threw ${error.message}`);
  return { expected: await outcome(theirs), actual: await outcome(ours) };
}

describe("the server's Link and NavLink write what Remix's write", () => {
  it("are the ones used where there is no document (the server), Remix's own otherwise", () => {
    expect(typeof document).toBe("undefined");
    expect(Link).toBe(serverLinks.Link);
    expect(NavLink).toBe(serverLinks.NavLink);
  });

  it("take the short way only for an href React Router gives back verbatim", () => {
    expect(["/", "/a", "/a/", "/a?b", "/a#c", "/a?b#c", "/a#c?", "/a-b_c~d/e"].every(verbatimHref)).toBe(true);
    expect(
      ["/a?", "/a#", "/a?#c", "//host", "/a//b", "/a/../b", "/a.b", "/a b", "/é", "/a%20b", "a", "", "?q", "https://x.nl/"].some(
        verbatimHref,
      ),
    ).toBe(false);
    expect(verbatimHref({ pathname: "/a" })).toBe(false);
  });

  for (const kind of ["Link", "NavLink"] as const) {
    it(`${kind}: the same HTML for generated props at every location`, async () => {
      await fc.assert(
        fc.asyncProperty(cases, fc.constantFrom(...LOCATIONS), async (item, location) => {
          const { expected, actual } = await both(kind, item, location);
          expect(actual).toBe(expected);
        }),
        { numRuns: 600 },
      );
    });

    it(`${kind}: the same HTML under a basename (Remix's own then)`, async () => {
      await fc.assert(
        fc.asyncProperty(cases, fc.constantFrom("/", "/a", "/communities/inclusief-werven"), async (item, location) => {
          const { expected, actual } = await both(kind, item, location, "/praktijk/");
          expect(actual).toBe(expected);
        }),
        { numRuns: 100 },
      );
    });
  }

  it("NavLink marks the active link as React Router does (aria-current and the class)", async () => {
    const html = await render("/communities/inclusief-werven/discussies", undefined, () =>
      createElement("div", null, [
        createElement(serverLinks.NavLink, { key: 1, to: "/communities", className: "nav" }, "Communities"),
        createElement(serverLinks.NavLink, { key: 2, to: "/", end: true, className: "nav" }, "Home"),
      ]),
    );
    expect(html).toMatch(/<a data-discover="true" aria-current="page" class="nav active" href="\/communities">Communities<\/a>/);
    expect(html).toMatch(/<a data-discover="true" class="nav" href="\/">Home<\/a>/);
  });
});
