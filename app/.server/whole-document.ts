/** A document rendered whole, sent at once by the edge (decision 275). */
export { wholeDocumentResponse } from "~server/http/whole-document.ts";
