/**
 * What one co-editing append costs PostgreSQL, counted (decision 248): the
 * append moves the document's clock (`lastSeq`), size and `updatedAt`; no
 * index may cover those columns, or every append (one per commit batch, up to
 * hundreds a second while people type) is a non-HOT update that writes a new
 * entry into every index of "Document" and leaves the primary key with a chain
 * of dead entries for the one row every append and access check looks up.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPEND_SQL, appendUpdates } from "../../server/collab/store.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the co-editing append", { timeout: 60_000 }, () => {
  it("is a HOT update of the document row: no index entry written per append", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const user = await createUser({ displayName: "Hanna Heap" });
    await addMember(user.id, community.id);
    const document = await createDocumentIn(community.id, user.id, "Heap", editorState(p("Begin.")));
    const update = Buffer.from([0, 0]);
    let updated = 0;
    let hot = 0;
    // This backend's table statistics not yet reported (PostgreSQL 15 keeps earlier transactions'
    // in them until it reports them, never inside a transaction): read before and after the append.
    const counts = async () => {
      const { rows } = await client.query<{ updated: string; hot: string }>(
        `SELECT pg_stat_get_xact_tuples_updated('"Document"'::regclass) AS updated,
                pg_stat_get_xact_tuples_hot_updated('"Document"'::regclass) AS hot`,
      );
      return { updated: Number(rows[0]!.updated), hot: Number(rows[0]!.hot) };
    };
    for (let i = 0; i < 5; i++) {
      // Each append in a transaction of its own (its own now(), as in production).
      await client.query("BEGIN");
      const before = await counts();
      await client.query(APPEND_SQL, [document.id, 1, update.byteLength, [update], [user.id], i === 0 ? [user.id] : []]);
      const after = await counts();
      await client.query("COMMIT");
      updated += after.updated - before.updated;
      hot += after.hot - before.hot;
      // updatedAt has millisecond precision: a later millisecond, so the column really moves.
      await sleep(3);
    }
    expect(updated).toBe(5);
    expect(hot).toBe(5);
    // And the clock and updatedAt did move.
    const { rows } = await client.query<{ lastSeq: number; moved: boolean }>(
      `SELECT "lastSeq", "updatedAt" > "createdAt" AS moved FROM "Document" WHERE id = $1`,
      [document.id],
    );
    expect(rows[0]).toEqual({ lastSeq: 5, moved: true });
    // The application's own append still returns the next sequence numbers.
    expect(await appendUpdates(document.id, [{ data: update, authorId: user.id }])).toEqual({ fromSeq: 6, toSeq: 6 });
  });
});
