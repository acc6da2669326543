// Routes reach the meetings (meetings, /agenda) through this facade.
export { loadMeeting } from "~server/meetings/access.ts";
export {
  AGENDA_LIMIT,
  agendaWithPlanningTargets,
  communityMeetings,
  meetingForEdit,
  meetingIcs,
  meetingPage,
  visibleMeetingsWhere,
} from "~server/meetings/queries.ts";
export {
  answerRsvp,
  cancelMeeting,
  createMeeting,
  createMeetingNotes,
  meetingCreationTarget,
  meetingPath,
  refillSeats,
  updateMeeting,
} from "~server/meetings/commands.ts";
export type { RsvpResult } from "~server/meetings/commands.ts";
export { calendarFeed, feedIcs, regenerateCalendarFeed, revokeCalendarFeed } from "~server/meetings/feed.ts";
