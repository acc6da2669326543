// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export * from "~server/library/catalogue.ts";
export * from "~server/library/commands.ts";
export * from "~server/library/queries.ts";
export { approveProposal, proposeChange, returnProposal, withdrawProposal } from "~server/library/proposals.ts";
export { addAttachment, contentDisposition, openAttachment, removeAttachment } from "~server/library/attachments.ts";
export { menukaartCsv, menukaartPdf, type ExportLabels } from "~server/library/export.ts";
export { libraryPermissions, TRANSITION_NAMES, type TransitionName } from "~server/library/policy.ts";
