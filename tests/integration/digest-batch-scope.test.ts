/**
 * A batch's members go to PostgreSQL together (decision 283): they start at
 * once in a scope of their own, so their member rows, claims, sections and
 * hand-overs are one statement each for the whole batch — also when
 * MAIL_CONCURRENCY is smaller than the batch — and their sections do not wait
 * for a digest elsewhere in the process that has not asked yet. Real
 * PostgreSQL, a real SMTP sink; the batch runs in this process.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "../../server/config.ts";
import { forgetSingleton } from "../../server/singleton.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { digestComing, MAX_WAIT_MS, setBarrierWaitForTests } from "../../server/notifications/digest/barrier.ts";
import { DIGEST_SECTIONS } from "../../server/notifications/digest/sections/index.ts";
import { digestLanes, sendDigestBatch } from "../../server/notifications/digest/send-batch.ts";
import { membersWithNews } from "../helpers/digest-factories.ts";
import { useMailSink } from "../helpers/mail-sink.ts";

// Fewer digests at once than a batch has members: on main the batch then ran in waves of four.
process.env.MAIL_CONCURRENCY = "4";
resetConfigForTests();

const sink = useMailSink({ clearEach: true, logLevel: "error" });

/** `count` members with news, and the batch job's input for them. */
async function batchWithNews(count: number) {
  const { period, members } = await membersWithNews(count, new Date(), "Samen verder");
  const input = {
    userIds: members.map((m) => m.id),
    frequency: "WEEKLY" as const,
    periodKey: period.key,
    until: period.until.toISOString(),
  };
  return { members, input };
}

afterEach(() => setBarrierWaitForTests(MAX_WAIT_MS));
afterAll(() => {
  delete process.env.MAIL_CONCURRENCY;
  resetConfigForTests();
  forgetSingleton("digest-lanes");
});

describe("a digest batch's scope", () => {
  it("runs its members together: one statement per kind for the whole batch, even above MAIL_CONCURRENCY", async () => {
    const { members, input } = await batchWithNews(8);
    // However slowly the statements go on a busy machine, the sections wait for all eight.
    setBarrierWaitForTests(60_000);
    const { result, statements } = await countRoundTrips(() => sendDigestBatch(input));
    expect(result).toEqual({ sent: 8 });
    // Member rows and every section: one statement each (its requests one unnest of typed arrays), for all eight.
    expect(statements.filter((sql) => sql.includes('WITH ORDINALITY AS r("u"'))).toHaveLength(DIGEST_SECTIONS.length + 1);
    expect(statements.filter((sql) => sql.includes('INSERT INTO "MailDelivery"'))).toHaveLength(1);
    expect(statements.filter((sql) => sql.includes(`SET "status" = 'HANDING_OVER'`))).toHaveLength(1);
    for (const member of members) {
      expect(sink.to(member.email)).toHaveLength(1);
      expect(sink.to(member.email)[0]!.text).toContain("Nina Nieuwkomer");
    }
  });

  it("does not wait for a digest elsewhere in the process that has not asked for its sections", async () => {
    const { members, input } = await batchWithNews(2);
    // A digest sent on its own (a send-digest job) that is still loading: it holds the process's barrier.
    setBarrierWaitForTests(60_000);
    const elsewhere = digestComing();
    try {
      const outcome = await Promise.race([
        sendDigestBatch(input),
        new Promise<"waited">((resolve) => setTimeout(() => resolve("waited"), 15_000).unref()),
      ]);
      expect(outcome).toEqual({ sent: 2 });
    } finally {
      elsewhere();
    }
    for (const member of members) expect(sink.to(member.email)).toHaveLength(1);
  });

  it("runs as many batches at once as MAIL_CONCURRENCY digests fill, at least one", () => {
    expect(digestLanes(64)).toBe(2);
    expect(digestLanes(4)).toBe(1);
    expect(digestLanes(100)).toBe(2);
    expect(digestLanes(101)).toBe(3);
  });
});
