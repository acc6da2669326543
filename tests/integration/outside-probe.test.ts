/**
 * Defects found by probing a production build from outside (December 2026,
 * the eighth probe: work agenda, documents, sockets, odd query strings).
 * Each test failed before its fix.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as manageAction } from "../../app/routes/werkagenda.$theme_.beheer.tsx";
import { action as measurementAction } from "../../app/routes/werkagenda.$theme_.meting.tsx";
import { action as roundAction, loader as roundLoader } from "../../app/routes/werkagenda.herijking.$id.tsx";
import { action as roundsAction } from "../../app/routes/werkagenda.herijking._index.tsx";
import { action as newLibraryItemAction } from "../../app/routes/bibliotheek.nieuw.tsx";
import { action as libraryItemAction, loader as libraryItemLoader } from "../../app/routes/bibliotheek.$slug.tsx";
import { loader as auditLogLoader } from "../../app/routes/beheer.auditlog.tsx";
import { KENNISAGENDA_COMMUNITY_SLUG } from "../../app/shared/agenda.ts";
import { db } from "../../server/db.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest, type RouteResult } from "../helpers/remix.ts";

afterAll(async () => {
  await closeQueues();
});

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

function fieldErrors(result: RouteResult): Record<string, string[] | null> {
  return (result.body as { result: { error: Record<string, string[] | null> } }).result.error;
}

describe("a date in year 0000", () => {
  // PostgreSQL's calendar has no year 0: every one of these was a 500 from the database.
  it("is refused at the field in the work agenda's forms, and nothing is stored", async () => {
    const theme = await createTheme({ nameNl: "Jaar nul" });
    const kennisagenda = await createCommunity({ slug: KENNISAGENDA_COMMUNITY_SLUG, name: "Kennisagenda VIA" });
    const [moderator, researcher] = await Promise.all([createUser({ globalRole: "MODERATOR" }), createUser()]);
    await addMember(researcher.id, kennisagenda.id);
    const [modCookie, researcherCookie] = await Promise.all([sessionCookieFor(moderator.id), sessionCookieFor(researcher.id)]);
    const manage = (fields: Record<string, string>) =>
      callAction(manageAction, formRequest(`/werkagenda/${theme.slug}/beheer`, fields, modCookie), { theme: theme.slug });

    expect(
      (await manage({ intent: "goal", title: "Meer stages in de regio", description: "Scholen en werkgevers zoeken samen." })).status,
    ).toBe(302);
    const goal = await db().agendaGoal.findFirstOrThrow({ where: { themeId: theme.id } });
    const indicatorFields = { goalId: goal.id, name: "Stages gevonden", unit: "stages", targetValue: "40", direction: "HOGER" };
    const yearZero = await manage({ intent: "indicator", ...indicatorFields, targetDate: "0000-06-01" });
    expect(yearZero.status).toBe(400);
    expect(fieldErrors(yearZero).targetDate).toEqual(["agenda.errors.dateInvalid"]);
    expect(await db().agendaIndicator.count({ where: { goalId: goal.id } })).toBe(0);

    expect((await manage({ intent: "indicator", ...indicatorFields, targetDate: "2027-06-01" })).status).toBe(302);
    const indicator = await db().agendaIndicator.findFirstOrThrow({ where: { goalId: goal.id } });
    const { goalId: _goalId, ...editFields } = indicatorFields;
    const edit = await manage({ intent: "editIndicator", indicatorId: indicator.id, ...editFields, targetDate: "0000-06-01" });
    expect(edit.status).toBe(400);
    expect(fieldErrors(edit).targetDate).toEqual(["agenda.errors.dateInvalid"]);
    expect((await db().agendaIndicator.findUniqueOrThrow({ where: { id: indicator.id } })).targetDate.toISOString()).toBe(
      "2027-06-01T00:00:00.000Z",
    );

    const measurement = await callAction(
      measurementAction,
      formRequest(
        `/werkagenda/${theme.slug}/meting`,
        { indicatorId: indicator.id, value: "12", measuredOn: "0000-01-01", source: "Eigen telling" },
        researcherCookie,
      ),
      { theme: theme.slug },
    );
    expect(measurement.status).toBe(400);
    expect(fieldErrors(measurement).measuredOn).toEqual(["agenda.errors.dateInvalid"]);
    expect(await db().agendaMeasurement.count({ where: { indicatorId: indicator.id } })).toBe(0);

    const round = await callAction(
      roundsAction,
      formRequest(
        "/werkagenda/herijking",
        { title: "Herijking jaar nul", period: "0000-1", opensAt: "0000-01-01", closesAt: day(5) },
        modCookie,
      ),
    );
    expect(round.status).toBe(400);
    expect(fieldErrors(round).opensAt).toEqual(["agenda.errors.dateInvalid"]);
    expect(await db().reviewRound.count({ where: { title: "Herijking jaar nul" } })).toBe(0);
  });

  it("is refused as a library review date, and so is 30 February (it was stored as 2 March)", async () => {
    const theme = await createTheme({ nameNl: "Herzien" });
    const [author, moderator] = await Promise.all([createUser(), createUser({ globalRole: "MODERATOR" })]);
    const [authorCookie, modCookie] = await Promise.all([sessionCookieFor(author.id), sessionCookieFor(moderator.id)]);
    const created = await callAction(
      newLibraryItemAction,
      formRequest(
        "/bibliotheek/nieuw",
        {
          intent: "draft",
          kind: "VEELGESTELDE_VRAAG",
          themes: theme.slug,
          title: "Wanneer herzien we een handreiking?",
          summary: "Over de datum waarop een moderator een stuk opnieuw bekijkt.",
          bodyText: "Elk stuk krijgt een datum waarop we kijken of het nog klopt.",
        },
        authorCookie,
      ),
    );
    const slug = created.headers
      .get("Location")!
      .replace(/^\/bibliotheek\//, "")
      .replace(/[/?#].*$/, "");
    const curate = (reviewDate: string) =>
      callAction(libraryItemAction, formRequest(`/bibliotheek/${slug}`, { intent: "curate", reviewDate }, modCookie), { slug });

    for (const reviewDate of ["0000-01-01", "2026-02-30"]) {
      const answer = await curate(reviewDate);
      expect(answer.status, reviewDate).toBe(400);
      expect((answer.body as { formError: string }).formError).toBe("library.errors.date");
    }
    expect((await db().libraryItem.findUniqueOrThrow({ where: { slug } })).reviewDate).toBeNull();
    expect((await curate("2099-02-28")).status).toBe(302);
    expect((await db().libraryItem.findUniqueOrThrow({ where: { slug } })).reviewDate?.toISOString()).toBe("2099-02-28T00:00:00.000Z");
  });

  it("in the audit log's filter is left out, like any other bad filter, instead of a 500", async () => {
    const admin = await createUser({ globalRole: "ADMIN" });
    const cookie = await sessionCookieFor(admin.id);
    for (const query of ["from=0000-01-01", "to=0000-01-01", "from=2026-99-99", "to=2026-13-40", "from=2026-02-30"]) {
      const page = await callLoader(auditLogLoader, getRequest(`/beheer/auditlog?${query}`, cookie));
      expect(page.status, query).toBe(200);
    }
  });
});

describe("a review round's decisions", () => {
  it("do not tell visitors who recorded them (the page is public and names nobody)", async () => {
    const moderator = await createUser({ globalRole: "MODERATOR", displayName: "Moderator Zichtbaar" });
    const cookie = await sessionCookieFor(moderator.id);
    const opened = await callAction(
      roundsAction,
      formRequest("/werkagenda/herijking", { title: "Herijking najaar", period: "2026-2", opensAt: day(-1), closesAt: day(14) }, cookie),
    );
    expect(opened.status).toBe(302);
    const id = opened.headers.get("Location")!.replace("/werkagenda/herijking/", "");
    const decided = await callAction(
      roundAction,
      formRequest(`/werkagenda/herijking/${id}`, { intent: "decision", kind: "OTHER", text: "We gaan door met de wijkaanpak." }, cookie),
      { id },
    );
    expect(decided.status).toBe(302);

    const visitorView = await callLoader(roundLoader, getRequest(`/werkagenda/herijking/${id}`), { id });
    expect(visitorView.status).toBe(200);
    const sent = JSON.stringify(visitorView.body);
    expect(sent).toContain("We gaan door met de wijkaanpak.");
    expect(sent).not.toContain("Moderator Zichtbaar");
    expect(sent).not.toContain(moderator.id);
  });
});

describe("a practice case shared anonymously", () => {
  it("does not name the organisation in its byline either (it showed the author's own: 'Gedeeld door … (Bakkerij …)')", async () => {
    const author = await createUser({ displayName: "Jan Korenaar", organisation: "Bakkerij Korenaar" });
    const reader = await createUser();
    const slug = `anonieme-case-${author.id}`;
    await db().libraryItem.create({
      data: {
        slug,
        kind: "PRAKTIJKCASE",
        status: "PUBLISHED",
        publishedAt: new Date(),
        title: "Een meeloopdag in plaats van een brief",
        summary: "Kandidaten lopen een ochtend mee.",
        body: {},
        anonymous: true,
        organisationName: null,
        authorId: author.id,
      },
    });
    const page = await callLoader(libraryItemLoader, getRequest(`/bibliotheek/${slug}`, await sessionCookieFor(reader.id)), { slug });
    expect(page.status).toBe(200);
    expect((page.body as { item: { author: { displayName: string } | null } }).item.author?.displayName).toBe("Jan Korenaar");
    expect(JSON.stringify(page.body)).not.toContain("Bakkerij Korenaar");
  });
});

describe("the two JSON answers of the search box and the mention list, over HTTP", () => {
  // Through the real server: a resource route's `data()` reached the browser as a bare 200, without its status and headers.
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("keep their status and headers: 429 with Retry-After, 401 for a visitor, and private, no-store", async () => {
    const member = await createUser();
    const community = await createCommunity({ accessMode: "OPEN" });
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    const get = (path: string, withCookie = true) => fetch(`${server.url}${path}`, { headers: withCookie ? { Cookie: cookie } : {} });

    const mentions = await get(`/communities/${community.slug}/vermeldingen?q=`);
    expect(mentions.status).toBe(200);
    expect(mentions.headers.get("Cache-Control")).toBe("private, no-store");
    expect(((await mentions.json()) as { members: unknown[] }).members.length).toBe(1);
    const visitor = await get(`/communities/${community.slug}/vermeldingen?q=`, false);
    expect(visitor.status).toBe(401);
    expect(await visitor.json()).toEqual({ members: [] });

    const first = await get("/zoeken/suggesties?q=werk");
    expect(first.status).toBe(200);
    expect(first.headers.get("Cache-Control")).toBe("private, no-store");
    // The search limit (120 a minute per member) runs out; the answer says so in its status.
    let limited: Response | null = null;
    for (let i = 0; i < 130 && !limited; i += 1) {
      const answer = await get(`/zoeken/suggesties?q=werk${i}`);
      if (answer.status !== 200) limited = answer;
      else await answer.arrayBuffer();
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await limited!.json()).toMatchObject({ suggestions: [], error: "errors.rateLimited" });
  }, 120_000);
});
