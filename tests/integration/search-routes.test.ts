/**
 * The search pages as Remix calls them: /zoeken and /zoeken/suggesties answer
 * every input with results or a message (never an error), with the access of
 * whoever asks.
 */
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { remixFuture } from "../../remix-future.ts";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { loader as suggestionsLoader } from "../../app/routes/zoeken.suggesties.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";

type ResultsBody = { truncated: boolean; results: { searched: boolean; total: number; hits: { id: string; titleHtml: string }[] } | null };
type SuggestBody = { suggestions: { url: string }[] };

let memberCookie: string;
let secretId: string;
let bioUserId: string;

beforeAll(async () => {
  const open = await createCommunity({ slug: "werkgeversnetwerk", name: "Werkgeversnetwerk Rijnmond", accessMode: "OPEN" });
  const secret = await createCommunity({ slug: "besloten-kring", name: "Besloten kring werkgevers", accessMode: "INVITE_ONLY" });
  const member = await createUser({ displayName: "Noor Lid" });
  await addMember(member.id, secret.id);
  await addMember(member.id, open.id);
  bioUserId = (await createUser({ displayName: "Bram Bio", bio: "Specialist werkgeversdienstverlening." })).id;
  secretId = secret.id;
  memberCookie = await sessionCookieFor(member.id);
  await reconcile();
});

const results = async (query: string, cookie?: string) => {
  const response = await callLoader(resultsLoader, getRequest(`/zoeken?${query}`, cookie));
  expect(response.status).toBe(200);
  return response.body as ResultsBody;
};

describe("/zoeken", () => {
  it("shows a prompt for an empty search and results for a query", async () => {
    expect((await results("")).results?.searched).toBe(false);
    // An empty box is sent once more without "q=" (decision 269), and that address shows the prompt.
    const empty = await callLoader(resultsLoader, getRequest("/zoeken?q="));
    expect(empty.status).toBe(302);
    expect(empty.headers.get("Location")).toBe("/zoeken");
    const found = await results("q=werkgeversnetwerk");
    expect(found.results?.hits.map((hit) => hit.titleHtml)).toEqual(["<mark>Werkgeversnetwerk</mark> Rijnmond"]);
  });

  it("applies the searcher's access", async () => {
    expect((await results("q=besloten+kring")).results?.total).toBe(0);
    expect((await results("q=besloten+kring", memberCookie)).results?.hits.map((hit) => hit.id)).toEqual([secretId]);
    expect((await results("q=werkgeversdienstverlening")).results?.total).toBe(0);
    expect((await results("q=werkgeversdienstverlening", memberCookie)).results?.hits.map((hit) => hit.id)).toEqual([bioUserId]);
  });

  it("answers hostile and odd input with a page, never an error", async () => {
    const long = await results(`q=${"werkgevers ".repeat(100)}`);
    expect(long.truncated).toBe(true);
    expect(long.results?.searched).toBe(true);
    for (const query of [
      `q=${encodeURIComponent(`" OR 1=1 --`)}`,
      `q=${encodeURIComponent(`werk:* & !( <-> ) \\ ' "`)}`,
      `q=%F0%9F%98%80`,
      `q=a&page=-1&page=abc&kind=<x>&theme=%00&community=${"a".repeat(500)}&period=eeuw&sort=;drop`,
      `q=${encodeURIComponent("de het een")}`,
      `kind=community`,
    ]) {
      const body = await results(query, memberCookie);
      expect(body.results, query).not.toBeNull();
    }
  });
});

describe("/zoeken/suggesties", () => {
  it("suggests as the searcher may see", async () => {
    const suggest = async (q: string, cookie?: string) => {
      const response = await callLoader(suggestionsLoader, getRequest(`/zoeken/suggesties?q=${encodeURIComponent(q)}`, cookie));
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toBe("private, no-store");
      return (response.body as SuggestBody).suggestions.map((s) => s.url);
    };
    expect(await suggest("werkgeversne")).toEqual(["/communities/werkgeversnetwerk"]);
    expect(await suggest("besloten kr")).toEqual([]);
    expect(await suggest("besloten kr", memberCookie)).toEqual(["/communities/besloten-kring"]);
    expect(await suggest("")).toEqual([]);
    expect(await suggest("x".repeat(5000))).toEqual([]);
    expect(await suggest(`"'; --`)).toEqual([]);
  });
});

describe("/zoeken/suggesties through Remix's request handler", () => {
  // Only this route in a build: enough for Remix to treat it as the resource route it is.
  const handler = createRequestHandler(
    {
      mode: "production",
      basename: "/",
      publicPath: "/build/",
      assetsBuildDirectory: "build/client",
      entry: { module: { default: () => new Response("document", { status: 500 }) } },
      routes: {
        root: { id: "root", path: "", module: { default: () => null } },
        "routes/zoeken.suggesties": {
          id: "routes/zoeken.suggesties",
          parentId: "root",
          path: "zoeken/suggesties",
          module: { loader: suggestionsLoader },
        },
      },
      assets: { entry: { imports: [], module: "" }, routes: {}, url: "", version: "test" },
      future: remixFuture,
      isSpaMode: false,
    } as unknown as ServerBuild,
    "production",
  );

  it("answers the header's fetch and an outside GET with the same JSON and no future-change warning", async () => {
    const warnings: string[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(" ")));
    try {
      const outside = await handler(getRequest("/zoeken/suggesties?q=werkgeversne", memberCookie), { cspNonce: "" });
      expect(outside.status).toBe(200);
      expect(outside.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(outside.headers.get("Cache-Control")).toBe("private, no-store");
      expect(((await outside.json()) as SuggestBody).suggestions.map((s) => s.url)).toEqual(["/communities/werkgeversnetwerk"]);
      // What the search box's fetcher.load asks for with Single Fetch on.
      const fetcher = await handler(getRequest("/zoeken/suggesties.data?q=werkgeversne&_routes=routes/zoeken.suggesties", memberCookie), {
        cspNonce: "",
      });
      expect(fetcher.status).toBe(200);
      expect(await fetcher.text()).toContain("/communities/werkgeversnetwerk");
    } finally {
      warn.mockRestore();
    }
    expect(warnings.filter((w) => w.includes("REMIX FUTURE CHANGE"))).toEqual([]);
  });
});
