import { sendEventReminders as send } from "../../server/meetings/reminders.ts";
import type { JobHandler } from "../runner.ts";

export const sendEventReminders: JobHandler<"sendEventReminders"> = async (payload) =>
  send(payload.now ? new Date(payload.now) : new Date());
