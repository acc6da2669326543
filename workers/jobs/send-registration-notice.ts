import { sendRegistrationNoticeMail } from "../../server/accounts/registration-notice.ts";
import type { JobHandler } from "../runner.ts";

export const sendRegistrationNotice: JobHandler<"sendRegistrationNotice"> = async (payload, _job, signal) => ({
  result: await sendRegistrationNoticeMail(payload, signal),
});
