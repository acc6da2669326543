import { announcePublicDataChanged } from "../../server/cache/public-data.ts";
import { reconcile } from "../../server/search/indexer.ts";
import type { JobHandler } from "../runner.ts";

async function sweep() {
  const kinds = await reconcile();
  // A repair changes what visitors' kept search pages would show: they are dropped then (decision 163).
  if (kinds.some((report) => report.upserted || report.removed)) await announcePublicDataChanged();
  return { kinds };
}

let running: ReturnType<typeof sweep> | undefined;

/**
 * Sweeps that overlap in one worker share one pass: at start the scheduler's first sweep and the
 * start-up sweep came together, and both read and wrote every record (the search queue runs 4 jobs).
 */
export const searchSweep: JobHandler<"searchSweep"> = () => {
  running ??= sweep().finally(() => {
    running = undefined;
  });
  return running;
};
