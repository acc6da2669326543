/**
 * Every foreign key is the first column of an index (decision 319). The AVG export and account deletion
 * look rows up by the member's id in each column that names them (Message.deletedById had no index),
 * and deleting a user or a community makes PostgreSQL find every row that refers to it: without an
 * index, a full scan of the table per deleted row. A new relation without its index fails here.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";

describe("foreign keys", () => {
  it("each leads an index of its table", async () => {
    const unindexed = await db().$queryRaw<{ key: string }[]>`
      SELECT c.conrelid::regclass::text || '.' || a.attname AS key
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f'
         AND c.connamespace = current_schema()::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
       ORDER BY 1`;
    expect(unindexed.map((row) => row.key)).toEqual([]);
  });

  it("the export's and deletion's look-ups by Message.deletedById use its index", async () => {
    // One connection: the setting holds for the transaction that explains the look-up.
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT id FROM "Message" WHERE "deletedById" = 'someone'`);
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Message_deletedById_idx");
  });
});
