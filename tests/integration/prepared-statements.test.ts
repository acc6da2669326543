/**
 * Hot statements stay prepared (decisions 181 and 211): a statement marked
 * `/* prepared *\/` is prepared once per connection under a name made from
 * its text; any other text is sent unnamed until it has run HOT_AFTER times
 * in this process, then prepared too, for at most MAX_HOT texts.
 */
import { describe, expect, it } from "vitest";
import { db, HOT_AFTER, MAX_HOT, statementName } from "../../server/db.ts";
import { digestRequests } from "../../server/notifications/digest/batch.ts";

describe("prepared hot statements", () => {
  it("names marked statements by their text at once", () => {
    const marked = `/* prepared */ SELECT 1`;
    expect(statementName(marked)).toMatch(/^pp_[\w-]{32}$/);
    expect(statementName(marked)).toBe(statementName(`/* prepared */ SELECT 1`));
    expect(statementName(`/* prepared */ SELECT 2`)).not.toBe(statementName(marked));
    // Every digest section reads its requests from this source: all of them are marked.
    expect(digestRequests([]).sql).toContain("/* prepared */");
  });

  it("names an unmarked statement once it has run HOT_AFTER times, by its text", () => {
    const names = Array.from({ length: HOT_AFTER + 2 }, () => statementName("SELECT 'hot' AS unmarked"));
    expect(names.slice(0, HOT_AFTER - 1)).toEqual(Array(HOT_AFTER - 1).fill(""));
    expect(names[HOT_AFTER - 1]).toMatch(/^pp_[\w-]{32}$/);
    expect(new Set(names.slice(HOT_AFTER - 1)).size).toBe(1);
    expect(statementName("SELECT 'cold' AS unmarked")).toBe("");
  });

  it("PostgreSQL keeps marked and hot statements prepared on the connection, and not a statement run once", async () => {
    const prepared = await db().$transaction(async (tx) => {
      // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
      await tx.$queryRaw`/* prepared */ SELECT ${41}::int + 1 AS "answer"`;
      await tx.$queryRaw`SELECT ${41}::int + 2 AS "once"`;
      for (let i = 0; i < HOT_AFTER; i++) await tx.$queryRaw`SELECT ${i}::int + 3 AS "often"`;
      return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
    });
    const names = prepared.map((row) => row.name);
    expect(names).toContain(statementName(`/* prepared */ SELECT $1::int + 1 AS "answer"`));
    expect(names).toContain(statementName(`SELECT $1::int + 3 AS "often"`));
    expect(prepared.some((row) => row.statement.includes('"once"'))).toBe(false);
  });

  // Last: it uses up this process's budget of hot texts.
  it("prepares at most MAX_HOT unmarked texts per process; marked ones always", () => {
    let named = 0;
    for (let i = 0; i < MAX_HOT + 50; i++) {
      let name = "";
      for (let run = 0; run < HOT_AFTER; run++) name = statementName(`SELECT ${i} AS "varying"`);
      if (name) named++;
    }
    expect(named).toBeLessThanOrEqual(MAX_HOT);
    expect(named).toBeGreaterThan(0);
    expect(statementName(`SELECT 'late' AS "varying"`)).toBe("");
    expect(statementName(`/* prepared */ SELECT 'late'`)).toMatch(/^pp_/);
  });
});
