/**
 * Hot statements with a fixed text stay prepared (decision 181): a statement
 * marked `/* prepared *\/` is prepared once per connection under a name made
 * from its text; unmarked statements stay unnamed, as Prisma sends them.
 */
import { describe, expect, it } from "vitest";
import { db, statementName } from "../../server/db.ts";
import { digestRequests } from "../../server/notifications/digest/batch.ts";

describe("prepared hot statements", () => {
  it("names marked statements by their text and leaves the rest unnamed", () => {
    const marked = `/* prepared */ SELECT 1`;
    expect(statementName(marked)).toMatch(/^pp_[\w-]{32}$/);
    expect(statementName(marked)).toBe(statementName(`/* prepared */ SELECT 1`));
    expect(statementName(`/* prepared */ SELECT 2`)).not.toBe(statementName(marked));
    expect(statementName("SELECT 1")).toBe("");
    // Every digest section reads its requests from this source: all of them are marked.
    expect(digestRequests([]).sql).toContain("/* prepared */");
  });

  it("PostgreSQL keeps a marked statement prepared on the connection, and not an unmarked one", async () => {
    const prepared = await db().$transaction(async (tx) => {
      // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
      await tx.$queryRaw`/* prepared */ SELECT ${41}::int + 1 AS "answer"`;
      await tx.$queryRaw`SELECT ${41}::int + 2 AS "other"`;
      return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
    });
    const names = prepared.map((row) => row.name);
    expect(names).toContain(statementName(`/* prepared */ SELECT $1::int + 1 AS "answer"`));
    expect(prepared.some((row) => row.statement.includes('"other"'))).toBe(false);
  });
});
