/**
 * An event worker that stops in the middle of every job and tells its parent,
 * so a test can kill it mid-processing with SIGKILL. TEST_PAUSE_AFTER names
 * the processors that stop after doing their work (the job is not yet marked
 * done: a retry must not do it twice); the others stop before (a retry must
 * still do it). A short lock lets another worker take the jobs over soon.
 */
import { performEvent } from "../../server/events/processors.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { runQueue } from "../../workers/runner.ts";
import { shortStall } from "./stall.ts";

const lockDuration = Number(process.env.TEST_LOCK_MS ?? 2_000);
const pauseAfter = new Set((process.env.TEST_PAUSE_AFTER ?? "").split(",").filter(Boolean));
const forever = () => new Promise<never>(() => undefined);

runQueue(
  QUEUES.events,
  {
    processEvent: async ({ eventId, name, processor, payload, occurredAt }, job) => {
      const pause = (when: "before" | "after") => process.send?.({ type: "paused", when, jobId: job.id, name, processor });
      if (!pauseAfter.has(processor)) {
        pause("before");
        return forever();
      }
      await performEvent(processor, { id: eventId, name, payload, occurredAt });
      pause("after");
      return forever();
    },
  },
  32,
  shortStall(lockDuration),
);
process.send?.({ type: "ready" });
// Never outlive the test that started us.
process.once("disconnect", () => process.exit(1));
