/**
 * A worker killed in the middle of an indexing job: BullMQ notices the
 * stalled job, another worker runs it again, and the index ends up with the
 * record's current state.
 */
import { fork } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { JOBS, QUEUES } from "../../server/queues/definitions.ts";
import { closeQueues, queue } from "../../server/queues/producer.ts";
import { reconcile, scheduleIndexing } from "../../server/search/indexer.ts";
import { search } from "../../server/search/service.ts";
import { indexRecord } from "../../workers/jobs/index-record.ts";
import { runQueue } from "../../workers/runner.ts";
import { parseSearchParams } from "../../app/shared/search.ts";
import { createUser } from "../helpers/factories.ts";
import { until } from "../helpers/until.ts";

const LOCK_MS = 2_000;
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await closeQueues();
});

const hitIds = async (actor: { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN" }, q: string) =>
  (await search(actor, parseSearchParams(new URLSearchParams({ q })).params)).hits.map((hit) => hit.id);

describe("a search worker killed mid-job", () => {
  it("is retried by another worker and the index ends correct", { timeout: 60_000 }, async () => {
    const searcher = await createUser();
    const member = await createUser({ displayName: "Kees Klantmanager", bio: "Ik werk aan werkfit-trajecten." });
    await reconcile(["member"]);
    expect(await hitIds(searcher, "werkfit")).toEqual([member.id]);

    const child = fork(path.resolve(import.meta.dirname, "../helpers/search-worker-child.ts"), [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, TEST_LOCK_MS: String(LOCK_MS) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    cleanups.push(async () => void child.kill("SIGKILL"));
    const messages: { type: string; jobId?: string }[] = [];
    child.on("message", (message: { type: string; jobId?: string }) => messages.push(message));
    await until("the child worker", async () => messages.some((m) => m.type === "ready"));

    await db().user.update({ where: { id: member.id }, data: { bio: "Ik begeleid jongeren naar een leerwerkplek." } });
    await scheduleIndexing("member", [member.id]);
    const paused = await until("the child to stop mid-job", async () => messages.find((m) => m.type === "paused"));
    // A further change that no job announces: only a retried job that reloads the record can index it.
    await db().user.update({ where: { id: member.id }, data: { bio: "Ik begeleid jongeren naar een leerbaan in de techniek." } });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(await hitIds(searcher, "werkfit")).toEqual([member.id]);

    const rescuer = runQueue(QUEUES.search, { indexRecord }, 1, { lockDuration: LOCK_MS, stalledInterval: LOCK_MS / 2 });
    cleanups.push(() => rescuer.close());
    const job = await until("the job to complete", async () => {
      const found = await queue(QUEUES.search).getJob(paused.jobId!);
      return found && (await found.getState()) === "completed" ? found : null;
    });
    expect(job.name).toBe(JOBS.indexRecord.name);
    expect(job.stalledCounter).toBeGreaterThanOrEqual(1);
    expect(await hitIds(searcher, "leerbaan techniek")).toEqual([member.id]);
    expect(await hitIds(searcher, "werkfit")).toEqual([]);
  });
});
