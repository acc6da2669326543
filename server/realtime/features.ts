/**
 * Every realtime feature registers its socket handlers here, so the web
 * instance and the tests start the same set.
 */
import { registerNotificationSockets } from "../notifications/realtime.ts";

export function registerRealtimeFeatures(): void {
  // Discussion and collaboration handlers are added by their areas.
  registerNotificationSockets();
}
