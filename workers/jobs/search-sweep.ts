import { reconcile } from "../../server/search/indexer.ts";
import type { JobHandler } from "../runner.ts";

export const searchSweep: JobHandler<"searchSweep"> = async () => ({ kinds: await reconcile() });
