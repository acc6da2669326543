import { closeDiscussionRealtime, registerDiscussionRealtime } from "../discussions/realtime.ts";
import { closeRateLimits } from "../security/rate-limit.ts";

/**
 * Every realtime feature registers its socket handlers here, so the web
 * instance and the tests start the same set.
 */
export function registerRealtimeFeatures(): void {
  registerDiscussionRealtime();
}

/** Closes the connections realtime features opened (after socket.io has closed). */
export async function closeRealtimeFeatures(): Promise<void> {
  await Promise.all([closeDiscussionRealtime(), closeRateLimits()]);
}
