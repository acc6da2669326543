/**
 * Proposed changes to a published item go through the outbox (decision 143):
 * proposing, sending back and approving write a `libraryItem.proposal` event in
 * their transaction, and the notifications come from the library processor.
 * Before, server/library/proposals.ts called notify() after the commit, so a
 * crash between the two lost the moderators' and the author's notice.
 * This file uses the real queue: nothing is notified until a worker runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as editAction } from "../../app/routes/bibliotheek.$slug_.bewerken.tsx";
import { action as itemAction } from "../../app/routes/bibliotheek.$slug.tsx";
import { action as newAction } from "../../app/routes/bibliotheek.nieuw.tsx";
import { db } from "../../server/db.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { processEvent } from "../../workers/jobs/process-event.ts";
import { runQueue } from "../../workers/runner.ts";
import { recordEvents, useInlineEvents, useQueuedEvents } from "../helpers/events.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";
import { caseForm } from "../helpers/library.ts";
import { until } from "../helpers/until.ts";

let worker: ReturnType<typeof runQueue> | null = null;

beforeAll(() => useQueuedEvents());

afterAll(async () => {
  await worker?.close();
  useInlineEvents();
  await closeQueues();
  await closeNotificationsRedis();
});

describe("a proposed change through the outbox", () => {
  it("moderators hear of a proposal and the author of a send-back only from the processor; the send-back is audited", async () => {
    const theme = await createTheme();
    const network = await createCommunity({ kind: "DO_NETWORK", accessMode: "ON_REQUEST", themeId: theme.id });
    const [author, moderator] = await Promise.all([createUser(), createUser({ globalRole: "MODERATOR" })]);
    await addMember(author.id, network.id);
    const [authorCookie, moderatorCookie] = await Promise.all([sessionCookieFor(author.id), sessionCookieFor(moderator.id)]);
    const created = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", caseForm(theme.slug, network.id, { tags: "meeloopdag" }), authorCookie),
    );
    const slug = created.headers.get("Location")!.replace("/bibliotheek/", "");
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "publish" }, moderatorCookie), { slug })).status,
    ).toBe(302);
    const item = await db().libraryItem.findUniqueOrThrow({ where: { slug }, select: { id: true } });

    const recorded = recordEvents(["libraryItem.proposal"]);
    const proposed = await callAction(
      editAction,
      formRequest(
        `/bibliotheek/${slug}/bewerken`,
        caseForm(theme.slug, network.id, { tags: "meeloopdag", results: "Zeven van de tien bleven." }),
        authorCookie,
      ),
      { slug },
    );
    expect(proposed.status).toBe(302);
    expect(recorded.of("libraryItem.proposal")).toEqual([{ itemId: item.id, step: "proposed", actorId: author.id, authorId: author.id }]);
    const proposalNotices = () =>
      db().notification.count({
        where: {
          userId: moderator.id,
          kind: "libraryItemSubmitted",
          url: `/bibliotheek/${slug}`,
          data: { path: ["change"], equals: true },
        },
      });
    // The command has returned, no worker runs yet: nobody has been told.
    expect(await proposalNotices()).toBe(0);

    worker = runQueue(QUEUES.events, { processEvent }, 2);
    await until("the moderators' notification", async () => (await proposalNotices()) === 1);

    const returned = await callAction(
      itemAction,
      formRequest(`/bibliotheek/${slug}`, { intent: "returnChange", comment: "Hoe hebben jullie dat gemeten?" }, moderatorCookie),
      { slug },
    );
    expect(returned.status).toBe(302);
    recorded.stop();
    expect(recorded.of("libraryItem.proposal").map((event) => event.step)).toEqual(["proposed", "returned"]);
    const notice = await until("the author's notification", () =>
      db().notification.findFirst({
        where: { userId: author.id, kind: "libraryItemReturned", url: `/bibliotheek/${slug}` },
        select: { data: true },
      }),
    );
    expect(notice.data).toMatchObject({ comment: "Hoe hebben jullie dat gemeten?", change: true });
    const line = await until("the audit line", () =>
      db().auditLog.findFirst({ where: { targetId: item.id, action: "library.returnChange" }, select: { actorId: true } }),
    );
    expect(line.actorId).toBe(moderator.id);
  });
});
