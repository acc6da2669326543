import { announcePublicDataChanged } from "../../server/cache/public-data.ts";
import { indexRecords } from "../../server/search/indexer.ts";
import type { JobHandler } from "../runner.ts";

/**
 * Idempotent: it always writes the record's current state, whichever version the job was named for.
 * Visitors' kept search pages show what the index holds (decision 163): once it changed, they are dropped.
 */
export const indexRecord: JobHandler<"indexRecord"> = async ({ kind, id }) => {
  const result = await indexRecords(kind, [id]);
  if (result.upserted || result.removed) await announcePublicDataChanged();
  return result;
};
