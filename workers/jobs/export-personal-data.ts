import { buildExport, markExportFailed, purgeExpiredExports } from "../../server/privacy/export.ts";
import type { JobHandler } from "../runner.ts";

/** Builds one member's data export; on the last failed attempt the page shows "failed". */
export const exportPersonalData: JobHandler<"exportPersonalData"> = async ({ exportId }, job) => {
  try {
    const result = await buildExport(exportId);
    // Expired exports of anyone go with each new one (and in the daily clean-up).
    await purgeExpiredExports();
    return result;
  } catch (error) {
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await markExportFailed(exportId);
    throw error;
  }
};
