/**
 * Decision 304: loader data that depends on the reader only through being signed in (the library
 * catalogue, the menukaart, the home page's featured items, the themes) is kept per scope — one copy
 * for visitors, one for every signed-in member — in the public data cache, and dropped with it. What
 * belongs to one member (their own items, the review count, the unread counts, invitations, their
 * communities) is read fresh on every request.
 *
 * The tests try to make the kept copy leak: across scopes (a members-only item to a visitor), to a
 * member who is no longer one (sessions ended), per-member parts across members and roles, and a
 * hidden item kept in a copy. Writes straight to the database announce nothing, so a kept copy shows
 * as one that does not hold such a write.
 */
import type { LoaderFunction } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as root from "../../app/root.tsx";
import { loader as homeLoader } from "../../app/routes/_index.tsx";
import { loader as libraryLoader } from "../../app/routes/bibliotheek._index.tsx";
import { loader as menukaartLoader } from "../../app/routes/menukaart.tsx";
import { loader as themeAgendaLoader } from "../../app/routes/werkagenda.$theme.tsx";
import { createGoal } from "../../server/agenda/commands.ts";
import {
  announcePublicDataChanged,
  publicDataGeneration,
  publicDataReady,
  usePublicDataCacheInTests,
} from "../../server/cache/public-data.ts";
import { db } from "../../server/db.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { useInlineEvents, useQueuedEvents } from "../helpers/events.ts";
import { createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { publishedLibraryItem } from "../helpers/library.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";

type Card = { id: string; title: string };
type Library = { items: Card[]; total: number; mine: { id: string }[]; waiting: number; canReview: boolean; signedIn: boolean };
type Home = { featured: Card[] };

const WORD = `kruimelplank${Math.random().toString(36).slice(2, 8)}`;

const library = async (cookie?: string, query = WORD) =>
  (await callLoader(libraryLoader, getRequest(`/bibliotheek?q=${encodeURIComponent(query)}`, cookie))).body as Library;
const titles = async (cookie?: string) => (await library(cookie)).items.map((item) => item.title).sort();
const menukaartTitles = async (cookie?: string) =>
  ((await callLoader(menukaartLoader, getRequest(`/menukaart?q=${encodeURIComponent(WORD)}`, cookie))).body as Library).items
    .map((item) => item.title)
    .sort();
const featuredIds = async (cookie?: string) =>
  ((await callLoader(homeLoader, getRequest("/", cookie))).body as Home).featured.map((item) => item.id);

const item = publishedLibraryItem;

/** Reported and hidden through the moderation commands, as a moderator does. */
async function hide(reporter: Parameters<typeof reportContent>[0], moderator: Parameters<typeof moderateReport>[0], itemId: string) {
  const { reportId } = await reportContent(reporter, {
    targetKind: "LIBRARY_ITEM",
    targetId: itemId,
    reason: "MISINFORMATION",
    text: undefined,
  });
  await moderateReport(moderator, { reportId, action: "HIDE", reason: "Verouderd" });
}

let author: { id: string };

/** Drops every kept copy and waits for the drop's own echo over Redis, which would otherwise drop copies kept after it. */
async function dropAll() {
  const before = publicDataGeneration() ?? 0;
  await announcePublicDataChanged();
  await expect.poll(() => publicDataGeneration() ?? 0, { timeout: 5_000 }).toBeGreaterThanOrEqual(before + 2);
}

beforeAll(async () => {
  usePublicDataCacheInTests();
  expect(await publicDataReady()).toBe(true);
  author = await createUser();
});

afterAll(() => usePublicDataCacheInTests(false));

describe("loader data kept per signed-in scope (decision 304)", () => {
  it("keeps one copy for visitors and one for members, never the members' copy for a visitor", async () => {
    await dropAll();
    const member = await sessionCookieFor((await createUser()).id);
    const other = await sessionCookieFor((await createUser()).id);
    await item(author.id, `${WORD} open`);
    await item(author.id, `${WORD} voor leden`, { publicOnWeb: false });

    // A visitor first: the visitor's copy has no members-only item, and a member does not get it.
    expect(await titles()).toEqual([`${WORD} open`]);
    expect(await titles(member)).toEqual([`${WORD} open`, `${WORD} voor leden`]);
    expect(await menukaartTitles()).toEqual([`${WORD} open`]);
    expect(await menukaartTitles(member)).toEqual([`${WORD} open`, `${WORD} voor leden`]);

    // A write that announces nothing: both scopes keep their copy, another member gets the members' copy.
    await item(author.id, `${WORD} later`, { publicOnWeb: false });
    expect(await titles(other)).toEqual([`${WORD} open`, `${WORD} voor leden`]);
    expect(await titles()).toEqual([`${WORD} open`]);

    // Once the change is announced, every scope reads anew.
    await dropAll();
    expect(await titles(other)).toEqual([`${WORD} later`, `${WORD} open`, `${WORD} voor leden`]);
    expect(await titles()).toEqual([`${WORD} open`]);
    expect(await menukaartTitles()).toEqual([`${WORD} open`]);
  });

  it("gives a member whose sessions ended the visitors' copy, without the members-only items", async () => {
    await dropAll();
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    await item(author.id, `${WORD} alleen leden`, { publicOnWeb: false });
    expect((await titles(cookie)).includes(`${WORD} alleen leden`)).toBe(true);

    await db().session.deleteMany({ where: { userId: user.id } });
    const page = await library(cookie);
    expect(page.signedIn).toBe(false);
    expect(page.items.map((card) => card.title)).not.toContain(`${WORD} alleen leden`);
  });

  it("drops a hidden item from the members' copy when the moderator's hide is processed", async () => {
    await dropAll();
    const reporter = await createUser();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const cookie = await sessionCookieFor(reporter.id);
    const another = await sessionCookieFor((await createUser()).id);
    const hidden = await item(author.id, `${WORD} te verbergen`, { publicOnWeb: false });
    expect(await titles(cookie)).toContain(`${WORD} te verbergen`);
    expect(await titles(another)).toContain(`${WORD} te verbergen`);

    await hide(reporter, moderator, hidden.id);
    expect(await titles(cookie)).not.toContain(`${WORD} te verbergen`);
    expect(await titles(another)).not.toContain(`${WORD} te verbergen`);
    // The moderator's own copy is the members' copy: hidden items are out of every listing.
    expect(await titles(await sessionCookieFor(moderator.id))).not.toContain(`${WORD} te verbergen`);
  });

  it("reads each member's own items and review rights fresh beside the kept catalogue, also after a role change", async () => {
    await dropAll();
    const writer = await createUser();
    const reader = await createUser();
    const writerCookie = await sessionCookieFor(writer.id);
    const readerCookie = await sessionCookieFor(reader.id);
    await item(author.id, `${WORD} gedeeld`);
    const draft = await item(writer.id, `${WORD} concept`, { status: "DRAFT", publishedAt: null });

    const writerPage = await library(writerCookie);
    const readerPage = await library(readerCookie);
    expect(readerPage.items).toEqual(writerPage.items);
    expect(writerPage.mine.map((mine) => mine.id)).toContain(draft.id);
    expect(readerPage.mine).toEqual([]);
    expect(readerPage.canReview).toBe(false);

    // Made a moderator: the review rights change at once, the catalogue copy is the same.
    await db().user.update({ where: { id: reader.id }, data: { globalRole: "MODERATOR" } });
    const asModerator = await library(readerCookie);
    expect(asModerator.canReview).toBe(true);
    expect(asModerator.items).toEqual(readerPage.items);
    // And back: not a moderator any more, no review rights.
    await db().user.update({ where: { id: reader.id }, data: { globalRole: "MEMBER" } });
    expect((await library(readerCookie)).canReview).toBe(false);
  });

  it("keeps the home page's featured items per scope: a featured members-only item never reaches a visitor", async () => {
    await dropAll();
    const cookie = await sessionCookieFor((await createUser()).id);
    const featured = await item(author.id, `${WORD} uitgelicht`, { publicOnWeb: false, featured: true });
    expect(await featuredIds(cookie)).toContain(featured.id);
    expect(await featuredIds()).not.toContain(featured.id);
    // The members' copy, asked again after a visitor's, still holds it; the visitor's still does not.
    expect(await featuredIds(await sessionCookieFor((await createUser()).id))).toContain(featured.id);
    expect(await featuredIds()).not.toContain(featured.id);
    await db().libraryItem.update({ where: { id: featured.id }, data: { featured: false } });
    await dropAll();
    expect(await featuredIds(cookie)).not.toContain(featured.id);
  });

  it("answers a kept page as a fresh read does, with fewer statements for the next member", async () => {
    await dropAll();
    const first = await sessionCookieFor((await createUser()).id);
    const second = await sessionCookieFor((await createUser()).id);
    const page = async (loader: LoaderFunction, path: string, cookie: string) => {
      const request = getRequest(path, cookie);
      const context = { cspNonce: "" };
      return countRoundTrips(async () => {
        const [, data] = await Promise.all([root.loader({ request, params: {}, context }), loader({ request, params: {}, context })]);
        return data;
      });
    };
    for (const [loader, path, fresh, kept] of [
      // session, catalogue page with its total, facets, cards, themes, own items with the review count (one statement since
      // decision 321) → session, own items with the review count
      [libraryLoader, "/bibliotheek", 6, 2],
      // session, page with total, facets, cards (the themes were kept by the library page above) → session
      [menukaartLoader, "/menukaart", 4, 1],
    ] as const) {
      const cold = await page(loader, path, first);
      const warm = await page(loader, path, second);
      expect([path, cold.count]).toEqual([path, fresh]);
      expect([path, warm.count]).toEqual([path, kept]);
      expect(warm.result).toEqual(cold.result);
    }
    // Home: the featured items (ids, cards) and the themes are kept; the member's communities, invitations and unread counts are not.
    const cold = await page(homeLoader, "/", first);
    const warm = await page(homeLoader, "/", second);
    const kept = ['FROM "Theme" t ORDER BY', 'AND (i."featured" OR i."goodExample")'];
    for (const text of kept) {
      expect(cold.statements.filter((sql) => sql.includes(text))).toHaveLength(1);
      expect(warm.statements.filter((sql) => sql.includes(text))).toHaveLength(0);
    }
    usePublicDataCacheInTests(false);
    try {
      expect((await page(homeLoader, "/", second)).result).toEqual(warm.result);
      expect((await page(libraryLoader, "/bibliotheek", second)).result).toEqual((await page(libraryLoader, "/bibliotheek", first)).result);
    } finally {
      usePublicDataCacheInTests();
      expect(await publicDataReady()).toBe(true);
    }
  });

  it("drops the kept copies when the command commits, before any worker has the event", async () => {
    await dropAll();
    const reporter = await createUser();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const cookie = await sessionCookieFor(reporter.id);
    const hidden = await item(author.id, `${WORD} direct weg`, { publicOnWeb: false });
    expect(await titles(cookie)).toContain(`${WORD} direct weg`);
    // Events go to the queue, which no worker reads here: only the committing process's drop can end the copy.
    useQueuedEvents();
    try {
      await hide(reporter, moderator, hidden.id);
      expect(await titles(cookie)).not.toContain(`${WORD} direct weg`);
      expect(await titles(await sessionCookieFor((await createUser()).id))).not.toContain(`${WORD} direct weg`);
    } finally {
      useInlineEvents();
    }
  });

  it("keeps a theme's work agenda for every reader, with each reader's own permissions, and drops it on an agenda change", async () => {
    await dropAll();
    const theme = await createTheme();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const memberCookie = await sessionCookieFor((await createUser()).id);
    const moderatorCookie = await sessionCookieFor(moderator.id);
    type Agenda = { permissions: { manage: boolean; readDiscussion: boolean }; goals: { title: string }[] };
    const agenda = async (cookie?: string) =>
      (await callLoader(themeAgendaLoader, getRequest(`/werkagenda/${theme.slug}`, cookie), { theme: theme.slug })).body as Agenda;

    await createGoal(moderator, theme.slug, { title: "Eerste doel", description: "" });
    const asMember = await agenda(memberCookie);
    const asModerator = await agenda(moderatorCookie);
    const asVisitor = await agenda();
    expect(asMember.goals.map((goal) => goal.title)).toEqual(["Eerste doel"]);
    expect(asModerator.goals).toEqual(asMember.goals);
    expect(asVisitor.goals).toEqual(asMember.goals);
    expect([asVisitor.permissions.readDiscussion, asMember.permissions.manage, asModerator.permissions.manage]).toEqual([
      false,
      false,
      true,
    ]);

    // Kept: a goal written without an event is not in the next reader's copy.
    await db().agendaGoal.create({ data: { themeId: theme.id, title: "Stil doel", description: "", sortOrder: 9 } });
    expect((await agenda(moderatorCookie)).goals.map((goal) => goal.title)).toEqual(["Eerste doel"]);
    // A command's commit drops it, also with the events only queued.
    useQueuedEvents();
    try {
      await createGoal(moderator, theme.slug, { title: "Tweede doel", description: "" });
    } finally {
      useInlineEvents();
    }
    expect((await agenda(memberCookie)).goals.map((goal) => goal.title).sort()).toEqual(["Eerste doel", "Stil doel", "Tweede doel"]);
  });
});
