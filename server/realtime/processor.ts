/**
 * The realtime processor: what connected sockets see of events, sent through
 * the Redis emitter from the worker (server/realtime/broadcast.ts). The one
 * exception is a new message's broadcast to its topic room, which the web
 * instance sends itself right after the commit (server/discussions/live.ts).
 */
import { discussionBroadcasts } from "../discussions/processors.ts";
import { documentBroadcasts } from "../documents/processors.ts";
import { handlerProcessor, type EventProcessor } from "../events/processor.ts";
import { moderationBroadcasts } from "../moderation/processors.ts";
import { pushNotificationLive } from "../notifications/delivery.ts";
import { notificationRecounts } from "../notifications/recount.ts";
import { closeCommunityDocuments, closeEndedSessions } from "./sessions.ts";

export function realtimeProcessor(): EventProcessor {
  return handlerProcessor("realtime", discussionBroadcasts, documentBroadcasts, moderationBroadcasts, notificationRecounts, {
    "notification.created": (payload) => pushNotificationLive(payload),
    // One session check for every namespace (decision 112).
    "sessions.ended": (payload) => closeEndedSessions(payload),
    "membership.removed": (payload) => closeCommunityDocuments(payload),
  });
}
