/**
 * Security walk 15 (decision 289): what an outside attacker found on a production build, each closed
 * where its rule lives. Each test failed before its change.
 */
import { afterAll, describe, expect, it } from "vitest";
import { action as dataAction } from "../../app/routes/profiel_.gegevens.tsx";
import { db } from "../../server/db.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closeQueues();
});

describe("data exports (profiel → gegevens)", () => {
  it("are limited per member, so starting one after another does not keep the worker and storage busy", async () => {
    const member = await createUser();
    const cookie = await sessionCookieFor(member.id);
    const ask = () => callAction(dataAction, formRequest("/profiel/gegevens", {}, cookie));
    // The worker is not running here: each export is marked ready by hand, as the worker would.
    const finish = () => db().dataExport.updateMany({ where: { userId: member.id }, data: { status: "READY", progress: 100 } });
    for (let round = 1; round <= 3; round++) {
      expect((await ask()).status).toBe(302);
      // A double click while it is being prepared starts nothing new, and is not counted.
      expect((await ask()).status).toBe(302);
      await finish();
    }
    expect(await db().dataExport.count({ where: { userId: member.id } })).toBe(3);
    const fourth = await ask();
    // Before: a fourth export, and a fifth, without end.
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("Retry-After")).toBeTruthy();
    expect((fourth.body as { formError: string }).formError).toMatch(/^errors\.rateLimited/);
    expect(await db().dataExport.count({ where: { userId: member.id } })).toBe(3);
    // Another member is not held back by this one.
    const other = await createUser();
    expect((await callAction(dataAction, formRequest("/profiel/gegevens", {}, await sessionCookieFor(other.id)))).status).toBe(302);
  });
});
