/**
 * Database round trips per main page (issue 17.2): the loaders Remix runs for
 * a page (root, layouts, the page), run together as Remix does, as a visitor
 * and as a member of the community, on the demo content. A page fails when it
 * sends more statements than its budget: counts, never timings. Lower a
 * budget when a page gets cheaper; raising one needs a reason in the commit.
 * Search statements run on their own pg pool (server/search) and are not
 * counted here; the search page's budget covers its other statements.
 */
import type { LoaderFunction } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import * as root from "../../app/root.tsx";
import * as home from "../../app/routes/_index.tsx";
import * as agenda from "../../app/routes/agenda._index.tsx";
import * as bibliotheek from "../../app/routes/bibliotheek._index.tsx";
import * as communities from "../../app/routes/communities._index.tsx";
import * as communityLayout from "../../app/routes/communities.$slug.tsx";
import * as topic from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import * as menukaart from "../../app/routes/menukaart.tsx";
import * as werkagendaTheme from "../../app/routes/werkagenda.$theme.tsx";
import * as werkagenda from "../../app/routes/werkagenda._index.tsx";
import * as zoeken from "../../app/routes/zoeken._index.tsx";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { getSessionUserWithUnread } from "../../server/accounts/session-header.ts";
import { createSession } from "../../server/accounts/sessions.ts";
import { loadTopic, loadTopicWithFirstUnread } from "../../server/discussions/access.ts";
import { firstUnreadSeq } from "../../server/discussions/unread.ts";
import { ALL_KINDS } from "../../server/notifications/catalog.ts";
import { unreadNotificationCount } from "../../server/notifications/queries.ts";
import { db, PREPARED_MARKER } from "../../server/db.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { searchEngine } from "../../server/search/engine.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { parseQuery } from "../../server/search/query.ts";
import { communityNames, planQuery, search, searchAccess } from "../../server/search/service.ts";
import { parseSearchParams, SEARCH_PAGE_SIZE } from "../../app/shared/search.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";

const COMMUNITY = "inclusief-werven-en-selecteren";
const BASE = "http://localhost:3000";

// The community's home (communities.$slug._index) reads its layout's data and has no loader of its own.
type Page = {
  name: string;
  path: string;
  params: Record<string, string>;
  loaders: LoaderFunction[];
  budget: { visitor: number; member: number };
};

let pages: Page[] = [];
let memberCookie = "";

/** Runs a page's loaders as Remix does (in parallel, one Request) and counts the statements. */
async function roundTrips(page: Page, cookie?: string) {
  const request = new Request(`${BASE}${page.path}`, { headers: cookie ? { Cookie: cookie } : {} });
  const context = { cspNonce: "", clientIp: "127.0.0.1" };
  return countRoundTrips(() =>
    Promise.all(
      page.loaders.map(async (loader) => {
        try {
          return await loader({ request, params: page.params, context });
        } catch (thrown) {
          // A redirect to the login page or a 404 is an answer too; anything else is a failure.
          if (thrown instanceof Response || (thrown && typeof thrown === "object" && "type" in thrown)) return thrown;
          throw thrown;
        }
      }),
    ),
  );
}

beforeAll(async () => {
  await seedDemo();
  await reconcile();
  const community = await db().community.findUniqueOrThrow({ where: { slug: COMMUNITY }, select: { id: true } });
  const member = await db().membership.findFirstOrThrow({ where: { communityId: community.id, role: "MEMBER" }, select: { userId: true } });
  memberCookie = await sessionCookieFor(member.userId);
  const someTopic = await db().topic.findFirstOrThrow({
    where: { communityId: community.id, hiddenAt: null, deletedAt: null },
    orderBy: { lastMessageAt: "desc" },
    select: { id: true, channel: { select: { slug: true } } },
  });
  const theme = await db().theme.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { slug: true } });
  const at = (name: string, path: string, params: Record<string, string>, loaders: LoaderFunction[], budget: Page["budget"]): Page => ({
    name,
    path,
    params,
    loaders: [root.loader, ...loaders],
    budget,
  });
  pages = [
    // member: +1 for the pending-invitation list of a verified member; -2 since decision 282 (the unread
    // counts read with the readable communities, on pg); -1 since decision 315 (the unread counts read with the cards)
    at("home", "/", {}, [home.loader], { visitor: 4, member: 6 }),
    at("communities", "/communities", {}, [communities.loader], { visitor: 2, member: 3 }),
    at("community", `/communities/${COMMUNITY}`, { slug: COMMUNITY }, [communityLayout.loader], { visitor: 1, member: 2 }),
    at(
      "topic",
      `/communities/${COMMUNITY}/discussies/${someTopic.channel.slug}/${someTopic.id}`,
      { slug: COMMUNITY, channel: someTopic.channel.slug, topic: someTopic.id },
      [communityLayout.loader, topic.loader],
      // member: 4 since decision 315 (the topic and the reader's first unread message in one statement)
      { visitor: 1, member: 4 },
    ),
    // The page and its total in one statement since decision 282; member: -1 since decision 321 (own items and review count in one).
    at("bibliotheek", "/bibliotheek", {}, [bibliotheek.loader], { visitor: 4, member: 6 }),
    at("menukaart", "/menukaart", {}, [menukaart.loader], { visitor: 4, member: 5 }),
    // Session, and the list (one statement since decision 282, was five) with where the member may plan a meeting
    // (decision 242): one statement since decision 321.
    at("agenda", "/agenda", {}, [agenda.loader], { visitor: 0, member: 2 }),
    // member: -1 since decision 321 (the Kennisagenda membership and the verified address in one statement).
    at("werkagenda", "/werkagenda", {}, [werkagenda.loader], { visitor: 3, member: 5 }),
    at("werkagenda theme", `/werkagenda/${theme.slug}`, { theme: theme.slug }, [werkagendaTheme.loader], { visitor: 5, member: 7 }),
    // member: -1 since decision 321 (the readable communities' names read with the access, none after the search).
    at("zoeken", "/zoeken?q=inclusief+werven", {}, [zoeken.loader], { visitor: 1, member: 2 }),
  ];
}, 120_000);

describe("database round trips per page", () => {
  it("stays within each page's budget, as a visitor and as a member", async () => {
    const counts: Record<string, { visitor: number; member: number }> = {};
    const over: string[] = [];
    const details: Record<string, string[]> = {};
    for (const page of pages) {
      // Once to warm what is read once per process (the word list, the thesaurus), then counted.
      await roundTrips(page);
      await roundTrips(page, memberCookie);
      const visitor = await roundTrips(page);
      const member = await roundTrips(page, memberCookie);
      counts[page.name] = { visitor: visitor.count, member: member.count };
      details[`${page.name} visitor`] = visitor.statements.map((sql) => sql.slice(0, 160));
      details[`${page.name} member`] = member.statements.map((sql) => sql.slice(0, 160));
      if (visitor.count > page.budget.visitor)
        over.push(`${page.name} as visitor: ${visitor.count} > ${page.budget.visitor}\n  ${visitor.statements.join("\n  ")}`);
      if (member.count > page.budget.member)
        over.push(`${page.name} as member: ${member.count} > ${page.budget.member}\n  ${member.statements.join("\n  ")}`);
    }
    if (process.env.ROUND_TRIPS_REPORT) console.log(JSON.stringify(counts, null, 2), JSON.stringify(details, null, 1));
    expect(over, over.join("\n\n")).toEqual([]);
  });
});

describe("reads every member page asks, on pg (decision 267)", () => {
  it("sends the search page's reads, the library's own items and review count, the home page's themes and invitations and the readable communities as prepared statements", async () => {
    const statementsOf = async (name: string) =>
      (
        await roundTrips(
          pages.find((page) => page.name === name)!,
          memberCookie,
        )
      ).statements;
    // Prisma writes every name in full ("public"."Table"."column"); the statements on pg name tables alone.
    const throughPrisma = (statements: string[], table: string) => statements.filter((sql) => sql.includes(`"public"."${table}"`));
    await statementsOf("zoeken"); // the theme names and the thesaurus are read once per process (or minute)
    const search = await statementsOf("zoeken");
    expect(search.filter((sql) => !sql.startsWith(PREPARED_MARKER))).toEqual([]);
    expect(throughPrisma(await statementsOf("bibliotheek"), "LibraryItem")).toEqual([]);
    const home = await statementsOf("home");
    expect([...throughPrisma(home, "Theme"), ...throughPrisma(home, "Invitation")]).toEqual([]);
    for (const name of ["home", "agenda"]) {
      const readable = (await statementsOf(name)).filter((sql) =>
        sql.startsWith('SELECT "public"."Community"."id" FROM "public"."Community" WHERE ("public"."Community"."accessMode"'),
      );
      expect(readable, name).toEqual([]);
    }
  });
});

describe("the agenda and the home page read on pg only (decision 282)", () => {
  it("sends every statement of a member's /agenda and home page as a prepared statement", async () => {
    for (const name of ["agenda", "home"]) {
      const page = pages.find((candidate) => candidate.name === name)!;
      const { statements } = await roundTrips(page, memberCookie);
      expect(statements.length, name).toBeGreaterThan(0);
      expect(
        statements.filter((sql) => !sql.startsWith(PREPARED_MARKER)),
        name,
      ).toEqual([]);
    }
  });
});

describe("the header's unread count, read with the session in one statement", () => {
  it("agrees with unreadNotificationCount for members, an invited member and a moderator, with kinds switched off", async () => {
    const communityIds = (await db().community.findMany({ select: { id: true } })).map((row) => row.id);
    const users = (await db().user.findMany({ select: { id: true, email: true, globalRole: true, emailVerifiedAt: true } })).map(
      ({ emailVerifiedAt, ...user }) => ({ ...user, emailVerified: emailVerifiedAt !== null }),
    );
    // Every kind, in every community and in none, for every user; half of them read.
    let n = 0;
    await db().notification.createMany({
      data: users.flatMap((user) =>
        ALL_KINDS.flatMap((kind) =>
          [...communityIds, null].map((communityId) => ({
            userId: user.id,
            kind,
            communityId,
            url: "/",
            readAt: n++ % 2 ? new Date() : null,
          })),
        ),
      ),
    });
    // Some members switch kinds off in-app, one switches one back on.
    const [first, second] = users;
    await db().notificationPreference.createMany({
      data: [
        { userId: first!.id, kind: "mention", inApp: false, email: false },
        { userId: first!.id, kind: "invitation", inApp: false, email: false },
        { userId: second!.id, kind: "reply", inApp: true, email: false },
      ],
    });
    const compared: number[] = [];
    for (const user of users) {
      const session = await createSession(user.id);
      const read = await getSessionUserWithUnread(session.id);
      expect(read?.user.id).toBe(user.id);
      expect(read?.unreadNotifications, user.email).toBe(await unreadNotificationCount(user));
      compared.push(read!.unreadNotifications);
    }
    // Not all the same: the rules made a difference.
    expect(new Set(compared).size).toBeGreaterThan(1);
    expect(users.some((user) => user.globalRole !== "MEMBER")).toBe(true);
    expect(await db().invitation.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
  });
});

describe("an unverified member's banner address, read with the session (decision 315)", () => {
  /** The root loader alone, as every page runs it: its statements and the banner's address. */
  async function rootRead(cookie: string, method = "GET") {
    const request = new Request(`${BASE}/privacy`, { method, headers: { Cookie: cookie } });
    const context = { cspNonce: "", clientIp: "127.0.0.1" };
    const { result, statements } = await countRoundTrips(async () => (await root.loader({ request, params: {}, context })).data);
    return { statements, user: result.user };
  }

  it("sends one statement for a page of a verified, an unverified and an address-changing member, and names the right address", async () => {
    const verified = await createUser();
    const unverified = await createUser({ emailVerified: false });
    const changing = await createUser({ emailVerified: false });
    const changingVerified = await createUser();
    await db().user.update({ where: { id: changing.id }, data: { pendingEmail: `nieuw-${changing.id}@praktijkplein.test` } });
    await db().user.update({
      where: { id: changingVerified.id },
      data: { pendingEmail: `ander-${changingVerified.id}@praktijkplein.test` },
    });
    const expected = [
      [verified, null],
      [unverified, unverified.email],
      [changing, `nieuw-${changing.id}@praktijkplein.test`],
      // A verified account keeps its address until the new one's link is followed; the banner is for unverified accounts.
      [changingVerified, null],
    ] as const;
    for (const [user, address] of expected) {
      const cookie = await sessionCookieFor(user.id);
      const read = await rootRead(cookie);
      expect(read.user?.unverifiedEmail, user.email).toBe(address);
      expect(read.statements, user.email).toHaveLength(1);
      // A form post's root loader (the session read through Prisma) names the same address, reading it itself.
      const posted = await rootRead(cookie, "POST");
      expect(posted.user?.unverifiedEmail, `${user.email} (post)`).toBe(address);
    }
  });
});

describe("the topic page's topic and first unread message in one statement (decision 315)", () => {
  /** What a call gives, or the status it was refused with. */
  const outcome = async <T>(call: () => Promise<T>) => {
    try {
      return { ok: await call() };
    } catch (error) {
      return { refused: (error as { status?: number }).status ?? String(error) };
    }
  };

  it("refuses and answers as loadTopic and firstUnreadSeq do, for every user and topic of the demo", async () => {
    const users = await db().user.findMany({ select: { id: true, displayName: true, globalRole: true } });
    const topics = await db().topic.findMany({ select: { id: true } });
    // Read markers here and there, a hidden topic and a deleted one: the rules get something to decide.
    const someMessages = await db().message.findMany({ select: { topicId: true, seq: true }, orderBy: { seq: "asc" }, take: 40 });
    for (const [i, message] of someMessages.entries()) {
      const user = users[i % users.length]!;
      await db().readMarker.upsert({
        where: { userId_topicId: { userId: user.id, topicId: message.topicId } },
        create: { userId: user.id, topicId: message.topicId, lastReadSeq: message.seq },
        update: { lastReadSeq: message.seq },
      });
    }
    await db().topic.update({ where: { id: topics[0]!.id }, data: { hiddenAt: new Date(), hiddenReason: "test" } });
    await db().topic.update({ where: { id: topics[1]!.id }, data: { deletedAt: new Date() } });
    const kinds = new Set<string>();
    for (const user of users) {
      const actor = { id: user.id, displayName: user.displayName, globalRole: user.globalRole };
      for (const topic of topics) {
        const combined = await outcome(() => loadTopicWithFirstUnread(actor, topic.id));
        const apart = await outcome(async () => ({
          ...(await loadTopic(actor, topic.id)),
          firstUnreadSeq: await firstUnreadSeq(user.id, topic.id),
        }));
        expect(combined, `${user.displayName} ${topic.id}`).toEqual(apart);
        kinds.add(combined.ok ? (combined.ok.firstUnreadSeq === null ? "read" : "unread") : `refused ${combined.refused}`);
      }
    }
    // Readers with unread and read topics and refusals (hidden, deleted, invite-only) were all compared.
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["read", "refused 404", "unread"]));
  });
});

describe("a result page's community names, read with the access (decision 321)", () => {
  it("names the hits' and facets' communities as communityNames names the engine's ids, for every demo user and a visitor", async () => {
    const users = await db().user.findMany({ select: { id: true, globalRole: true } });
    const readers = [null, ...users.map((user) => ({ id: user.id, globalRole: user.globalRole }))];
    const someCommunity = await db().community.findFirstOrThrow({ where: { accessMode: "INVITE_ONLY" }, select: { slug: true } });
    let named = 0;
    let outsideReadable = 0;
    for (const actor of readers) {
      for (const q of ["inclusief werven", "werkgevers", `werving community:${someCommunity.slug}`]) {
        const [words, community] = q.split(" community:");
        const url = new URLSearchParams({ q: words! });
        if (community) url.set("community", community);
        const params = parseSearchParams(url).params;
        const view = await search(actor, params);
        // The engine's answer for the same access, named by communityNames as the page named them before.
        const access = await searchAccess(actor);
        const readable = new Set(access.communityIds);
        const ids = await db().community.findMany({
          where: { slug: { in: params.communities }, id: { in: access.communityIds } },
          select: { id: true },
        });
        const query = parseQuery(params.q);
        const engine = await searchEngine().search({
          query,
          plan: await planQuery(query, access),
          filters: {
            kinds: [],
            themeIds: [],
            communityIds: params.communities.length && !ids.length ? ["-"] : ids.map((row) => row.id),
            evidenceLevels: [],
            period: null,
          },
          access,
          sort: params.sort,
          page: 1,
          pageSize: SEARCH_PAGE_SIZE,
          facets: true,
          snippets: true,
        });
        const shown = [...new Set([...engine.hits.map((hit) => hit.communityId), ...(engine.facets?.community ?? []).map((f) => f.value)])];
        const names = new Map((await communityNames(shown.filter((id): id is string => id !== null))).map((c) => [c.id, c]));
        const label = `${actor?.id ?? "visitor"} ${q}`;
        expect(view.total, label).toBe(engine.total);
        expect(
          view.hits.map((hit) => hit.community),
          label,
        ).toEqual(
          engine.hits.map((hit) => {
            const c = hit.communityId ? names.get(hit.communityId) : undefined;
            return c ? { slug: c.slug, name: c.name } : null;
          }),
        );
        expect(view.facets.community, label).toEqual(
          (engine.facets?.community ?? []).flatMap(({ value, count }) => {
            const c = names.get(value);
            return c ? [{ value: c.slug, count, label: c.name }] : [];
          }),
        );
        named += view.hits.filter((hit) => hit.community).length + view.facets.community.length;
        outsideReadable += shown.filter((id) => id !== null && !readable.has(id)).length;
      }
    }
    // Names came from both places: the readable communities and, for the others, the statement after the search.
    expect(named).toBeGreaterThan(0);
    expect(outsideReadable).toBeGreaterThan(0);
  }, 60_000);
});
