/**
 * Kill -9 with real processes (decision 095). A web process killed between a
 * commit and its relay, and an event worker killed in the middle of its jobs:
 * afterwards no notification, realtime update, index entry or audit line is
 * lost, and none is stored twice.
 *
 * The cast: a member posts a reply that mentions a colleague, and a
 * facilitator deletes someone else's message. Between them that needs a
 * notification (with its live bell), a search entry for the reply, the
 * removal of the deleted message from the index, a live `message:deleted` to
 * the topic's room and an audit line. The colleague and a watcher are
 * connected to a second web instance that stays up.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { startAppServer, startWorkerProcess } from "../helpers/app-server.ts";
import { cleanups, expectAllDone, hits, scene, until, useStayingInstance } from "../helpers/outbox-crash-scene.ts";

useStayingInstance();

describe("domain events through crashes", () => {
  it("a web process killed between commit and relay: the worker's sweep relays what it committed", { timeout: 120_000 }, async () => {
    const s = await scene("kruimel");
    const doomed = await startAppServer({ entry: "tests/helpers/outbox-web-child.ts", worker: false });
    cleanups.push(() => doomed.stop());
    const committed: string[][] = [];
    doomed.process.on("message", (message: { type?: string; events?: string[] }) => {
      if (message.type === "committed") committed.push(message.events ?? []);
    });
    const posting = await s.on(doomed, s.poster.id);
    const moderating = await s.on(doomed, s.lead.id);
    // No acknowledgement comes: the instance stops after the commit, before the relay.
    posting.emit("message:send", s.reply);
    moderating.emit("message:delete", { messageId: s.doomed.id });
    await until("both commits", async () => committed.length === 2);
    doomed.process.kill("SIGKILL");
    await new Promise((resolve) => doomed.process.once("exit", resolve));

    // Committed, not relayed: the changes are there, their consequences are not.
    expect(committed.flat().sort()).toEqual(["message.created", "message.deleted"]);
    expect(await db().message.findFirst({ where: { topicId: s.topic.id, seq: 3 } })).not.toBeNull();
    expect((await db().message.findUniqueOrThrow({ where: { id: s.doomed.id } })).deletedAt).not.toBeNull();
    expect((await db().outboxEvent.findMany({ select: { name: true } })).map((row) => row.name).sort()).toEqual([
      "message.created",
      "message.deleted",
    ]);
    expect(await db().notification.count({ where: { userId: s.colleague.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { targetId: s.doomed.id } })).toBe(0);
    expect(await hits(s.watcher.id, "kruimeltelefoon")).toEqual([s.doomed.id]);

    // A worker starts (as after a restart): its first sweep relays the rows the dead process left.
    const worker = await startWorkerProcess();
    try {
      await expectAllDone(s, "kruimel");
    } finally {
      await worker.stop();
    }
  });
});
