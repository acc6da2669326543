/**
 * The scope one page request's loaders share (server/http/request-scope.ts,
 * decision 210): each copy of the request finds it, a client cannot pick or
 * reuse one, it ends with the answer, and form posts get none.
 */
import { EventEmitter } from "node:events";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { describe, expect, it } from "vitest";
import { openRequestScope, REQUEST_SCOPE_HEADER, requestScope } from "../../server/http/request-scope.ts";

function edge(method: string, headers: Record<string, string> = {}) {
  const req = { method, headers: { ...headers } } as unknown as ExpressRequest;
  const res = new EventEmitter() as unknown as ExpressResponse;
  openRequestScope(req, res);
  // What Remix hands a loader: a new Request with the same headers.
  const copy = () => new Request("http://praktijkplein.test/", { headers: req.headers as Record<string, string> });
  return { req, res, copy };
}

describe("request scope", () => {
  it("is one Map for every copy of a page request, and ends when the answer closes", () => {
    const { res, copy } = edge("GET");
    const scope = requestScope(copy());
    expect(scope).toBeInstanceOf(Map);
    scope!.set("session", "read once");
    expect(requestScope(copy())?.get("session")).toBe("read once");
    res.emit("close");
    expect(requestScope(copy())).toBeUndefined();
  });

  it("gives each request its own scope and overwrites a key the client sent", () => {
    const first = edge("GET");
    requestScope(first.copy())!.set("session", "first");
    const stolenKey = first.req.headers[REQUEST_SCOPE_HEADER] as string;
    const second = edge("HEAD", { [REQUEST_SCOPE_HEADER]: stolenKey });
    expect(second.req.headers[REQUEST_SCOPE_HEADER]).not.toBe(stolenKey);
    expect(requestScope(second.copy())?.get("session")).toBeUndefined();
    first.res.emit("close");
    second.res.emit("close");
  });

  it("opens none for a form post, whatever the client sent", () => {
    const open = edge("GET");
    const post = edge("POST", { [REQUEST_SCOPE_HEADER]: open.req.headers[REQUEST_SCOPE_HEADER] as string });
    expect(post.req.headers[REQUEST_SCOPE_HEADER]).toBeUndefined();
    expect(requestScope(post.copy())).toBeUndefined();
    open.res.emit("close");
  });
});
