/**
 * The notifications processor: each area says which of its events notify whom
 * (server/<area>/processors.ts); this one runs them. Every notification has a
 * dedupe key, so a repeated job stores nothing twice, and a new notification
 * emits `notification.created` in its own transaction (delivery follows).
 */
import { communityNotifications } from "../communities/processors.ts";
import { discussionNotifications } from "../discussions/processors.ts";
import { handlerProcessor, type EventProcessor } from "../events/processor.ts";
import { libraryNotifications } from "../library/processors.ts";
import { meetingNotifications } from "../meetings/processors.ts";
import { moderationNotifications } from "../moderation/processors.ts";

export function notificationsProcessor(): EventProcessor {
  return handlerProcessor(
    "notifications",
    communityNotifications,
    discussionNotifications,
    libraryNotifications,
    meetingNotifications,
    moderationNotifications,
  );
}
