import { deleteExpiredSessions } from "../../server/accounts/sessions.ts";
import type { JobHandler } from "../runner.ts";

export const cleanExpiredSessions: JobHandler<"cleanExpiredSessions"> = async () => {
  return { deleted: await deleteExpiredSessions() };
};
