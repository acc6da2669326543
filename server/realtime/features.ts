/**
 * Every realtime feature registers its socket handlers here, so the web
 * instance and the tests start the same set.
 */
import { startCollab } from "../collab/server.ts";
import { onServerStart } from "./server.ts";

export function registerRealtimeFeatures(): void {
  // Discussion and collaboration handlers are added by their areas.
  onServerStart("collab", startCollab);
}
