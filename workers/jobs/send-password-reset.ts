import { sendPasswordResetMail } from "../../server/accounts/password-reset.ts";
import type { JobHandler } from "../runner.ts";

export const sendPasswordReset: JobHandler<"sendPasswordReset"> = async (payload, _job, signal) => ({
  result: await sendPasswordResetMail(payload, signal),
});
