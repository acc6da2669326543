/**
 * A web instance (socket.io + the discussion handlers, no Remix) whose
 * commands commit and then stop before relaying their events: it tells its
 * parent and waits forever, so a test can kill it with SIGKILL exactly
 * between the commit and the relay (tests/integration/outbox-crash.test.ts).
 */
import { setBeforeRelay } from "../../server/events/relay.ts";

process.env.EVENTS_DISPATCH = "queue";
setBeforeRelay(async (events) => {
  process.send?.({ type: "committed", events: events.map((event) => event.name) });
  await new Promise<never>(() => undefined);
});
await import("./realtime-entry.ts");
// Never outlive the test that started us.
process.once("disconnect", () => process.exit(1));
