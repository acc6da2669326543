import { deleteExpiredSessions } from "../../server/accounts/sessions.ts";
import { deleteExpiredFormKeys } from "../../server/forms/form-keys.ts";
import { purgeExpiredExports } from "../../server/privacy/export.ts";
import type { JobHandler } from "../runner.ts";

export const cleanExpiredSessions: JobHandler<"cleanExpiredSessions"> = async () => {
  // Expired data exports (zip files with personal data) and create forms' one-time keys go in the same daily sweep.
  return {
    deleted: await deleteExpiredSessions(),
    exportsDeleted: await purgeExpiredExports(),
    formKeysDeleted: await deleteExpiredFormKeys(),
  };
};
