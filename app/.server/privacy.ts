// Routes reach the privacy area (data export, account deletion) through this facade.
export { deleteAccount } from "~server/privacy/deletion.ts";
export { latestExport, openExport, requestExport, type ExportView } from "~server/privacy/export.ts";
