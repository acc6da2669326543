/**
 * Who may do what in the work agenda. Pure and table-driven, like the
 * library's policy; tests/integration/agenda.test.ts checks the matrix
 * through the routes. See docs/decisions/075-agenda-access.md.
 *
 * - Anyone, also without an account, reads goals, the dashboard, the CSV
 *   export and review rounds (snapshot and decisions): the agenda is public
 *   accountability and holds no personal data.
 * - Comments (review rounds, knowledge questions) and knowledge questions
 *   carry members' names: logged-in members only.
 * - Members of the Kennisagenda community and moderators record measurements.
 * - Moderators and admins manage goals, actions, indicators, rounds and
 *   decisions, link answers and mark questions answered.
 */
import type { GlobalRoleValue } from "~/shared/enums.ts";
import { AppError, forbidden } from "../errors.ts";
import { isModerator } from "../moderation/roles.ts";

/** `emailVerified: false`: the account's address is not verified yet (decision 110), so it reads but does not post. */
export type AgendaActor = { id: string; globalRole: GlobalRoleValue; kennisagendaMember: boolean; emailVerified?: boolean } | null;

export const AGENDA_ACTIONS = [
  "read",
  "readDiscussion",
  "recordMeasurement",
  "manage",
  "comment",
  "proposeQuestion",
  "vote",
  "curateQuestion",
] as const;
export type AgendaAction = (typeof AGENDA_ACTIONS)[number];
export type AgendaPermissions = Record<AgendaAction, boolean>;

export function agendaPermissions(actor: AgendaActor): AgendaPermissions {
  const member = actor !== null;
  const poster = member && actor.emailVerified !== false;
  const moderator = isModerator(actor);
  return {
    read: true,
    readDiscussion: member,
    recordMeasurement: moderator || (actor?.kennisagendaMember ?? false),
    manage: moderator,
    comment: poster,
    proposeQuestion: poster,
    vote: poster,
    curateQuestion: moderator,
  };
}

/** 401 for a visitor (the edge sends them to log in), 403 for a member without the right. */
export function authorizeAgenda(actor: AgendaActor, action: AgendaAction): void {
  if (agendaPermissions(actor)[action]) return;
  if (actor === null) throw new AppError(401, "errors.unauthenticated");
  throw forbidden();
}
