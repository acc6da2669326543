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

export function realtimeProcessor(): EventProcessor {
  return handlerProcessor("realtime", discussionBroadcasts, documentBroadcasts, moderationBroadcasts, { "notification.created": (payload) => pushNotificationLive(payload) });
}
