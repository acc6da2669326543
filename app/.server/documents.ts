// Routes reach the documents area through this facade.
export * from "~server/documents/queries.ts";
export * from "~server/documents/commands.ts";
export { loadDocument } from "~server/documents/access.ts";
