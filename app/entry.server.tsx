import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { applyPageCaching } from "~/.server/page-caching.ts";
import { wholeDocument } from "~/utils/document-end.server.ts";
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
  // The whole document, then one answer: every loader has finished before the render (no deferred
  // data), so streaming the shell first bought nothing and cost a compression pass and a socket
  // write per 2 KB chunk (decision 183). Bots, no-JS readers and browsers all get it whole.
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          const whole = wholeDocument((document) => {
            clearTimeout(timeout);
            resolve(new Response(document as Uint8Array<ArrayBuffer>, { headers: responseHeaders, status: responseStatusCode }));
          });
          pipe(whole);
        },
        onShellError(error: unknown) {
          clearTimeout(timeout);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    const timeout = setTimeout(abort, streamTimeout + 1000);
  });
}
