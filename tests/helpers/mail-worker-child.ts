/**
 * A mail worker for crash tests: runs send-digest and send-digest-batch jobs only, with short locks
 * so a test can kill it with SIGKILL and let the next one take the stalled
 * jobs over soon. A job may stall any number of times (the test kills the
 * worker again and again).
 *
 * It says "loaded" once its modules are imported and starts working only when
 * the test sends "go" (then says "ready"): a test can fork the next worker
 * while the current one works, so the next round does not wait for start-up.
 */
import { QUEUES } from "../../server/queues/definitions.ts";
import { sendDigest } from "../../workers/jobs/send-digest.ts";
import { sendDigestBatch } from "../../workers/jobs/send-digest-batch.ts";
import { runQueue } from "../../workers/runner.ts";

const lockDuration = Number(process.env.TEST_LOCK_MS ?? 1_000);
process.on("message", function go(message: { type?: string }) {
  if (message.type !== "go") return;
  process.off("message", go);
  runQueue(QUEUES.mail, { sendDigest, sendDigestBatch }, Number(process.env.MAIL_CONCURRENCY ?? 8), {
    lockDuration,
    stalledInterval: lockDuration / 2,
    maxStalledCount: 1_000,
  });
  process.send?.({ type: "ready" });
});
process.send?.({ type: "loaded" });
// Never outlive the test that started us.
process.once("disconnect", () => process.exit(1));
