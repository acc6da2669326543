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
import { agendaActor } from "~server/agenda/queries.ts";
import { authorizeAgenda, type AgendaAction } from "~server/agenda/policy.ts";
import { orRespond } from "./errors.ts";

/**
 * An action's first check: whoever may not do `action` gets the refusal page (401/403) before the
 * form is read, so a bad form tells them nothing either (decision 306).
 */
export async function requireAgendaRight(user: Parameters<typeof agendaActor>[0], action: AgendaAction): Promise<void> {
  await orRespond(async () => authorizeAgenda(await agendaActor(user), action));
}
