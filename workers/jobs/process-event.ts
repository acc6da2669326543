import { ZodError } from "zod";
import { performEvent } from "../../server/events/processors.ts";
import type { JobHandler } from "../runner.ts";

/** One processor for one domain event; processors are idempotent, so a retried or repeated job is harmless. */
export const processEvent: JobHandler<"processEvent"> = async ({ eventId, name, processor, payload, occurredAt }, job, signal) => {
  try {
    await performEvent(processor, { id: eventId, name, payload, occurredAt }, signal);
  } catch (error) {
    // A payload that does not match its event's schema will never succeed: fail it now, keep it for inspection.
    if (error instanceof ZodError) await job.discard();
    throw error;
  }
};
