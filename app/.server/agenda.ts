// Routes reach the work agenda through here (Remix keeps app/.server out of the client bundle).
export {
  closeReviewRound,
  commentOnQuestion,
  commentOnRound,
  createAction,
  createGoal,
  createIndicator,
  linkAnswer,
  openReviewRound,
  proposeQuestion,
  recordDecision,
  recordMeasurement,
  setActionStatus,
  setQuestionAnswered,
  updateAction,
  updateGoal,
  updateIndicator,
  vote,
} from "~server/agenda/commands.ts";
export {
  acceptsComments,
  agendaActor,
  agendaOverview,
  compareRounds,
  compareSnapshots,
  dayString,
  knowledgeQuestion,
  knowledgeQuestions,
  measurementTargets,
  reviewRound,
  reviewRounds,
  roundsToCompare,
  themeAgenda,
} from "~server/agenda/queries.ts";
export type { IndicatorView, RoundChange, SeriesPoint, ThemeAgenda } from "~server/agenda/queries.ts";
export { agendaCsv, type AgendaCsvLabels } from "~server/agenda/export.ts";
export type { AgendaSnapshot } from "~server/agenda/snapshot.ts";
export { agendaPermissions, authorizeAgenda } from "~server/agenda/policy.ts";
