import { scheduleDigests as schedule } from "../../server/notifications/digest/schedule.ts";
import type { JobHandler } from "../runner.ts";

export const scheduleDigests: JobHandler<"scheduleDigests"> = async (payload) => ({
  periods: await schedule(payload.now ? new Date(payload.now) : new Date()),
});
