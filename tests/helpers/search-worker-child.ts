/**
 * A search worker in a child process that stops in the middle of every
 * index-record job (after loading the record, before writing the index) and
 * tells its parent, so a test can kill it mid-job with SIGKILL.
 */
import { QUEUES } from "../../server/queues/definitions.ts";
import { indexRecords } from "../../server/search/indexer.ts";
import { runQueue } from "../../workers/runner.ts";

const lockDuration = Number(process.env.TEST_LOCK_MS ?? 2_000);

runQueue(
  QUEUES.search,
  {
    indexRecord: ({ kind, id }, job) =>
      indexRecords(kind, [id], {
        beforeWrite: () =>
          new Promise<void>(() => {
            process.send?.({ type: "paused", jobId: job.id });
          }),
      }),
  },
  1,
  { lockDuration, stalledInterval: lockDuration / 2 },
);
process.send?.({ type: "ready" });
