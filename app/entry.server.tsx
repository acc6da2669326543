import type { AppLoadContext, EntryContext, HandleDataRequestFunction, HandleErrorFunction } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { applyDataCaching, applyPageCaching } from "~/.server/page-caching.ts";
import { wholeDocumentResponse } from "~/.server/whole-document.ts";
import { documentEndLast, wholeDocument } from "~/utils/document-end.server.ts";
import { readHandoffAhead } from "~/utils/handoff-ahead.server.ts";
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

/** A data request (`.data`) is never kept by any cache (see applyDataCaching). */
export const handleDataRequest: HandleDataRequestFunction = (response) => applyDataCaching(response);

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
  const app = (
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceProvider>
  );
  // The loader data's stream read to its end first: then nothing can suspend, and the document is
  // rendered in one synchronous pass to a string, without the stream renderer's 2 KB byte chunks,
  // pipe and Suspense retries (decision 275). Data still pending (never so far) renders as before.
  return readHandoffAhead(remixContext).then((complete) => {
    if (!complete) return streamedDocument(app, nonce, responseStatusCode, responseHeaders);
    // The stream renderer writes the doctype before a root <html>; renderToString does not.
    const rendered = renderToString(app);
    const html = rendered.startsWith("<html") ? `<!DOCTYPE html>${rendered}` : rendered;
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    return wholeDocumentResponse(documentEndLast(Buffer.from(html)), { headers: responseHeaders, status: responseStatusCode });
  });
}

/**
 * The document through React's stream renderer, as every page was rendered before decision 275:
 * what `handleRequest` falls back to, and what the whole-document test compares its pages with.
 */
export function handleRequestStreamed(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
): Promise<Response> {
  const nonce = (loadContext as { cspNonce?: string }).cspNonce ?? "";
  const app = (
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceProvider>
  );
  return streamedDocument(app, nonce, responseStatusCode, responseHeaders);
}

function streamedDocument(app: JSX.Element, nonce: string, responseStatusCode: number, responseHeaders: Headers): Promise<Response> {
  // The whole document, then one answer: every loader has finished before the render (no deferred
  // data), so streaming the shell first bought nothing and cost a compression pass and a socket
  // write per 2 KB chunk (decision 183). Bots, no-JS readers and browsers all get it whole.
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(app, {
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
    });
    const timeout = setTimeout(abort, streamTimeout + 1000);
  });
}
