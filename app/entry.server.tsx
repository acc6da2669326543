import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { applyPageCaching } from "~/.server/page-caching.ts";
import { documentEndLast } from "~/utils/document-end.server.ts";
import { NonceProvider } from "~/utils/nonce.tsx";
import { keptForVisitorsPage } from "~/utils/visitor-pages.ts";

export const streamTimeout = 5_000;

/**
 * Logs unexpected errors only: a URL that matches no route (404) or a wrong
 * method (405) is the visitor's mistake, and an aborted request is theirs too.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // A visitor's page that has not changed since their copy: no render at all (decision 135).
  if (applyPageCaching(request, responseStatusCode, responseHeaders, remixContext, keptForVisitorsPage(remixContext))) {
    const headers = new Headers();
    for (const name of ["ETag", "Cache-Control", "Vary"]) {
      const value = responseHeaders.get(name);
      if (value) headers.set(name, value);
    }
    return new Response(null, { status: 304, headers });
  }
  const nonce = (loadContext as { cspNonce?: string }).cspNonce ?? "";
  // Bots and no-JS readers get the whole document at once.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = documentEndLast();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}
