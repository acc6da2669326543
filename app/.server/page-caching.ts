/** HTTP caching of documents (decision 135): the edge use case for entry.server.tsx. */
export { applyDataCaching, applyPageCaching } from "~server/http/page-caching.ts";
