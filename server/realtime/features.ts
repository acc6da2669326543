/**
 * Every realtime feature registers its socket handlers here, so the web
 * instance and the tests start the same set.
 */
import { closeDiscussionRealtime, registerDiscussionRealtime } from "../discussions/realtime.ts";
import { registerNotificationSockets } from "../notifications/realtime.ts";
import { closeRateLimits } from "../security/rate-limit.ts";

export function registerRealtimeFeatures(): void {
  registerNotificationSockets();
  registerDiscussionRealtime();
}

/** Closes the connections realtime features opened (after socket.io has closed). */
export async function closeRealtimeFeatures(): Promise<void> {
  await Promise.all([closeDiscussionRealtime(), closeRateLimits()]);
}
