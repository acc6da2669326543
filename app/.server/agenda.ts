// Routes reach the work agenda through here (Remix keeps app/.server out of the client bundle).
export * from "~server/agenda/commands.ts";
export * from "~server/agenda/queries.ts";
export { agendaCsv, type AgendaCsvLabels } from "~server/agenda/export.ts";
export type { AgendaSnapshot } from "~server/agenda/snapshot.ts";
export { agendaPermissions, authorizeAgenda } from "~server/agenda/policy.ts";
