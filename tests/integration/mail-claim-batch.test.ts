/**
 * The exactly-once statements of mails sent side by side, batched (decision
 * 179): claims, hand-over markers and outcomes of concurrent mails go to
 * PostgreSQL as one statement each, and every row still moves on its own —
 * its own token, its own lease, its own state — exactly as decisions 031 and
 * 130 say for one mail at a time. The crash paths themselves are exercised
 * with kill -9 in mail-crash.test.ts.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { claimDelivery, claimLeaseMs, type Claim, finishDelivery, startHandOver } from "../../server/mail/delivery.ts";
import { createUser } from "../helpers/factories.ts";

const MINUTE = 60_000;
const claims = (statements: string[]) => statements.filter((sql) => sql.includes('INSERT INTO "MailDelivery"'));
const handOvers = (statements: string[]) => statements.filter((sql) => sql.includes(`SET "status" = 'HANDING_OVER'`));

function owned(claim: Claim): Extract<Claim, { state: "owned" }> {
  if (claim.state !== "owned") throw new Error(`expected an owned claim, got ${claim.state}`);
  return claim;
}

describe("exactly-once statements in batches", () => {
  it("claims made side by side are one INSERT, each with its own row, token and window", async () => {
    const members = await Promise.all(Array.from({ length: 6 }, (_, i) => createUser({ displayName: `Lid ${i}` })));
    const since = new Date("2026-11-23T23:00:00.000Z");
    const until = new Date("2026-11-30T23:00:00.000Z");
    const now = new Date();
    const { result, statements } = await countRoundTrips(() =>
      Promise.all(
        members.map((member) =>
          claimDelivery(
            { key: `batch-${member.id}`, kind: "DIGEST", userId: member.id, frequency: "WEEKLY", periodKey: "2026-W48", since, until },
            false,
            now,
          ),
        ),
      ),
    );
    expect(claims(statements)).toHaveLength(1);
    expect(result.map((claim) => claim.state)).toEqual(members.map(() => "owned"));
    const tokens = result.map((claim) => owned(claim).token);
    expect(new Set(tokens).size).toBe(members.length);
    const rows = await db().mailDelivery.findMany({ where: { key: { in: members.map((m) => `batch-${m.id}`) } } });
    expect(rows).toHaveLength(members.length);
    for (const [i, member] of members.entries()) {
      const claim = owned(result[i]!);
      const row = rows.find((r) => r.key === `batch-${member.id}`)!;
      expect(row).toMatchObject({
        id: claim.delivery.id,
        userId: member.id,
        kind: "DIGEST",
        status: "SENDING",
        claimToken: claim.token,
        attempts: 1,
        frequency: "WEEKLY",
        periodKey: "2026-W48",
        since,
        until,
        claimedAt: now,
      });
      // What the claim hands back is the row as stored (a retry covers the window of the first attempt).
      expect(claim.delivery).toMatchObject({ status: "SENDING", attempts: 1, since, until, claimedAt: now, createdAt: row.createdAt });
      expect(claim.handedOver).toBe(false);
    }
  });

  it("a batch where a crashed run claimed some members already gets only the rest", async () => {
    const members = await Promise.all(Array.from({ length: 8 }, (_, i) => createUser({ displayName: `Lid ${i}` })));
    const key = (i: number) => `crashed-run-${members[i]!.id}`;
    const now = new Date();
    const expired = new Date(now.getTime() - claimLeaseMs() - MINUTE);
    const fresh = new Date(now.getTime() - 1_000);
    // What an earlier worker left behind when it was killed: sent, claimed long ago but nothing handed
    // over, killed during a hand-over, still busy (lease running), uncertain, failed.
    const left = [
      { i: 0, status: "SENT", claimedAt: expired, attempts: 1 },
      { i: 1, status: "SENDING", claimedAt: expired, attempts: 1 },
      { i: 2, status: "HANDING_OVER", claimedAt: expired, attempts: 1 },
      { i: 3, status: "SENDING", claimedAt: fresh, attempts: 1 },
      { i: 4, status: "UNCERTAIN", claimedAt: expired, attempts: 1 },
      { i: 5, status: "FAILED", claimedAt: expired, attempts: 2 },
    ] as const;
    for (const row of left)
      await db().mailDelivery.create({
        data: {
          key: key(row.i),
          kind: "DIGEST",
          userId: members[row.i]!.id,
          status: row.status,
          claimedAt: row.claimedAt,
          claimToken: row.status === "SENDING" || row.status === "HANDING_OVER" ? "token-of-the-dead-worker" : null,
          attempts: row.attempts,
        },
      });
    const before = await db().mailDelivery.findMany({ where: { key: { in: left.map((row) => key(row.i)) } } });

    const { result, statements } = await countRoundTrips(() =>
      Promise.all(members.map((member, i) => claimDelivery({ key: key(i), kind: "DIGEST", userId: member.id }, false, now))),
    );
    expect(result.map((claim) => claim.state)).toEqual([
      "done", // sent before the crash: never again
      "owned", // claimed, nothing handed over, lease over: taken over
      "uncertain", // killed during the hand-over over SMTP: an administrator decides
      "busy", // another worker's lease is still running
      "uncertain",
      "owned", // failed earlier: retried
      "owned", // new
      "owned", // new
    ]);
    // The two new members were claimed by the one batched INSERT; the others kept their rows.
    expect(claims(statements)).toHaveLength(1);
    const after = await db().mailDelivery.findMany({ where: { key: { in: members.map((_, i) => key(i)) } } });
    expect(after).toHaveLength(members.length);
    for (const row of before) expect(after.find((r) => r.key === row.key)!.id).toBe(row.id);
    const byKey = new Map(after.map((row) => [row.key, row]));
    expect(byKey.get(key(0))).toMatchObject({ status: "SENT", attempts: 1 });
    expect(byKey.get(key(1))).toMatchObject({ status: "SENDING", attempts: 2, claimToken: owned(result[1]!).token });
    expect(byKey.get(key(2))).toMatchObject({ status: "UNCERTAIN", claimToken: null });
    expect(byKey.get(key(3))).toMatchObject({ status: "SENDING", claimToken: "token-of-the-dead-worker" });
    expect(byKey.get(key(5))).toMatchObject({ status: "SENDING", attempts: 3, claimToken: owned(result[5]!).token });
    for (const i of [6, 7])
      expect(byKey.get(key(i))).toMatchObject({ status: "SENDING", attempts: 1, claimToken: owned(result[i]!).token });
    const busy = result[3]!;
    if (busy.state !== "busy") throw new Error("expected busy");
    expect(busy.retryAt.getTime()).toBe(fresh.getTime() + claimLeaseMs());

    // Over files a repeated hand-over is harmless: the same leftovers give the interrupted one back to send.
    await db().mailDelivery.update({ where: { key: key(2) }, data: { status: "HANDING_OVER", claimedAt: expired } });
    const again = await claimDelivery({ key: key(2), kind: "DIGEST", userId: members[2]!.id }, true, now);
    expect(again).toMatchObject({ state: "owned", handedOver: true });
  });

  it("two claims of one new key in the same batch: one owns it, the other finds it busy", async () => {
    const member = await createUser();
    const input = { key: `twice-${member.id}`, kind: "DIGEST" as const, userId: member.id };
    const { result, statements } = await countRoundTrips(() => Promise.all([claimDelivery(input, false), claimDelivery(input, false)]));
    expect(claims(statements)).toHaveLength(1);
    expect(result.map((claim) => claim.state).sort()).toEqual(["busy", "owned"]);
    expect(await db().mailDelivery.count({ where: { key: input.key } })).toBe(1);
  });

  it("one claim that cannot be stored fails alone; the rest of its batch is claimed", async () => {
    const members = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    const inputs = [...members.map((m) => ({ key: `alone-${m.id}`, userId: m.id })), { key: "alone-nobody", userId: "no-such-user" }];
    const results = await Promise.allSettled(inputs.map((input) => claimDelivery({ ...input, kind: "DIGEST" }, false)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected"]);
    for (const r of results.slice(0, 3)) expect(r.status === "fulfilled" && r.value.state).toBe("owned");
    expect(await db().mailDelivery.count({ where: { key: { startsWith: "alone-" } } })).toBe(3);
  });

  it("hand-overs and outcomes side by side are one UPDATE each, and a lost claim changes nothing", async () => {
    const members = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    const taken = await Promise.all(members.map((m) => claimDelivery({ key: `steps-${m.id}`, kind: "DIGEST", userId: m.id }, false)));
    const mine = taken.map(owned);
    // Another worker took member 4's delivery over meanwhile (as after a lease ran out).
    await db().mailDelivery.update({ where: { id: mine[4]!.delivery.id }, data: { claimToken: "someone-else" } });

    // Members 0–2 have a mail to send; member 3's digest turned out empty.
    const handOver = await countRoundTrips(() => Promise.all([0, 1, 2, 4].map((i) => startHandOver(mine[i]!))));
    expect(handOver.result).toEqual([true, true, true, false]);
    expect(handOvers(handOver.statements)).toHaveLength(1);
    const states = async () =>
      (await db().mailDelivery.findMany({ where: { id: { in: mine.map((c) => c.delivery.id) } } })).sort(
        (a, b) => mine.findIndex((c) => c.delivery.id === a.id) - mine.findIndex((c) => c.delivery.id === b.id),
      );
    expect((await states()).map((row) => row.status)).toEqual(["HANDING_OVER", "HANDING_OVER", "HANDING_OVER", "SENDING", "SENDING"]);

    const finished = await countRoundTrips(() =>
      Promise.all([
        finishDelivery(mine[0]!, "SENT", 3),
        finishDelivery(mine[1]!, "SENT", 1),
        // Not handed over: a SENT outcome for member 3 would be a bug, and is refused.
        finishDelivery(mine[3]!, "SENT", 1),
        finishDelivery(mine[4]!, "EMPTY"),
      ]),
    );
    expect(finished.result).toEqual([true, true, false, false]);
    expect(finished.statements.filter((sql) => sql.includes('UPDATE "MailDelivery"'))).toHaveLength(1);
    const emptyNow = await finishDelivery(mine[3]!, "EMPTY");
    expect(emptyNow).toBe(true);
    const rows = await states();
    expect(rows.map((row) => [row.status, row.itemCount, row.claimToken])).toEqual([
      ["SENT", 3, null],
      ["SENT", 1, null],
      ["HANDING_OVER", 0, mine[2]!.token],
      ["EMPTY", 0, null],
      ["SENDING", 0, "someone-else"],
    ]);
    expect(rows[0]!.sentAt).toBeInstanceOf(Date);
    expect(rows[3]!.sentAt).toBeNull();
  });

  it("hand-overs and outcomes change each row in place: no index gets a new entry (HOT updates, decision 302)", async () => {
    const members = await Promise.all(Array.from({ length: 6 }, (_, i) => createUser({ displayName: `Heet ${i}` })));
    const until = new Date("2026-11-30T23:00:00.000Z");
    const mine = (
      await Promise.all(
        members.map((member) =>
          claimDelivery(
            { key: `hot-${member.id}`, kind: "DIGEST", userId: member.id, frequency: "WEEKLY", periodKey: "2026-W48", until },
            false,
          ),
        ),
      )
    ).map(owned);
    expect(await Promise.all(mine.map((claim) => startHandOver(claim)))).toEqual(mine.map(() => true));
    expect(await Promise.all(mine.map((claim) => finishDelivery(claim, "SENT", 2)))).toEqual(mine.map(() => true));
    // A row version written by a HOT update is a "heap-only tuple" (bit 0x8000 of t_infomask2): reached through
    // the version it replaced, with no index entry of its own. An UPDATE that changes an indexed column
    // (status was one) can never be HOT, so every index would get a new entry per status change.
    await db().$executeRawUnsafe("CREATE EXTENSION IF NOT EXISTS pageinspect");
    const versions = await db().$queryRaw<{ key: string; sent: boolean; heapOnly: boolean }[]>`
      SELECT d."key", d."status" = 'SENT' AS "sent", (h."t_infomask2" & 32768) <> 0 AS "heapOnly"
      FROM "MailDelivery" d
      JOIN LATERAL heap_page_items(get_raw_page('"MailDelivery"', (d."ctid"::text::point)[0]::int)) h
        ON h."lp" = (d."ctid"::text::point)[1]::int
      WHERE d."key" LIKE 'hot-%'`;
    expect(versions).toHaveLength(members.length);
    expect(versions.filter((row) => !row.sent || !row.heapOnly)).toEqual([]);
  });
});
