/**
 * The content registry (issue 13, decision 090), in the style of the
 * authorization matrix: it enumerates every Prisma model with `hiddenAt`,
 * `deletedAt`, a publication status or an author foreign key and fails when
 * such a model has no adapter, an author column no adapter lists, or a
 * consumer (search, digest, reports) does not know a kind its adapter names.
 * Then, for every kind: the adapter's readable rule (Prisma and SQL) is what
 * search shows to a visitor, an outsider and a member; hidden ⇒ absent from
 * search, suggestions, typo corrections and digests; a deleted account ⇒ no
 * name left in what the adapters load.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_TARGET_KINDS } from "../../app/shared/moderation.ts";
import { parseSearchParams } from "../../app/shared/search.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { unzipSync, strFromU8 } from "fflate";
import { authoredCounts, contentAdapters, modelRows } from "../../server/content/registry.ts";
import { CONTENT_KINDS, type ContentAdapter, type ContentKind, type Viewer } from "../../server/content/types.ts";
import { db } from "../../server/db.ts";
import * as prismaEnums from "../../server/generated/prisma/enums.ts";
import { Prisma } from "../../server/generated/prisma/client.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { gatherDigest } from "../../server/notifications/digest/gather.ts";
import { renderDigest } from "../../server/notifications/digest/render.ts";
import { DIGEST_SECTIONS } from "../../server/notifications/digest/sections/index.ts";
import { KIND_DELIVERY } from "../../server/notifications/catalog.ts";
import type { NotificationKind } from "../../server/notifications/kinds.ts";
import { listNotifications, unreadNotificationCount } from "../../server/notifications/queries.ts";
import { getSessionUserWithUnread } from "../../server/accounts/session-header.ts";
import { createSession } from "../../server/accounts/sessions.ts";
import { deleteAccount } from "../../server/privacy/deletion.ts";
import { buildExport } from "../../server/privacy/export.ts";
import { fileStorage } from "../../server/storage/index.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { search, suggest } from "../../server/search/service.ts";
import { searchSource, searchSources } from "../../server/search/sources/index.ts";
import { createChannel } from "../helpers/discussion-factories.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";
import { addMember, createCommunity, createTheme, createUser, TEST_PASSWORD } from "../helpers/factories.ts";

afterAll(async () => {
  await closePublisher();
});

// ------------------------------------------------------------------ the models

type Field = { name: string; kind: string; type: string };
type DataModel = { models: Record<string, { fields: Field[]; dbName: string | null }> };

const dataModel = () => (db() as unknown as { _runtimeDataModel: DataModel })._runtimeDataModel;
const enumValues = (name: string): string[] =>
  Object.values((prismaEnums as unknown as Record<string, Record<string, string>>)[name] ?? {});

const AUTHOR_FIELDS = new Set(["authorId", "createdById"]);

/** Author foreign keys: authorId/createdById on a model that has a relation to User. */
export function authorColumns(model: DataModel): { model: string; field: string }[] {
  return Object.entries(model.models).flatMap(([name, { fields }]) =>
    fields.some((field) => field.kind === "object" && field.type === "User")
      ? fields
          .filter((field) => field.kind === "scalar" && AUTHOR_FIELDS.has(field.name))
          .map((field) => ({ model: name, field: field.name }))
      : [],
  );
}

/** Models that hold content: hidden or deleted marks, a publication status, or an author. */
export function contentModels(model: DataModel): string[] {
  const authored = new Set(authorColumns(model).map((column) => column.model));
  return Object.entries(model.models)
    .filter(
      ([name, { fields }]) =>
        authored.has(name) ||
        fields.some(
          (field) =>
            field.name === "hiddenAt" ||
            field.name === "deletedAt" ||
            (field.name === "status" && field.kind === "enum" && enumValues(field.type).includes("PUBLISHED")),
        ),
    )
    .map(([name]) => name)
    .sort();
}

/** Content models no adapter covers (as its model or one of its parts). */
export function uncovered(models: string[], adapters: readonly ContentAdapter[]): string[] {
  const covered = new Set<string>(adapters.flatMap((adapter) => [adapter.model, ...(adapter.parts ?? [])]));
  return models.filter((model) => !covered.has(model));
}

/** Author columns no adapter lists in its personal data. */
function unlistedAuthors(columns: { model: string; field: string }[], adapters: readonly ContentAdapter[]): string[] {
  const listed = new Set(adapters.flatMap((adapter) => adapter.personalData.authors.map((column) => `${column.model}.${column.field}`)));
  return columns.map((column) => `${column.model}.${column.field}`).filter((column) => !listed.has(column));
}

describe("content registry: every content model has an adapter and every consumer knows it", () => {
  it("finds the models by their columns (the enumeration itself)", () => {
    const models = contentModels(dataModel());
    for (const expected of [
      "Topic",
      "Message",
      "Document",
      "LibraryItem",
      "User",
      "Meeting",
      "KnowledgeQuestion",
      "Channel",
      "ReviewComment",
    ])
      expect(models).toContain(expected);
    expect(models).not.toContain("Session");
  });

  it("has an adapter for every model with hiddenAt, deletedAt, a publication status or an author", async () => {
    const adapters = await contentAdapters();
    expect(uncovered(contentModels(dataModel()), adapters)).toEqual([]);
    expect([...adapters.map((adapter) => adapter.kind)].sort()).toEqual([...CONTENT_KINDS].sort());
  });

  it("fails for a model left out on purpose", async () => {
    const adapters = (await contentAdapters()).filter((adapter) => adapter.kind !== "libraryItem");
    expect(uncovered(contentModels(dataModel()), adapters)).toEqual(
      ["LibraryItem", "LibraryRevision"].filter((model) => contentModels(dataModel()).includes(model)),
    );
  });

  it("lists every author column in an adapter's personal data", async () => {
    const adapters = await contentAdapters();
    expect(unlistedAuthors(authorColumns(dataModel()), adapters)).toEqual([]);
    // The check can fail: without the document adapter its four author columns are unlisted.
    expect(
      unlistedAuthors(
        authorColumns(dataModel()),
        adapters.filter((adapter) => adapter.kind !== "document"),
      ),
    ).toHaveLength(4);
  });

  it("names only consumers that exist, and every consumer's kinds have an adapter", async () => {
    const adapters = await contentAdapters();
    const sectionIds = new Set(DIGEST_SECTIONS.map((section) => section.id));
    for (const adapter of adapters) {
      if (adapter.consumers.search)
        expect(searchSource(adapter.consumers.search), `${adapter.kind}: search source ${adapter.consumers.search}`).toBeDefined();
      if (adapter.consumers.digest)
        expect(sectionIds.has(adapter.consumers.digest), `${adapter.kind}: digest section ${adapter.consumers.digest}`).toBe(true);
      if (adapter.consumers.report) expect(adapter.moderation, `${adapter.kind}: reportable without moderation`).toBeDefined();
    }
    const searched = new Set(adapters.map((adapter) => adapter.consumers.search));
    expect(
      searchSources()
        .map((source) => source.kind)
        .filter((kind) => !searched.has(kind)),
    ).toEqual([]);
    const reported = new Set(adapters.map((adapter) => adapter.consumers.report));
    expect(REPORT_TARGET_KINDS.filter((kind) => !reported.has(kind))).toEqual([]);
    // Notifications about content name a kind the registry has.
    const kinds = new Set<string>(adapters.map((adapter) => adapter.kind));
    for (const [kind, delivery] of Object.entries(KIND_DELIVERY))
      if (delivery.about) expect(kinds.has(delivery.about.kind), `notification ${kind} about ${delivery.about.kind}`).toBe(true);
  });
});

// ------------------------------------------------------------------ behaviour per kind

const letters = () => [...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
/**
 * A word nothing else contains: letters only (one token), and consonants only, so the Dutch stemmer and
 * the compound splitter leave it whole and its typo (`typoOf`) is corrected back to exactly this word.
 */
const uniqueWord = () => `zq${[...randomBytes(8)].map((byte) => "bcdfghklmnpqrtvwxz"[byte % 18]).join("")}`;
/** One letter off: a typo the corrector could fix towards the word. */
const typoOf = (word: string) => `${word.slice(0, -1)}${word.endsWith("a") ? "e" : "a"}`;

type World = Awaited<ReturnType<typeof world>>;

async function world() {
  const theme = await createTheme();
  const closed = await createCommunity({ accessMode: "INVITE_ONLY", themeId: theme.id });
  const author = await createUser();
  const member = await createUser();
  const outsider = await createUser();
  const moderator = await createUser({ globalRole: "MODERATOR" });
  await addMember(author.id, closed.id);
  await addMember(member.id, closed.id);
  const channel = await createChannel(closed.id);
  return { theme, closed, author, member, outsider, moderator, channel };
}

/** A record of each kind holding `word` (in its title or text), written by `w.author` where it has an author. */
const FIXTURES: Record<ContentKind, (w: World, word: string) => Promise<string>> = {
  community: async (w, word) => {
    const community = await createCommunity({ name: `Kring ${word}`, accessMode: "INVITE_ONLY", themeId: w.theme.id });
    await addMember(w.member.id, community.id);
    return community.id;
  },
  channel: async (w, word) => {
    const channel = await createChannel(w.closed.id, { name: `Kanaal ${word}` });
    await db().channel.update({ where: { id: channel.id }, data: { createdById: w.author.id } });
    return channel.id;
  },
  topic: async (w, word) => {
    const topic = await db().topic.create({
      data: { channelId: w.channel.id, communityId: w.closed.id, title: `Vraag over ${word}`, authorId: w.author.id, lastSeq: 1 },
    });
    await db().message.create({
      data: { topicId: topic.id, seq: 1, authorId: w.author.id, bodyJson: {}, bodyHtml: "<p>Opening</p>", bodyText: "Opening" },
    });
    return topic.id;
  },
  message: async (w, word) => {
    const topic = await db().topic.create({
      data: { channelId: w.channel.id, communityId: w.closed.id, title: "Een gewoon onderwerp", authorId: w.member.id, lastSeq: 2 },
    });
    await db().message.create({
      data: { topicId: topic.id, seq: 1, authorId: w.member.id, bodyJson: {}, bodyHtml: "<p>Vraag</p>", bodyText: "Vraag" },
    });
    return (
      await db().message.create({
        data: {
          topicId: topic.id,
          seq: 2,
          authorId: w.author.id,
          bodyJson: {},
          bodyHtml: `<p>Antwoord ${word}</p>`,
          bodyText: `Antwoord ${word}`,
        },
      })
    ).id;
  },
  document: async (w, word) =>
    (await db().document.create({ data: { communityId: w.closed.id, title: `Document ${word}`, createdById: w.author.id } })).id,
  libraryItem: async (w, word) =>
    (
      await db().libraryItem.create({
        data: {
          slug: `item-${letters()}`,
          kind: "HANDREIKING",
          title: `Handreiking ${word}`,
          summary: "Samenvatting.",
          body: {},
          status: "PUBLISHED",
          publishedAt: new Date(),
          authorId: w.author.id,
        },
      })
    ).id,
  meeting: async (w, word) =>
    (await createMeeting({ communityId: w.closed.id, title: `Bijeenkomst ${word}`, createdById: w.author.id })).id,
  knowledgeQuestion: async (w, word) =>
    (
      await db().knowledgeQuestion.create({
        data: { themeId: w.theme.id, title: `Kennisvraag ${word}`, body: "Wie weet het?", authorId: w.author.id },
      })
    ).id,
  agendaGoal: async (w, word) =>
    (await db().agendaGoal.create({ data: { themeId: w.theme.id, title: `Doel ${word}`, description: "Samen." } })).id,
  reviewRound: async (w, word) =>
    (
      await db().reviewRound.create({
        data: {
          title: `Herijking ${word}`,
          period: "2026-2",
          opensAt: new Date(),
          closesAt: new Date(Date.now() + 86_400_000),
          snapshot: {},
          createdById: w.author.id,
        },
      })
    ).id,
  member: async (w, word) => {
    const user = await createUser({ displayName: `Lid ${word}` });
    await addMember(user.id, w.closed.id);
    return user.id;
  },
};

const signedIn = (user: { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN" }) => ({ id: user.id, globalRole: user.globalRole });

async function viewers(w: World): Promise<Record<"visitor" | "outsider" | "member", Viewer>> {
  const { viewerFor } = await import("../../server/content/registry.ts");
  return { visitor: await viewerFor(null), outsider: await viewerFor(signedIn(w.outsider)), member: await viewerFor(signedIn(w.member)) };
}

/** Whether the adapter's Prisma rule and its SQL rule both let the viewer see the record (they must agree). */
async function readableBy(adapter: ContentAdapter, id: string, viewer: Viewer): Promise<boolean> {
  const byPrisma = (await modelRows(adapter.model).count({ where: { AND: [{ id }, adapter.readable(viewer)] } })) > 0;
  // The table's own name: a model may keep an older one (Meeting is the table "Event", decision 159); the adapter says so.
  const table = dataModel().models[adapter.model]?.dbName ?? adapter.model;
  expect(adapter.table ?? adapter.model, `${adapter.kind}: the adapter's table`).toBe(table);
  const rows = await db().$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)} x WHERE x."id" = ${id} AND ${adapter.readableSql("x", viewer)}`;
  expect(rows[0]!.n > 0, `${adapter.kind}: Prisma and SQL rules disagree`).toBe(byPrisma);
  return byPrisma;
}

const searchIds = async (actor: Viewer["actor"], query: string) =>
  (await search(actor, parseSearchParams(new URLSearchParams({ q: query })).params)).hits.map((hit) => hit.id);

/** Whether a search for a typo of `word` offers `word` (as "Bedoelde je" or "We zochten ook naar"). */
async function corrections(actor: Viewer["actor"], word: string): Promise<boolean> {
  const typo = await search(actor, parseSearchParams(new URLSearchParams({ q: typoOf(word) })).params);
  return JSON.stringify([typo.didYouMean, typo.expansions]).includes(word);
}

/** A notification of `kind` to the member about record `id` (its `about` field), carrying `word`. */
async function notifyAbout(kind: NotificationKind, memberId: string, communityId: string | null, id: string, word: string) {
  const about = KIND_DELIVERY[kind].about!;
  return db().notification.create({
    data: {
      userId: memberId,
      kind,
      communityId,
      url: "/meldingen",
      data: { [about.field]: id, topicTitle: word, itemTitle: word, excerpt: word },
    },
  });
}

const DAY = 24 * 60 * 60 * 1000;
async function digestText(member: { id: string; email: string; displayName: string }) {
  const until = new Date(Date.now() + 1000);
  const digest = await gatherDigest(
    { id: member.id, email: member.email, displayName: member.displayName, globalRole: "MEMBER", language: "nl" },
    "WEEKLY",
    new Date(until.getTime() - 7 * DAY),
    until,
  );
  return renderDigest(digest).text;
}

describe("content registry: every kind, every consumer", () => {
  let adapters: readonly ContentAdapter[];
  beforeAll(async () => {
    adapters = await contentAdapters();
  });

  it("has a fixture for every kind (a new kind needs one here)", () => {
    expect(adapters.filter((adapter) => !FIXTURES[adapter.kind]).map((adapter) => adapter.kind)).toEqual([]);
  });

  it("members-only stays away from visitors and non-members: search shows exactly what the adapter's rule allows", async () => {
    const w = await world();
    const records = await Promise.all(adapters.map(async (adapter) => ({ adapter, word: "", id: "" })));
    for (const record of records) {
      record.word = uniqueWord();
      record.id = await FIXTURES[record.adapter.kind](w, record.word);
    }
    await reconcile();
    const v = await viewers(w);
    for (const { adapter, word, id } of records) {
      // Content of an invite-only community is never for visitors or outsiders.
      if (["topic", "message", "document", "channel", "community", "meeting"].includes(adapter.kind)) {
        expect(await readableBy(adapter, id, v.visitor), `${adapter.kind} for a visitor`).toBe(false);
        expect(await readableBy(adapter, id, v.outsider), `${adapter.kind} for an outsider`).toBe(false);
      }
      expect(await readableBy(adapter, id, v.member), `${adapter.kind} for a member`).toBe(true);
      if (!adapter.consumers.search) continue;
      for (const [name, viewer] of Object.entries(v)) {
        const readable = await readableBy(adapter, id, viewer);
        const found = (await searchIds(viewer.actor, word)).includes(id);
        expect(found, `search ${adapter.kind} as ${name}`).toBe(readable);
        // The typo corrector offers the word to those who may read it, and to nobody else (issue 13).
        expect(await corrections(viewer.actor, word), `typo correction from ${adapter.kind} as ${name}`).toBe(readable);
      }
    }
  });

  it("hidden ⇒ absent from search, suggestions, typo corrections, digests and notifications", async () => {
    const w = await world();
    const reportable = adapters.filter((adapter) => adapter.consumers.report);
    expect(reportable.map((adapter) => adapter.kind).sort()).toEqual(["document", "libraryItem", "member", "message", "topic"]);
    const records = [];
    for (const adapter of reportable) {
      const word = uniqueWord();
      records.push({ adapter, word, id: await FIXTURES[adapter.kind](w, word) });
    }
    // Every notification kind about one of these kinds, to the member, about the record.
    const notified: { adapter: ContentAdapter; kind: NotificationKind; notificationId: string }[] = [];
    for (const { adapter, word, id } of records) {
      for (const kind of Object.keys(KIND_DELIVERY) as NotificationKind[]) {
        if (KIND_DELIVERY[kind].about?.kind !== adapter.kind) continue;
        const view = (await adapter.load([id]))[0]!;
        notified.push({ adapter, kind, notificationId: (await notifyAbout(kind, w.member.id, view.communityId, id, word)).id });
      }
    }
    expect(new Set(notified.map((n) => n.adapter.kind)), "kinds with notifications about them").toEqual(
      new Set(["message", "libraryItem"]),
    );
    const notificationViewer = { id: w.member.id, globalRole: w.member.globalRole, email: w.member.email, emailVerified: true };
    const shownIds = async () => (await listNotifications(notificationViewer)).items.map((item) => item.id);
    const { id: sessionId } = await createSession(w.member.id);
    const headerCount = async () => (await getSessionUserWithUnread(sessionId))!.unreadNotifications;
    await reconcile();
    const member = signedIn(w.member);
    const before = await digestText(w.member);
    for (const { adapter, word, id } of records) {
      if (adapter.consumers.search) expect(await searchIds(member, word), `${adapter.kind} found before hiding`).toContain(id);
      if (adapter.consumers.search)
        expect(await corrections(member, word), `${adapter.kind} offered as a correction before hiding`).toBe(true);
      if (adapter.consumers.digest) expect(before, `${adapter.kind} in the digest before hiding`).toContain(word);
    }
    const shownBefore = await shownIds();
    for (const { kind, notificationId } of notified) expect(shownBefore, `notification ${kind} before hiding`).toContain(notificationId);
    expect(await unreadNotificationCount(notificationViewer)).toBe(notified.length);
    expect(await headerCount()).toBe(notified.length);
    for (const { adapter, id } of records) {
      const { reportId } = await reportContent(member, {
        targetKind: adapter.consumers.report!,
        targetId: id,
        reason: "SPAM",
        text: undefined,
      });
      await moderateReport(signedIn(w.moderator), { reportId, action: "HIDE", reason: "Verborgen voor de test" });
    }
    await reconcile();
    const after = await digestText(w.member);
    const shownAfter = await shownIds();
    for (const { adapter, kind, notificationId } of notified)
      expect(shownAfter, `notification ${kind} about a hidden ${adapter.kind}`).not.toContain(notificationId);
    // What is left is what moderation told the reporter ("reportHandled"), nothing about the hidden content.
    expect(shownAfter.filter((id) => shownBefore.includes(id))).toEqual([]);
    expect(await unreadNotificationCount(notificationViewer), "unread count").toBe(shownAfter.length);
    expect(await headerCount(), "the header's unread count").toBe(shownAfter.length);
    for (const { adapter, word, id } of records) {
      expect(await searchIds(member, word), `${adapter.kind} in search`).not.toContain(id);
      const suggestions = await suggest(member, word);
      expect(suggestions.map((s) => s.titleHtml).join(" "), `${adapter.kind} in suggestions`).not.toContain(word);
      expect(await corrections(member, word), `${adapter.kind} in typo corrections`).toBe(false);
      expect(after, `${adapter.kind} in the digest`).not.toContain(word);
    }
  });

  it("a cancelled meeting ⇒ its reminders and seat notices leave the notification list and the count", async () => {
    const w = await world();
    const word = uniqueWord();
    const id = await FIXTURES.meeting(w, word);
    const adapter = adapters.find((candidate) => candidate.kind === "meeting")!;
    const kinds = (Object.keys(KIND_DELIVERY) as NotificationKind[]).filter((kind) => KIND_DELIVERY[kind].about?.kind === "meeting");
    expect(kinds.sort()).toEqual(["eventPlanned", "eventPromoted", "eventReminder"]);
    const view = (await adapter.load([id]))[0]!;
    const ids: string[] = [];
    for (const kind of kinds) ids.push((await notifyAbout(kind, w.member.id, view.communityId, id, word)).id);
    const viewer = { id: w.member.id, globalRole: w.member.globalRole, email: w.member.email, emailVerified: true };
    const shown = async () => (await listNotifications(viewer)).items.map((item) => item.id);
    expect(await shown()).toEqual(expect.arrayContaining(ids));
    await db().meeting.update({ where: { id }, data: { cancelledAt: new Date() } });
    const after = await shown();
    for (const notificationId of ids) expect(after, "a notification about the cancelled meeting").not.toContain(notificationId);
    expect(await unreadNotificationCount(viewer)).toBe(after.length);
  });

  for (const contributions of ["keep", "remove"] as const) {
    it(`deleted account ("${contributions}") ⇒ no name left in what any adapter loads, and no author column names them`, async () => {
      const w = await world();
      const name = `Naam ${uniqueWord()}`;
      await db().user.update({ where: { id: w.author.id }, data: { displayName: name } });
      const records: { adapter: ContentAdapter; id: string }[] = [];
      for (const adapter of adapters) {
        if (adapter.kind === "member") continue;
        records.push({ adapter, id: await FIXTURES[adapter.kind](w, uniqueWord()) });
      }
      const authored = records.filter(({ adapter }) => adapter.personalData.authors.some((column) => column.model === adapter.model));
      for (const { adapter, id } of authored)
        expect((await adapter.load([id]))[0]?.subjectName, `${adapter.kind} names its author`).toBe(name);
      await reconcile();
      expect(await searchIds(signedIn(w.member), name.split(" ")[1]!)).not.toEqual([]);

      await deleteAccount(w.author.id, { password: TEST_PASSWORD, contributions });
      await reconcile();
      for (const { adapter, id } of records) {
        for (const view of await adapter.load([id])) expect(JSON.stringify(view), `${adapter.kind} after deletion`).not.toContain(name);
      }
      expect(await searchIds(signedIn(w.member), name.split(" ")[1]!)).toEqual([]);
      const columns = adapters.flatMap((adapter) => adapter.personalData.authors);
      expect([...(await authoredCounts(w.author.id, columns)).entries()].filter(([, count]) => count > 0)).toEqual([]);
      if (contributions === "remove") {
        // What the areas remove goes; shared work (documents, meetings, channels, agenda rounds) stays without author.
        const gone = async (kind: ContentKind) =>
          await adapters.find((adapter) => adapter.kind === kind)!.load(records.filter((r) => r.adapter.kind === kind).map((r) => r.id));
        expect(await gone("libraryItem")).toEqual([]);
        expect((await gone("message"))[0]?.removed).toBe(true);
        expect((await gone("topic"))[0]?.removed).toBe(true);
        expect((await gone("document"))[0]?.removed).toBe(false);
      }
    });
  }

  it("the data export accounts for every author column of every adapter", async () => {
    const w = await world();
    for (const adapter of adapters) if (adapter.kind !== "member") await FIXTURES[adapter.kind](w, uniqueWord());
    const row = await db().dataExport.create({ data: { userId: w.author.id, expiresAt: new Date(Date.now() + DAY) } });
    await buildExport(row.id);
    const stored = await db().dataExport.findUniqueOrThrow({ where: { id: row.id } });
    const file = await fileStorage().get(stored.storageKey!);
    const chunks: Buffer[] = [];
    for await (const chunk of file!.body) chunks.push(chunk as Buffer);
    const zip = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const listed = JSON.parse(strFromU8(zip["contributions.json"]!)) as { model: string; field: string; records: number }[];
    const columns = adapters.flatMap((adapter) => adapter.personalData.authors);
    expect(listed.map((entry) => `${entry.model}.${entry.field}`).sort()).toEqual(
      columns.map((column) => `${column.model}.${column.field}`).sort(),
    );
    // Each kind's own record, written by them in the fixture, is counted under its adapter's model.
    for (const adapter of adapters) {
      const own = adapter.personalData.authors.find((column) => column.model === adapter.model);
      if (own)
        expect(
          listed.find((entry) => entry.model === own.model && entry.field === own.field)?.records,
          `${adapter.kind} in the export`,
        ).toBeGreaterThan(0);
    }
  });
});
