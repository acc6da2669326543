// Routes reach the documents area through this facade.
export { documentHistory, documentPage, exportDocument, listDocuments, versionPage } from "~server/documents/queries.ts";
export type { ExportFormat } from "~server/documents/queries.ts";
export {
  createDocument,
  createDocumentIn,
  deleteDocument,
  removeDocument,
  restoreVersion,
  saveVersion,
  setDocumentLocked,
  updateDocumentDetails,
} from "~server/documents/commands.ts";
export { loadDocument } from "~server/documents/access.ts";
