import { sendNotificationMail as send } from "../../server/notifications/mails.ts";
import type { JobHandler } from "../runner.ts";

export const sendNotificationMail: JobHandler<"sendNotificationMail"> = async (payload, _job, signal) => ({
  result: await send(payload, signal),
});
