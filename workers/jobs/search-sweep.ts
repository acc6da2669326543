import { announcePublicDataChanged } from "../../server/cache/public-data.ts";
import { reconcile } from "../../server/search/indexer.ts";
import type { JobHandler } from "../runner.ts";

/** A repair changes what visitors' kept search pages would show: they are dropped then (decision 163). */
export const searchSweep: JobHandler<"searchSweep"> = async () => {
  const kinds = await reconcile();
  if (kinds.some((report) => report.upserted || report.removed)) await announcePublicDataChanged();
  return { kinds };
};
