import { purgeMailDeliveries as purge } from "../../server/mail/retention.ts";
import type { JobHandler } from "../runner.ts";

export const purgeMailDeliveries: JobHandler<"purgeMailDeliveries"> = async (payload, _job, signal) => ({
  deleted: await purge(payload.now ? new Date(payload.now) : new Date(), { signal }),
});
