import { startPasswordReset } from "../../server/accounts/password-reset.ts";
import type { JobHandler } from "../runner.ts";

export const requestPasswordReset: JobHandler<"requestPasswordReset"> = async (payload) => ({
  result: await startPasswordReset(payload),
});
