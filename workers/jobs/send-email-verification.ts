import { sendEmailVerificationMail } from "../../server/accounts/verification.ts";
import type { JobHandler } from "../runner.ts";

export const sendEmailVerification: JobHandler<"sendEmailVerification"> = async (payload, _job, signal) => ({
  result: await sendEmailVerificationMail(payload, signal),
});
