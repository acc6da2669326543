/**
 * Generated React Router route trees and paths, for tests that compare our
 * route handling with the package's own (route-matching, branch-query).
 */
import fc from "fast-check";

export type Route = { id: string; path?: string; index?: boolean; caseSensitive?: boolean; children?: Route[] };

const SEGMENTS = ["communities", "Agenda", "bibliotheek", "nieuw", ":slug", ":id", ":id?", "beheer?", "a.b", "*", "", "x-y"];
const PATH_PARTS = [
  "communities",
  "agenda",
  "AGENDA",
  "bibliotheek",
  "nieuw",
  "beheer",
  "a.b",
  "x-y",
  "abc",
  "12",
  "%2F",
  "%41",
  "%zz",
  "é",
  "",
];

const segment = fc.constantFrom(...SEGMENTS);
const routePath = fc.oneof(
  fc.constant(undefined),
  fc.constant(""),
  fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/")),
  fc.array(segment, { minLength: 1, maxLength: 2 }).map((parts) => `/${parts.join("/")}`),
);

type Generated = { path: string | undefined; index: boolean; caseSensitive: boolean; children: Generated[] };

let ids = 0;
export const tree: fc.Memo<Generated[]> = fc.memo((depth) =>
  fc.array(
    fc.record({
      path: routePath,
      index: fc.boolean(),
      caseSensitive: fc.boolean(),
      children: depth > 1 ? tree(depth - 1) : fc.constant([]),
    }),
    { maxLength: 4 },
  ),
);

/** Routes as React Router accepts them: an index route has no children. */
export function routesOf(generated: Generated[]): Route[] {
  return generated.map((route) => {
    const children = routesOf(route.children);
    const index = route.index && children.length === 0;
    return {
      id: `r${ids++}`,
      ...(route.path === undefined ? {} : { path: route.path }),
      ...(index ? { index: true } : {}),
      caseSensitive: route.caseSensitive,
      ...(children.length ? { children } : {}),
    };
  });
}

export const pathname = fc
  .array(fc.constantFrom(...PATH_PARTS), { maxLength: 5 })
  .chain((parts) => fc.constantFrom(`/${parts.join("/")}`, `/${parts.join("/")}/`, `${parts.join("/")}?q=1#x`, `//${parts.join("//")}`));
