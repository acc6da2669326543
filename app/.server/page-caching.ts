/** HTTP caching of documents (decision 135): the edge use case for entry.server.tsx. */
export { applyPageCaching } from "~server/http/page-caching.ts";
