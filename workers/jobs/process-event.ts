import { performEvent } from "../../server/events/processors.ts";
import type { JobHandler } from "../runner.ts";

/** One processor for one domain event; processors are idempotent, so a retried or repeated job is harmless. */
export const processEvent: JobHandler<"processEvent"> = async ({ eventId, name, processor, payload, occurredAt }, _job, signal) =>
  performEvent(processor, { id: eventId, name, payload, occurredAt }, signal);
