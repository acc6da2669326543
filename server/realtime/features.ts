/**
 * Every realtime feature registers its socket handlers here, so the web
 * instance and the tests start the same set.
 */
import { startCollab } from "../collab/server.ts";
import { closeDiscussionRealtime, registerDiscussionRealtime } from "../discussions/realtime.ts";
import { registerNotificationSockets } from "../notifications/realtime.ts";
import { closeRateLimits } from "../security/rate-limit.ts";
import { onServerStart } from "./server.ts";

export function registerRealtimeFeatures(): void {
  registerNotificationSockets();
  registerDiscussionRealtime();
  // Shared documents have a namespace of their own (/collab).
  onServerStart("collab", startCollab);
}

/** Closes the connections realtime features opened (after socket.io has closed). */
export async function closeRealtimeFeatures(): Promise<void> {
  await Promise.all([closeDiscussionRealtime(), closeRateLimits()]);
}
