/**
 * Decision 325: on the server the scroll restoration's inline script is made once from Remix's own
 * component and reused. Rendered inside a Remix app at several addresses, the server's version and
 * Remix's give the same markup byte for byte: on the first render (which asks Remix's component), on
 * later ones (the kept text with each render's nonce), and with `getKey` (Remix's component itself).
 */
import { ScrollRestoration as RemixScrollRestoration } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { serverScrollRestoration } from "../../app/components/layout/scroll-restoration.tsx";

type Props = Parameters<typeof RemixScrollRestoration>[0];

function render(component: ComponentType<Props>, props: Props, path: string): string {
  const Stub = createRemixStub([
    { path: "/", Component: () => createElement(component, props) },
    { path: "/communities/:slug", Component: () => createElement(component, props) },
  ]);
  return renderToString(createElement(Stub, { initialEntries: [path] }));
}

describe("the server's scroll restoration (decision 325)", () => {
  it("writes Remix's script, on the first render and every later one, with each render's nonce", () => {
    const cases: [Props, string][] = [
      [{ nonce: "bm9uY2Ux" }, "/"],
      [{ nonce: "bm9uY2Uy" }, "/communities/inclusief-werven"],
      [{}, "/communities/een?q=1#x"],
      [{ nonce: "bm9uY2Uz" }, "/"],
    ];
    for (const [props, path] of cases) {
      const expected = render(RemixScrollRestoration, props, path);
      expect(expected).toContain("<script");
      expect(render(serverScrollRestoration, props, path)).toBe(expected);
    }
  });

  it("leaves a page's own key to Remix's component", () => {
    const props: Props = { nonce: "bm9uY2U0", getKey: (location) => `key:${location.pathname}` };
    const expected = render(RemixScrollRestoration, props, "/communities/inclusief-werven");
    expect(expected).toContain("key:/communities/inclusief-werven");
    expect(render(serverScrollRestoration, props, "/communities/inclusief-werven")).toBe(expected);
  });
});
