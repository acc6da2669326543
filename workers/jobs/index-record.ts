import { indexRecords } from "../../server/search/indexer.ts";
import type { JobHandler } from "../runner.ts";

/** Idempotent: it always writes the record's current state, whichever version the job was named for. */
export const indexRecord: JobHandler<"indexRecord"> = async ({ kind, id }) => indexRecords(kind, [id]);
