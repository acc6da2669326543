import { sendDigestBatch as send } from "../../server/notifications/digest/send-batch.ts";
import type { JobHandler } from "../runner.ts";

export const sendDigestBatch: JobHandler<"sendDigestBatch"> = async (payload, _job, signal) => ({ result: await send(payload, signal) });
