import { sendInvitationMail as send } from "../../server/notifications/mails.ts";
import type { JobHandler } from "../runner.ts";

export const sendInvitationMail: JobHandler<"sendInvitationMail"> = async (payload, _job, signal) => ({
  result: await send(payload, signal),
});
