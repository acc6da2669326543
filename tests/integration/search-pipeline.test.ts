/**
 * The indexing pipeline with real workers: domain events lead to jobs that
 * keep the index fresh; the sweep repairs what no event announced (a crash
 * between the database write and the enqueue); a rebuild swaps a new index in
 * while searches go on.
 */
import { readFileSync } from "node:fs";
import type { Job } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as profileAction } from "../../app/routes/profiel.tsx";
import { updateCommunity } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { enqueue, queue } from "../../server/queues/producer.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { rebuildIndex, reconcile } from "../../server/search/indexer.ts";
import { searchSources } from "../../server/search/sources/index.ts";
import { useInlineEvents, useQueuedEvents } from "../helpers/events.ts";
import { searchSweep } from "../../workers/jobs/search-sweep.ts";
import { startWorkers, type RunningWorkers } from "../../workers/registry.ts";
import { callAction, formRequest } from "../helpers/remix.ts";
import { action as newMeetingAction } from "../../app/routes/agenda.nieuw.tsx";
import { action as meetingAction } from "../../app/routes/agenda.$id.tsx";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { hitIds } from "../helpers/search.ts";
import { until } from "../helpers/until.ts";

let workers: RunningWorkers;

beforeAll(async () => {
  // The whole path as in production: outbox → relay → events queue → search processor → index job.
  useQueuedEvents();
  workers = await startWorkers({ schedule: false });
});

afterAll(async () => {
  useInlineEvents();
  await workers.close();
});

describe("search indexing pipeline", () => {
  it("makes an edit searchable within seconds through the worker", async () => {
    const facilitator = await createUser();
    const community = await createCommunity({ name: "Werkgeverscafé Twente", accessMode: "OPEN" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    await reconcile(["community"]);

    await updateCommunity(facilitator, community.slug, {
      name: "Werkgeverscafé Twente",
      summary: "Werkgevers delen ervaringen met proefplaatsingen.",
      about: "Elke maand een bijeenkomst over taalcoaching op de werkvloer.",
      kind: "DO_NETWORK",
      accessMode: "OPEN",
    });
    // Polled with a deadline of seconds; the latency itself is measured by npm run bench:search.
    await until("the edited community in the results", async () => (await hitIds(facilitator, "q=taalcoaching")).includes(community.id));

    // A profile saved through the real form action: the event is emitted by the route.
    const member = await createUser({ displayName: "Fatma Yilmaz" });
    const cookie = await sessionCookieFor(member.id);
    const response = await callAction(
      profileAction,
      formRequest(
        "/profiel",
        {
          displayName: "Fatma Yilmaz",
          fieldRole: "RECRUITER",
          bio: "Recruiter bij een uitzendbureau, specialist in jobcarving.",
          showBio: "on",
        },
        cookie,
      ),
    );
    expect(response.status).toBe(302);
    await until("the new profile text in the results", async () => (await hitIds(facilitator, "q=jobcarving")).includes(member.id));
  });

  it("indexes an event created through its form and drops it when cancelled", async () => {
    const community = await createCommunity({ name: "Doe-netwerk Gelderland", accessMode: "ON_REQUEST" });
    const [facilitator, outsider] = await Promise.all([createUser(), createUser()]);
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(facilitator.id);
    const created = await callAction(
      newMeetingAction,
      formRequest(
        "/agenda/nieuw",
        {
          community: community.slug,
          title: "Werkgeversontbijt Arnhem",
          description: "Ontbijt over proefplaatsingen en taalcoaching.",
          startsAt: "2027-04-08T08:00",
          endsAt: "2027-04-08T10:00",
          location: "Arnhem",
        },
        cookie,
      ),
    );
    expect(created.status).toBe(302);
    const eventId = created.headers.get("Location")!.split("/").pop()!;
    await until("the new event in the results", async () => (await hitIds(facilitator, "q=werkgeversontbijt")).includes(eventId));
    expect(await hitIds(outsider, "q=werkgeversontbijt")).not.toContain(eventId);
    await callAction(meetingAction, formRequest(`/agenda/${eventId}`, { intent: "cancel" }, cookie), { id: eventId });
    await until(
      "the cancelled event gone from the results",
      async () => !(await hitIds(facilitator, "q=werkgeversontbijt")).includes(eventId),
    );
  });

  it("repairs a write that never reached the queue (crash between commit and enqueue)", async () => {
    const searcher = await createUser();
    const community = await createCommunity({ name: "Leerwerkloket Noord", accessMode: "OPEN", about: "Over praktijkleren." });
    const leaving = await createUser({ displayName: "Vertrekkend Lid", bio: "Ik ben loopbaanadviseur." });
    await reconcile();
    expect(await hitIds(searcher, "q=praktijkleren")).toEqual([community.id]);
    expect(await hitIds(searcher, "q=loopbaanadviseur")).toEqual([leaving.id]);

    // The writes commit, then the process "dies" before any event or job: nothing is enqueued.
    await db().community.update({ where: { id: community.id }, data: { about: "Over de kookopleiding in het mbo." } });
    await db().user.delete({ where: { id: leaving.id } });
    const created = await createCommunity({
      name: "Doe-netwerk zorgwerkgevers",
      accessMode: "OPEN",
      about: "Over zij-instroom in de zorg.",
    });
    expect(await hitIds(searcher, "q=kookopleiding")).toEqual([]);
    expect(await hitIds(searcher, "q=loopbaanadviseur")).toEqual([leaving.id]);

    // The repeatable sweep job (run now instead of waiting five minutes).
    const job = await enqueue("searchSweep", {});
    await until("the sweep", async () => (await queue(QUEUES.search).getJob(job.id!))?.finishedOn);
    expect(await hitIds(searcher, "q=kookopleiding")).toEqual([community.id]);
    expect(await hitIds(searcher, "q=praktijkleren")).toEqual([]);
    expect(await hitIds(searcher, "q=loopbaanadviseur")).toEqual([]);
    expect(await hitIds(searcher, "q=zij-instroom")).toEqual([created.id]);
    // Nothing left to repair: a second sweep changes nothing.
    const again = await reconcile();
    expect(again.every((report) => report.upserted === 0 && report.removed === 0)).toBe(true);
  });

  it("sweeps that overlap in one worker share one pass", async () => {
    const signal = new AbortController().signal;
    const job = {} as Job; // the handler reads nothing of its job
    await createCommunity({ name: "Werkervaringsplaatsen Oost", accessMode: "OPEN", about: "Over leerbanen." });
    const [first, second] = await Promise.all([searchSweep({}, job, signal), searchSweep({}, job, signal)]);
    expect(second).toBe(first);
    const { kinds } = first as { kinds: { kind: string; upserted: number }[] };
    expect(kinds.find((report) => report.kind === "community")?.upserted).toBeGreaterThan(0);
    // Once it has finished, the next sweep is a pass of its own.
    expect(await searchSweep({}, job, signal)).not.toBe(first);
  });

  it("rebuilds the index and swaps it in while searches go on", async () => {
    const searcher = await createUser();
    for (let n = 0; n < 30; n += 1) await createCommunity({ name: `Regionale werkgeversaanpak ${n}`, accessMode: "OPEN" });
    await reconcile();
    const before = await hitIds(searcher, "q=werkgeversaanpak");
    expect(before).toHaveLength(20);
    const indexNames = () =>
      db().$queryRawUnsafe<{ indexname: string }[]>(
        `SELECT indexname FROM pg_indexes WHERE tablename IN ('SearchDocument', 'SearchTerm') ORDER BY 1`,
      );
    const namesBefore = await indexNames();

    let searching = true;
    let searches = 0;
    const failures: unknown[] = [];
    const background = (async () => {
      while (searching) {
        try {
          const ids = await hitIds(searcher, "q=werkgeversaanpak");
          if (ids.length !== 20) failures.push(`got ${ids.length} hits`);
          searches += 1;
        } catch (error) {
          failures.push(error);
        }
      }
    })();
    const progress: number[] = [];
    const result = await rebuildIndex(({ done }) => progress.push(done));
    searching = false;
    await background;

    expect(failures).toEqual([]);
    expect(searches).toBeGreaterThan(0);
    expect(result.documents).toBe((await Promise.all(searchSources().map((source) => source.count()))).reduce((sum, n) => sum + n, 0));
    expect(progress.at(-1)).toBe(result.documents);
    expect(await hitIds(searcher, "q=werkgeversaanpak")).toHaveLength(20);
    // The swapped-in tables carry the names the migrations gave them, and no copy is left.
    expect(await indexNames()).toEqual(namesBefore);
    const leftovers = await db().$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM pg_tables WHERE tablename LIKE 'Search%\\_next' OR tablename LIKE 'Search%\\_old'`,
    );
    expect(leftovers).toEqual([]);
  });

  it("indexes again after the upgrade that changed how compounds split (decision 323)", async () => {
    const searcher = await createUser();
    const community = await createCommunity({ name: "Kansen in de regio", accessMode: "OPEN", about: "Over werkloze jongeren." });
    await reconcile();
    expect(await hitIds(searcher, "q=ren")).not.toContain(community.id);
    // The index as the older analysis wrote it: jongeren with the loose split's parts jonge and ren (weight C).
    await db().$executeRawUnsafe(
      `UPDATE "SearchDocument" SET "searchVector" = "searchVector" || setweight(to_tsvector('pp_dutch', 'jonge ren'), 'C') WHERE "recordId" = $1`,
      community.id,
    );
    expect(await hitIds(searcher, "q=ren")).toContain(community.id);
    // The upgrade's migration, then the sweep the next worker start runs.
    const migration = readFileSync(
      new URL("../../prisma/migrations/20261207130000_search_index_splits_like_the_query/migration.sql", import.meta.url),
      "utf8",
    );
    await db().$executeRawUnsafe(migration);
    await reconcile();
    expect(await hitIds(searcher, "q=ren")).not.toContain(community.id);
    expect(await hitIds(searcher, "q=jongeren")).toContain(community.id);
  });
  it("indexes again after the upgrade that keeps English words whole (decision 327)", async () => {
    const searcher = await createUser();
    const community = await createCommunity({ name: "Een platform voor de regio", accessMode: "OPEN", about: "Over werk en scholing." });
    await reconcile();
    expect(await hitIds(searcher, "q=plat")).not.toContain(community.id);
    // The index as the older analysis wrote it: platform with the parts plat and form (weight C).
    await db().$executeRawUnsafe(
      `UPDATE "SearchDocument" SET "searchVector" = "searchVector" || setweight(to_tsvector('pp_dutch', 'plat form'), 'C') WHERE "recordId" = $1`,
      community.id,
    );
    expect(await hitIds(searcher, "q=plat")).toContain(community.id);
    const migration = readFileSync(
      new URL("../../prisma/migrations/20261207221500_search_english_words_not_split/migration.sql", import.meta.url),
      "utf8",
    );
    await db().$executeRawUnsafe(migration);
    await reconcile();
    expect(await hitIds(searcher, "q=plat")).not.toContain(community.id);
    expect(await hitIds(searcher, "q=platform")).toContain(community.id);
  });
});
