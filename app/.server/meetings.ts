// Routes reach the meetings (meetings, /agenda) through this facade.
export * from "~server/meetings/queries.ts";
export * from "~server/meetings/commands.ts";
export { calendarFeed, feedIcs, regenerateCalendarFeed, revokeCalendarFeed } from "~server/meetings/feed.ts";
