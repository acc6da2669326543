/**
 * The work agenda through its routes: building goals, actions and
 * indicators; recording measurements (who may, and bad input); the dashboard's
 * chart data and the CSV; review rounds with a frozen snapshot, comments,
 * decisions and comparison; knowledge questions with one vote per member.
 */
import { describe, expect, it } from "vitest";
import { action as manageAction, loader as manageLoader } from "../../app/routes/werkagenda.$theme_.beheer.tsx";
import { loader as csvLoader } from "../../app/routes/werkagenda.$theme_.export[.]csv.tsx";
import { action as measurementAction, loader as measurementLoader } from "../../app/routes/werkagenda.$theme_.meting.tsx";
import { loader as themeLoader } from "../../app/routes/werkagenda.$theme.tsx";
import { loader as overviewLoader } from "../../app/routes/werkagenda._index.tsx";
import { action as roundAction, loader as roundLoader } from "../../app/routes/werkagenda.herijking.$id.tsx";
import { action as roundsAction, loader as roundsLoader } from "../../app/routes/werkagenda.herijking._index.tsx";
import { loader as compareLoader } from "../../app/routes/werkagenda.herijking.vergelijken.tsx";
import { action as questionAction, loader as questionLoader } from "../../app/routes/werkagenda.kennisvragen.$id.tsx";
import { action as questionsAction, loader as questionsLoader } from "../../app/routes/werkagenda.kennisvragen._index.tsx";
import {
  ACTION_STATUSES,
  DECISION_KINDS,
  INDICATOR_DIRECTIONS,
  KENNISAGENDA_COMMUNITY_SLUG,
  QUESTION_STATUSES,
} from "../../app/shared/agenda.ts";
import { AGENDA_ACTIONS, agendaPermissions, type AgendaAction } from "../../server/agenda/policy.ts";
import type { reviewRound, themeAgenda } from "../../server/agenda/queries.ts";
import { AgendaActionStatus, db, IndicatorDirection, KnowledgeQuestionStatus, ReviewDecisionKind } from "../../server/db.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest, type RouteResult } from "../helpers/remix.ts";

type ThemeBody = Awaited<ReturnType<typeof themeAgenda>>;
type RoundBody = Awaited<ReturnType<typeof reviewRound>>;

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

let kennisagenda: Promise<{ id: string }> | undefined;
const kennisagendaCommunity = () => (kennisagenda ??= createCommunity({ slug: KENNISAGENDA_COMMUNITY_SLUG, name: "Kennisagenda VIA" }));

async function people() {
  const theme = await createTheme({ nameNl: "Arbeidstoeleiding" });
  const community = await kennisagendaCommunity();
  const [moderator, researcher, member, admin] = await Promise.all([
    createUser({ globalRole: "MODERATOR" }),
    createUser(),
    createUser(),
    createUser({ globalRole: "ADMIN" }),
  ]);
  await addMember(researcher.id, community.id);
  const withCookie = async <T extends { id: string }>(user: T) => ({ ...user, cookie: await sessionCookieFor(user.id) });
  return {
    theme,
    moderator: await withCookie(moderator),
    researcher: await withCookie(researcher),
    member: await withCookie(member),
    admin: await withCookie(admin),
  };
}

type People = Awaited<ReturnType<typeof people>>;

function errorsOf(result: RouteResult): Record<string, string[] | null> {
  return (result.body as { result: { error: Record<string, string[] | null> } }).result.error;
}

/** A goal with one action and one indicator, built through the management routes. */
async function agenda(p: People) {
  const slug = p.theme.slug;
  const manage = (fields: Record<string, string>) =>
    callAction(manageAction, formRequest(`/werkagenda/${slug}/beheer`, fields, p.moderator.cookie), { theme: slug });
  expect(
    (
      await manage({
        intent: "goal",
        title: "Meer mensen aan het werk via de wijk",
        description: "Gemeenten en werkgevers zoeken samen werkzoekenden op in de wijk.",
      })
    ).status,
  ).toBe(302);
  const goal = await db().agendaGoal.findFirstOrThrow({ where: { themeId: p.theme.id } });
  expect(
    (
      await manage({
        intent: "action",
        goalId: goal.id,
        title: "Wijkbanenmarkt in tien regio's",
        description: "Een banenmarkt in de wijk, met werkgevers uit de buurt.",
        owners: "Gemeente Utrecht, UWV , Gemeente Utrecht",
        status: "LOPEND",
      })
    ).status,
  ).toBe(302);
  const action = await db().agendaAction.findFirstOrThrow({ where: { goalId: goal.id } });
  expect(action.owners).toEqual(["Gemeente Utrecht", "UWV"]);
  expect(
    (
      await manage({
        intent: "indicator",
        goalId: goal.id,
        actionId: action.id,
        name: "Mensen aan het werk na de banenmarkt",
        unit: "personen",
        baseline: "0",
        targetValue: "250",
        targetDate: "2027-12-31",
        direction: "HOGER",
      })
    ).status,
  ).toBe(302);
  const indicator = await db().agendaIndicator.findFirstOrThrow({ where: { goalId: goal.id } });
  return { goal, action, indicator, manage };
}

function measure(p: People, cookie: string, fields: Record<string, string>) {
  return callAction(measurementAction, formRequest(`/werkagenda/${p.theme.slug}/meting`, fields, cookie), { theme: p.theme.slug });
}

describe("shared enums", () => {
  it("match the Prisma enums", () => {
    expect([...ACTION_STATUSES]).toEqual(Object.values(AgendaActionStatus));
    expect([...INDICATOR_DIRECTIONS]).toEqual(Object.values(IndicatorDirection));
    expect([...DECISION_KINDS]).toEqual(Object.values(ReviewDecisionKind));
    expect([...QUESTION_STATUSES]).toEqual(Object.values(KnowledgeQuestionStatus));
  });
});

describe("the policy matrix", () => {
  it("who may do what", () => {
    const actors = {
      visitor: null,
      member: { id: "m", globalRole: "MEMBER", kennisagendaMember: false },
      kennisagenda: { id: "k", globalRole: "MEMBER", kennisagendaMember: true },
      moderator: { id: "o", globalRole: "MODERATOR", kennisagendaMember: false },
      admin: { id: "a", globalRole: "ADMIN", kennisagendaMember: false },
    } as const;
    //                        visitor member kennisagenda moderator admin
    const expected: Record<AgendaAction, [boolean, boolean, boolean, boolean, boolean]> = {
      read: [true, true, true, true, true],
      readDiscussion: [false, true, true, true, true],
      recordMeasurement: [false, false, true, true, true],
      manage: [false, false, false, true, true],
      comment: [false, true, true, true, true],
      proposeQuestion: [false, true, true, true, true],
      vote: [false, true, true, true, true],
      curateQuestion: [false, false, false, true, true],
    };
    for (const action of AGENDA_ACTIONS) {
      expect(
        Object.values(actors).map((actor) => agendaPermissions(actor)[action]),
        action,
      ).toEqual(expected[action]);
    }
  });
});

describe("goals, actions and indicators", () => {
  it("moderators manage them; members may not; bad input is refused at the field", async () => {
    const p = await people();
    const { goal, manage } = await agenda(p);
    const slug = p.theme.slug;

    // A member may neither open the page nor post to it; nothing is added.
    expect((await callLoader(manageLoader, getRequest(`/werkagenda/${slug}/beheer`, p.member.cookie), { theme: slug })).status).toBe(403);
    expect((await callLoader(manageLoader, getRequest(`/werkagenda/${slug}/beheer`, p.researcher.cookie), { theme: slug })).status).toBe(
      403,
    );
    const refused = await callAction(
      manageAction,
      formRequest(
        `/werkagenda/${slug}/beheer`,
        { intent: "goal", title: "Een doel van een lid", description: "Dit mag een gewoon lid niet toevoegen." },
        p.member.cookie,
      ),
      { theme: slug },
    );
    expect(refused.status).toBe(403);
    expect(await db().agendaGoal.count({ where: { themeId: p.theme.id } })).toBe(1);
    // Admins are moderators too.
    expect((await callLoader(manageLoader, getRequest(`/werkagenda/${slug}/beheer`, p.admin.cookie), { theme: slug })).status).toBe(200);

    const noOwners = await manage({
      intent: "action",
      goalId: goal.id,
      title: "Actie zonder uitvoerder",
      description: "Niemand voert deze actie uit.",
      owners: " , ",
      status: "GEPLAND",
    });
    expect(noOwners.status).toBe(400);
    expect(errorsOf(noOwners).owners).toEqual(["agenda.errors.ownersRequired"]);
    const badTarget = await manage({
      intent: "indicator",
      goalId: goal.id,
      name: "Aantal werkgevers",
      unit: "werkgevers",
      targetValue: "veel",
      targetDate: "",
      direction: "HOGER",
    });
    expect(badTarget.status).toBe(400);
    expect(errorsOf(badTarget)).toMatchObject({ targetValue: ["agenda.errors.notANumber"], targetDate: ["agenda.errors.dateRequired"] });
    // A goal of another theme is not this theme's.
    const other = await createTheme();
    const foreign = await db().agendaGoal.create({
      data: { themeId: other.id, title: "Ander thema", description: "Een doel van een ander thema." },
    });
    const wrongTheme = await manage({
      intent: "indicator",
      goalId: foreign.id,
      name: "Aantal werkgevers",
      unit: "werkgevers",
      targetValue: "10",
      targetDate: "2027-01-01",
      direction: "HOGER",
    });
    expect(wrongTheme.status).toBe(422);
    expect(errorsOf(wrongTheme).goalId).toEqual(["agenda.errors.unknownGoal"]);
    expect(await db().agendaAction.count({ where: { goalId: goal.id } })).toBe(1);
    expect(await db().agendaIndicator.count({ where: { goalId: goal.id } })).toBe(1);
  });
});

describe("editing goals, actions and indicators", () => {
  it("moderators and admins edit them; members get 403; bad input changes nothing; a round's snapshot stays as it was", async () => {
    const p = await people();
    const { goal, action, indicator, manage } = await agenda(p);
    const slug = p.theme.slug;
    const round = await callAction(
      roundsAction,
      formRequest(
        "/werkagenda/herijking",
        { title: "Herijking voor het bewerken", period: "2026-1", opensAt: day(-1), closesAt: day(14) },
        p.moderator.cookie,
      ),
    );
    expect(round.status).toBe(302);
    const roundId = round.headers.get("Location")!.replace("/werkagenda/herijking/", "");
    const before = await db().reviewRound.findUniqueOrThrow({ where: { id: roundId } });
    const rows = async () => ({
      goal: await db().agendaGoal.findUniqueOrThrow({ where: { id: goal.id } }),
      action: await db().agendaAction.findUniqueOrThrow({ where: { id: action.id } }),
      indicator: await db().agendaIndicator.findUniqueOrThrow({ where: { id: indicator.id } }),
    });
    const original = await rows();

    // The page hands the forms the current values.
    const page = await callLoader(manageLoader, getRequest(`/werkagenda/${slug}/beheer`, p.moderator.cookie), { theme: slug });
    expect(page.body).toMatchObject({
      goals: [
        {
          id: goal.id,
          description: goal.description,
          actions: [{ id: action.id, owners: ["Gemeente Utrecht", "UWV"] }],
          indicators: [{ id: indicator.id, baseline: 0, targetValue: 250, targetDate: "2027-12-31", direction: "HOGER" }],
        },
      ],
    });

    // A member (also a Kennisagenda member) may not edit: 403 and nothing changes.
    const goalEdit = {
      intent: "editGoal",
      goalId: goal.id,
      title: "Een titel van een lid",
      description: "Dit mag een gewoon lid niet wijzigen.",
    };
    for (const cookie of [p.member.cookie, p.researcher.cookie]) {
      expect((await callAction(manageAction, formRequest(`/werkagenda/${slug}/beheer`, goalEdit, cookie), { theme: slug })).status).toBe(
        403,
      );
      expect(
        (
          await callAction(
            manageAction,
            formRequest(
              `/werkagenda/${slug}/beheer`,
              {
                intent: "editAction",
                actionId: action.id,
                title: "Een actie van een lid",
                description: "Dit mag een lid niet wijzigen.",
                owners: "Lid",
              },
              cookie,
            ),
            { theme: slug },
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await callAction(
            manageAction,
            formRequest(
              `/werkagenda/${slug}/beheer`,
              {
                intent: "editIndicator",
                indicatorId: indicator.id,
                name: "Door een lid",
                unit: "x",
                targetValue: "1",
                targetDate: "2028-01-01",
                direction: "LAGER",
              },
              cookie,
            ),
            { theme: slug },
          )
        ).status,
      ).toBe(403);
    }
    expect(await rows()).toEqual(original);

    // Bad input: errors at the fields, for that form only, and nothing saved.
    const badGoal = await manage({ intent: "editGoal", goalId: goal.id, title: "Kort", description: " " });
    expect(badGoal.status).toBe(400);
    expect(badGoal.body).toMatchObject({ intent: "editGoal", item: goal.id });
    expect(errorsOf(badGoal)).toMatchObject({
      title: [expect.stringMatching(/^errors\.minChars\|/)],
      description: ["errors.missing.description"],
    });
    const badAction = await manage({
      intent: "editAction",
      actionId: action.id,
      title: "Wijkbanenmarkt in twintig regio's",
      description: "Een banenmarkt in de wijk, met werkgevers uit de buurt.",
      owners: " , ",
    });
    expect(badAction.status).toBe(400);
    expect(errorsOf(badAction).owners).toEqual(["agenda.errors.ownersRequired"]);
    const badIndicator = await manage({
      intent: "editIndicator",
      indicatorId: indicator.id,
      name: "Mensen aan het werk",
      unit: "personen",
      baseline: "nul",
      targetValue: "veel",
      targetDate: "2027-02-30",
      direction: "SOMS",
    });
    expect(badIndicator.status).toBe(400);
    expect(errorsOf(badIndicator)).toMatchObject({
      baseline: ["agenda.errors.notANumber"],
      targetValue: ["agenda.errors.notANumber"],
      targetDate: ["agenda.errors.dateInvalid"],
      direction: ["errors.choose"],
    });
    // An item of another theme is not found from this theme's page.
    const other = await createTheme();
    const foreign = await db().agendaGoal.create({
      data: { themeId: other.id, title: "Ander thema", description: "Een doel van een ander thema." },
    });
    expect(
      (
        await manage({
          intent: "editGoal",
          goalId: foreign.id,
          title: "Overgenomen doel",
          description: "Een doel van een ander thema, gewijzigd.",
        })
      ).status,
    ).toBe(404);
    expect((await db().agendaGoal.findUniqueOrThrow({ where: { id: foreign.id } })).title).toBe("Ander thema");
    expect(await rows()).toEqual(original);

    // A moderator edits all three; an admin may too.
    expect(
      (
        await manage({
          intent: "editGoal",
          goalId: goal.id,
          title: "Meer mensen aan het werk via wijk en buurt",
          description: "Gemeenten, werkgevers en buurthuizen zoeken samen werkzoekenden op.",
        })
      ).status,
    ).toBe(302);
    expect(
      (
        await manage({
          intent: "editAction",
          actionId: action.id,
          title: "Wijkbanenmarkt in twintig regio's",
          description: "Een banenmarkt in de wijk, nu ook met het mkb.",
          owners: "UWV, Gemeente Zwolle",
        })
      ).status,
    ).toBe(302);
    const adminEdit = await callAction(
      manageAction,
      formRequest(
        `/werkagenda/${slug}/beheer`,
        {
          intent: "editIndicator",
          indicatorId: indicator.id,
          name: "Mensen in de bijstand na de banenmarkt",
          unit: "procent",
          baseline: "12,5",
          targetValue: "8",
          targetDate: "2028-06-30",
          direction: "LAGER",
        },
        p.admin.cookie,
      ),
      { theme: slug },
    );
    expect(adminEdit.status).toBe(302);
    expect(adminEdit.headers.get("Location")).toBe(`/werkagenda/${slug}/beheer`);
    const after = await rows();
    expect(after.goal).toMatchObject({
      title: "Meer mensen aan het werk via wijk en buurt",
      description: "Gemeenten, werkgevers en buurthuizen zoeken samen werkzoekenden op.",
      themeId: p.theme.id,
    });
    expect(after.action).toMatchObject({
      title: "Wijkbanenmarkt in twintig regio's",
      description: "Een banenmarkt in de wijk, nu ook met het mkb.",
      owners: ["UWV", "Gemeente Zwolle"],
      status: "LOPEND",
      goalId: goal.id,
    });
    expect(after.indicator).toMatchObject({
      name: "Mensen in de bijstand na de banenmarkt",
      unit: "procent",
      baseline: 12.5,
      targetValue: 8,
      targetDate: new Date("2028-06-30T00:00:00Z"),
      direction: "LAGER",
      goalId: goal.id,
      actionId: action.id,
    });
    // An empty baseline clears it.
    expect(
      (
        await manage({
          intent: "editIndicator",
          indicatorId: indicator.id,
          name: "Mensen in de bijstand na de banenmarkt",
          unit: "procent",
          baseline: "",
          targetValue: "8",
          targetDate: "2028-06-30",
          direction: "LAGER",
        })
      ).status,
    ).toBe(302);
    expect((await db().agendaIndicator.findUniqueOrThrow({ where: { id: indicator.id } })).baseline).toBeNull();

    // The review round opened before the edits still shows the old texts, byte for byte.
    const stored = await db().reviewRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(stored.snapshot).toEqual(before.snapshot);
    expect(stored.snapshotAt).toEqual(before.snapshotAt);
    const frozen = (
      (await callLoader(roundLoader, getRequest(`/werkagenda/herijking/${roundId}`), { id: roundId })).body as RoundBody
    ).round.snapshot.themes.find((theme) => theme.slug === slug)!.goals[0]!;
    expect(frozen).toMatchObject({ title: goal.title, actions: [{ title: action.title, owners: ["Gemeente Utrecht", "UWV"] }] });
    expect(frozen.indicators[0]).toMatchObject({ name: indicator.name, targetValue: 250 });

    // Rounds are global: remove this one so the round list of the review tests stays theirs.
    await db().reviewRound.delete({ where: { id: roundId } });
  });
});

describe("measurements", () => {
  it("Kennisagenda members and moderators record them; other members and visitors may not", async () => {
    const p = await people();
    const { indicator } = await agenda(p);
    const slug = p.theme.slug;
    const fields = { indicatorId: indicator.id, value: "12", measuredOn: day(-30), source: "Eigen telling gemeente" };

    const visitor = await callLoader(measurementLoader, getRequest(`/werkagenda/${slug}/meting`), { theme: slug });
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toMatch(/^\/inloggen/);
    expect((await callLoader(measurementLoader, getRequest(`/werkagenda/${slug}/meting`, p.member.cookie), { theme: slug })).status).toBe(
      403,
    );
    expect((await measure(p, p.member.cookie, fields)).status).toBe(403);
    expect(await db().agendaMeasurement.count({ where: { indicatorId: indicator.id } })).toBe(0);

    const form = await callLoader(
      measurementLoader,
      getRequest(`/werkagenda/${slug}/meting?indicator=${indicator.id}`, p.researcher.cookie),
      { theme: slug },
    );
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ preselected: indicator.id, indicators: [{ id: indicator.id, name: indicator.name }] });
    const saved = await measure(p, p.researcher.cookie, fields);
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/werkagenda/${slug}#indicator-${indicator.id}`);
    expect((await measure(p, p.moderator.cookie, { ...fields, value: "30,5", measuredOn: day(-1) })).status).toBe(302);
    const rows = await db().agendaMeasurement.findMany({ where: { indicatorId: indicator.id }, orderBy: { measuredOn: "asc" } });
    expect(rows.map((row) => [row.value, row.recordedById])).toEqual([
      [12, p.researcher.id],
      [30.5, p.moderator.id],
    ]);
  });

  it("bad input: a clear error at the field, and nothing saved", async () => {
    const p = await people();
    const { indicator } = await agenda(p);
    const good = { indicatorId: indicator.id, value: "12", measuredOn: day(-3), source: "CBS StatLine" };
    const cases: [Record<string, string>, string, string][] = [
      [{ ...good, value: "twaalf" }, "value", "agenda.errors.notANumber"],
      [{ ...good, value: "12%" }, "value", "agenda.errors.notANumber"],
      [{ ...good, value: "" }, "value", "agenda.errors.valueRequired"],
      [{ ...good, measuredOn: "" }, "measuredOn", "agenda.errors.dateRequired"],
      [{ ...good, measuredOn: "2026-02-30" }, "measuredOn", "agenda.errors.dateInvalid"],
      [{ ...good, measuredOn: "gisteren" }, "measuredOn", "agenda.errors.dateInvalid"],
      [{ ...good, measuredOn: day(10) }, "measuredOn", "agenda.errors.dateInFuture"],
      [{ ...good, source: "" }, "source", "errors.missing.source"],
      [{ ...good, indicatorId: "" }, "indicatorId", "errors.missing.indicator"],
    ];
    for (const [fields, field, message] of cases) {
      const result = await measure(p, p.researcher.cookie, fields);
      expect(result.status, JSON.stringify(fields)).toBe(400);
      expect(errorsOf(result)[field], JSON.stringify(fields)).toEqual([message]);
    }
    const { value: _value, measuredOn: _measuredOn, ...missing } = good;
    const nothing = await measure(p, p.researcher.cookie, missing);
    expect(nothing.status).toBe(400);
    expect(errorsOf(nothing)).toMatchObject({ value: ["agenda.errors.valueRequired"], measuredOn: ["agenda.errors.dateRequired"] });
    // An indicator of another theme, from this theme's form.
    const other = await createTheme();
    const foreignGoal = await db().agendaGoal.create({
      data: { themeId: other.id, title: "Ander thema", description: "Een doel van een ander thema." },
    });
    const foreign = await db().agendaIndicator.create({
      data: { goalId: foreignGoal.id, name: "Iets anders", unit: "aantal", targetValue: 1, targetDate: new Date("2027-01-01") },
    });
    const wrong = await measure(p, p.researcher.cookie, { ...good, indicatorId: foreign.id });
    expect(wrong.status).toBe(422);
    expect(errorsOf(wrong).indicatorId).toEqual(["agenda.errors.unknownIndicator"]);
    expect(await db().agendaMeasurement.count({ where: { indicatorId: { in: [indicator.id, foreign.id] } } })).toBe(0);
  });
});

describe("the dashboard", () => {
  it("chart data is exactly the measurements, oldest first; everyone may read it", async () => {
    const p = await people();
    const { indicator, action } = await agenda(p);
    const points: [string, string, number][] = [
      [day(-20), "40", 40],
      [day(-200), "5", 5],
      [day(-100), "17,25", 17.25],
    ];
    for (const [measuredOn, value] of points)
      expect(
        (await measure(p, p.researcher.cookie, { indicatorId: indicator.id, value, measuredOn, source: "Registratie UWV" })).status,
      ).toBe(302);

    // Visitors without an account read the dashboard too (docs/decisions/075).
    const page = await callLoader(themeLoader, getRequest(`/werkagenda/${p.theme.slug}`), { theme: p.theme.slug });
    expect(page.status).toBe(200);
    const body = page.body as ThemeBody;
    const view = body.goals[0]!.indicators[0]!;
    const stored = await db().agendaMeasurement.findMany({ where: { indicatorId: indicator.id }, orderBy: { measuredOn: "asc" } });
    expect(view.series).toEqual(stored.map((m) => ({ date: m.measuredOn.toISOString().slice(0, 10), value: m.value, source: m.source })));
    expect(view.series.map((point) => point.value)).toEqual([5, 17.25, 40]);
    expect(view).toMatchObject({ targetValue: 250, targetDate: "2027-12-31", direction: "HOGER", baseline: 0, actionId: action.id });
    expect(body.statuses).toEqual({ GEPLAND: 0, LOPEND: 1, AFGEROND: 0, GESTOPT: 0 });
    expect(body.permissions).toMatchObject({ read: true, recordMeasurement: false, manage: false });

    const overview = await callLoader(overviewLoader, getRequest("/werkagenda"));
    const row = (
      overview.body as { themes: { slug: string; goals: number; indicators: number; statuses: Record<string, number> }[] }
    ).themes.find((t) => t.slug === p.theme.slug);
    expect(row).toMatchObject({ goals: 1, indicators: 1, statuses: { LOPEND: 1 } });
    expect((await callLoader(themeLoader, getRequest("/werkagenda/bestaat-niet"), { theme: "bestaat-niet" })).status).toBe(404);
  });

  it("the CSV: BOM, semicolons, one row per measurement, Dutch decimals, no formulas", async () => {
    const p = await people();
    const { indicator } = await agenda(p);
    await measure(p, p.researcher.cookie, {
      indicatorId: indicator.id,
      value: "17,5",
      measuredOn: "2026-03-31",
      source: '=HYPERLINK("x")',
    });
    await measure(p, p.researcher.cookie, {
      indicatorId: indicator.id,
      value: "21",
      measuredOn: "2026-06-30",
      source: 'Telling; gemeente "Utrecht"',
    });
    await measure(p, p.researcher.cookie, { indicatorId: indicator.id, value: "-2,25", measuredOn: "2026-09-30", source: "-correctie" });
    const response = await csvLoader({
      request: getRequest(`/werkagenda/${p.theme.slug}/export.csv`),
      params: { theme: p.theme.slug },
      context: { cspNonce: "" },
    });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      new RegExp(`^attachment; filename="werkagenda-${p.theme.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines).toEqual([
      '"Doel";"Indicator";"Eenheid";"Datum meting";"Waarde";"Bron";"Streefwaarde";"Streefdatum";"Richting"',
      `"Meer mensen aan het werk via de wijk";"Mensen aan het werk na de banenmarkt";"personen";"2026-03-31";"17,5";"'=HYPERLINK(""x"")";"250";"2027-12-31";"Hoger is beter"`,
      `"Meer mensen aan het werk via de wijk";"Mensen aan het werk na de banenmarkt";"personen";"2026-06-30";"21";"Telling; gemeente ""Utrecht""";"250";"2027-12-31";"Hoger is beter"`,
      `"Meer mensen aan het werk via de wijk";"Mensen aan het werk na de banenmarkt";"personen";"2026-09-30";"-2,25";"'-correctie";"250";"2027-12-31";"Hoger is beter"`,
    ]);
  });
});

describe("half-yearly review", () => {
  async function openRound(p: People, fields: Partial<Record<string, string>> = {}) {
    const result = await callAction(
      roundsAction,
      formRequest(
        "/werkagenda/herijking",
        { title: "Herijking voorjaar", period: "2026-1", opensAt: day(-1), closesAt: day(14), ...fields } as Record<string, string>,
        p.moderator.cookie,
      ),
    );
    expect(result.status).toBe(302);
    return result.headers.get("Location")!.replace("/werkagenda/herijking/", "");
  }

  it("the snapshot is frozen: later changes do not alter it, and the database refuses an UPDATE", async () => {
    const p = await people();
    const { goal, action, indicator, manage } = await agenda(p);
    await measure(p, p.researcher.cookie, { indicatorId: indicator.id, value: "40", measuredOn: day(-40), source: "UWV" });
    await measure(p, p.researcher.cookie, { indicatorId: indicator.id, value: "55", measuredOn: day(-10), source: "UWV" });

    // Members may not open a round; bad dates are refused at the field.
    expect(
      (
        await callAction(
          roundsAction,
          formRequest(
            "/werkagenda/herijking",
            { title: "Herijking door een lid", period: "2026-1", opensAt: day(0), closesAt: day(5) },
            p.member.cookie,
          ),
        )
      ).status,
    ).toBe(403);
    const backwards = await callAction(
      roundsAction,
      formRequest(
        "/werkagenda/herijking",
        { title: "Herijking achterstevoren", period: "2026-1", opensAt: day(5), closesAt: day(1) },
        p.moderator.cookie,
      ),
    );
    expect(backwards.status).toBe(400);
    expect(errorsOf(backwards).closesAt).toEqual(["agenda.errors.closesBeforeOpens"]);
    expect(await db().reviewRound.count({ where: { title: "Herijking achterstevoren" } })).toBe(0);

    const id = await openRound(p);
    const read = async () => (await callLoader(roundLoader, getRequest(`/werkagenda/herijking/${id}`), { id })).body as RoundBody;
    const first = await read();
    const frozenGoal = first.round.snapshot.themes.find((theme) => theme.slug === p.theme.slug)!.goals[0]!;
    expect(frozenGoal).toMatchObject({
      id: goal.id,
      title: goal.title,
      actions: [{ id: action.id, status: "LOPEND", owners: ["Gemeente Utrecht", "UWV"] }],
    });
    expect(frozenGoal.indicators[0]).toMatchObject({
      id: indicator.id,
      targetValue: 250,
      latest: { value: 55, measuredOn: day(-10), source: "UWV" },
    });
    const storedBefore = await db().reviewRound.findUniqueOrThrow({ where: { id } });

    // The agenda moves on: a new measurement, a status change, a renamed goal.
    await measure(p, p.researcher.cookie, { indicatorId: indicator.id, value: "90", measuredOn: day(0), source: "UWV" });
    await manage({ intent: "status", actionId: action.id, status: "AFGEROND" });
    await db().agendaGoal.update({ where: { id: goal.id }, data: { title: "Meer mensen aan het werk via wijk en buurt" } });
    await db().agendaMeasurement.updateMany({ where: { indicatorId: indicator.id, value: 55 }, data: { value: 56 } });
    expect((await read()).round.snapshot).toEqual(first.round.snapshot);

    // Straight to the database: the trigger refuses; other columns may change.
    await expect(db().$executeRaw`UPDATE "ReviewRound" SET "snapshot" = '{"themes": []}'::jsonb WHERE "id" = ${id}`).rejects.toThrow(
      /immutable/,
    );
    await expect(db().reviewRound.update({ where: { id }, data: { snapshot: { version: 1, takenAt: "x", themes: [] } } })).rejects.toThrow(
      /immutable/,
    );
    await expect(db().$executeRaw`UPDATE "ReviewRound" SET "snapshotAt" = now() WHERE "id" = ${id}`).rejects.toThrow(/immutable/);
    expect(await db().$executeRaw`UPDATE "ReviewRound" SET "title" = 'Herijking voorjaar 2026' WHERE "id" = ${id}`).toBe(1);
    const storedAfter = await db().reviewRound.findUniqueOrThrow({ where: { id } });
    expect(storedAfter.snapshot).toEqual(storedBefore.snapshot);
    expect(storedAfter.snapshotAt).toEqual(storedBefore.snapshotAt);

    // A second round sees the new state; the comparison lists what changed.
    const second = await openRound(p, { title: "Herijking najaar", period: "2026-2" });
    const compared = await callLoader(compareLoader, getRequest(`/werkagenda/herijking/vergelijken?a=${id}&b=${second}`));
    expect(compared.status).toBe(200);
    const changes = (compared.body as { changes: { kind: string }[] }).changes;
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "goalChanged", from: goal.title, to: "Meer mensen aan het werk via wijk en buurt" }),
        expect.objectContaining({ kind: "actionStatus", from: "LOPEND", to: "AFGEROND" }),
        expect.objectContaining({ kind: "indicatorValue", from: 55, to: 90 }),
      ]),
    );
    expect((await callLoader(compareLoader, getRequest(`/werkagenda/herijking/vergelijken?a=${id}&b=nope`))).status).toBe(404);
    const list = await callLoader(roundsLoader, getRequest("/werkagenda/herijking"));
    expect((list.body as { rounds: { id: string }[] }).rounds.map((round) => round.id)).toEqual([second, id]);
  });

  it("comments during the open period, decisions by moderators, closing", async () => {
    const p = await people();
    const { goal } = await agenda(p);
    const id = await openRound(p);
    const post = (cookie: string | undefined, fields: Record<string, string>) =>
      callAction(roundAction, formRequest(`/werkagenda/herijking/${id}`, fields, cookie), { id });

    expect((await post(p.member.cookie, { intent: "comment", body: "Graag ook cijfers per regio.", goalRef: goal.id })).status).toBe(302);
    const empty = await post(p.member.cookie, { intent: "comment", body: " " });
    expect(empty.status).toBe(400);
    expect(errorsOf(empty).body).toEqual(["errors.missing.comment"]);
    // Visitors see the snapshot and the decisions, not the members' comments.
    const visitorView = (await callLoader(roundLoader, getRequest(`/werkagenda/herijking/${id}`), { id })).body as RoundBody;
    expect(visitorView.comments).toBeNull();
    const memberView = (await callLoader(roundLoader, getRequest(`/werkagenda/herijking/${id}`, p.member.cookie), { id }))
      .body as RoundBody;
    expect(memberView.comments).toEqual([
      expect.objectContaining({
        body: "Graag ook cijfers per regio.",
        goalRef: goal.id,
        author: { id: p.member.id, displayName: p.member.displayName },
      }),
    ]);
    expect(memberView.round.open).toBe(true);

    expect((await post(p.member.cookie, { intent: "decision", kind: "GOAL_CHANGED", text: "Een lid besluit niets." })).status).toBe(403);
    const badLink = await post(p.moderator.cookie, {
      intent: "decision",
      kind: "ACTION_ADDED",
      text: "We voegen een actie toe.",
      links: "javascript:alert(1)",
    });
    expect(badLink.status).toBe(400);
    expect(errorsOf(badLink)["links[0]"] ?? errorsOf(badLink).links).toEqual(["agenda.errors.linkInvalid"]);
    expect(
      (
        await post(p.moderator.cookie, {
          intent: "decision",
          kind: "ACTION_ADDED",
          text: "We voegen een actie toe voor de regio's.",
          links: `/werkagenda/${p.theme.slug}\r\nhttps://www.ser.nl/`,
        })
      ).status,
    ).toBe(302);
    expect(await db().reviewDecision.findMany({ where: { roundId: id }, select: { kind: true, links: true } })).toEqual([
      { kind: "ACTION_ADDED", links: [`/werkagenda/${p.theme.slug}`, "https://www.ser.nl/"] },
    ]);

    expect((await post(p.member.cookie, { intent: "close" })).status).toBe(403);
    expect((await post(p.moderator.cookie, { intent: "close" })).status).toBe(302);
    expect((await post(p.moderator.cookie, { intent: "close" })).status).toBe(409);
    const late = await post(p.member.cookie, { intent: "comment", body: "Te laat, de ronde is dicht." });
    expect(late.status).toBe(409);
    expect((late.body as { formError: string }).formError).toBe("agenda.errors.roundNotOpen");

    // The closing day counts in full; the day after, the round takes no comments.
    const lastDay = await openRound(p, { opensAt: day(-10), closesAt: day(0) });
    expect(
      (
        await callAction(
          roundAction,
          formRequest(`/werkagenda/herijking/${lastDay}`, { intent: "comment", body: "Net op tijd, de laatste dag." }, p.member.cookie),
          { id: lastDay },
        )
      ).status,
    ).toBe(302);
    const over = await openRound(p, { opensAt: day(-10), closesAt: day(-1) });
    expect(
      (
        await callAction(
          roundAction,
          formRequest(`/werkagenda/herijking/${over}`, { intent: "comment", body: "Een dag te laat." }, p.member.cookie),
          { id: over },
        )
      ).status,
    ).toBe(409);

    // A round whose comment period has not started yet takes no comments either.
    const future = await openRound(p, { opensAt: day(3), closesAt: day(20) });
    const early = await callAction(
      roundAction,
      formRequest(`/werkagenda/herijking/${future}`, { intent: "comment", body: "Te vroeg voor deze ronde." }, p.member.cookie),
      { id: future },
    );
    expect(early.status).toBe(409);
    expect(await db().reviewComment.count({ where: { roundId: { in: [id, future, lastDay, over] } } })).toBe(2);
  });
});

describe("knowledge questions", () => {
  it("members propose, vote once and comment; moderators link answers and mark them answered", async () => {
    const p = await people();
    const propose = (cookie: string, fields: Record<string, string>) =>
      callAction(questionsAction, formRequest("/werkagenda/kennisvragen", { intent: "propose", ...fields }, cookie));
    const bad = await propose(p.member.cookie, { theme: p.theme.slug, title: "Kort", body: "" });
    expect(bad.status).toBe(400);
    expect(errorsOf(bad)).toMatchObject({ title: [expect.stringMatching(/^errors\.minChars\|/)], body: ["errors.missing.question"] });
    const unknownTheme = await propose(p.member.cookie, {
      theme: "bestaat-niet",
      title: "Werkt anoniem solliciteren in het mkb?",
      body: "We zien wisselende resultaten.",
    });
    expect(unknownTheme.status).toBe(422);
    expect(await db().knowledgeQuestion.count({ where: { authorId: p.member.id } })).toBe(0);

    const created = await propose(p.member.cookie, {
      theme: p.theme.slug,
      title: "Werkt anoniem solliciteren in het mkb?",
      body: "We zien wisselende resultaten in kleine bedrijven.",
    });
    expect(created.status).toBe(302);
    const id = created.headers.get("Location")!.replace("/werkagenda/kennisvragen/", "");
    const voteAs = (cookie: string, intent = "vote") =>
      callAction(
        questionsAction,
        formRequest("/werkagenda/kennisvragen", { intent, questionId: id, redirectTo: `/werkagenda/kennisvragen/${id}` }, cookie),
      );

    // One vote per member, also when the clicks come in at the same time.
    const clicks = await Promise.all([voteAs(p.member.cookie), voteAs(p.member.cookie), voteAs(p.member.cookie), voteAs(p.member.cookie)]);
    expect(clicks.map((click) => click.status)).toEqual([302, 302, 302, 302]);
    expect(clicks[0]!.headers.get("Location")).toBe(`/werkagenda/kennisvragen/${id}`);
    expect(await db().knowledgeVote.count({ where: { questionId: id } })).toBe(1);
    await voteAs(p.researcher.cookie);
    expect(await db().knowledgeVote.count({ where: { questionId: id } })).toBe(2);
    await voteAs(p.member.cookie, "unvote");
    await voteAs(p.member.cookie, "unvote");
    expect(await db().knowledgeVote.findMany({ where: { questionId: id }, select: { userId: true } })).toEqual([
      { userId: p.researcher.id },
    ]);
    const listed = await callLoader(questionsLoader, getRequest(`/werkagenda/kennisvragen?thema=${p.theme.slug}`, p.researcher.cookie));
    expect((listed.body as { questions: { id: string; voted: boolean; _count: { votes: number } }[] }).questions).toEqual([
      expect.objectContaining({ id, voted: true, _count: expect.objectContaining({ votes: 1 }) }),
    ]);

    const post = (cookie: string, fields: Record<string, string>) =>
      callAction(questionAction, formRequest(`/werkagenda/kennisvragen/${id}`, fields, cookie), { id });
    expect((await post(p.researcher.cookie, { intent: "comment", body: "Er loopt onderzoek bij een paar gemeenten." })).status).toBe(302);

    // Answers: moderators only, published library items only, one before marking answered.
    const study = await db().libraryItem.create({
      data: {
        slug: `onderzoek-anoniem-${id}`,
        kind: "ONDERZOEK",
        status: "PUBLISHED",
        title: "Onderzoek naar anoniem solliciteren",
        summary: "Wat weten we over anoniem solliciteren?",
        body: {},
      },
    });
    const draft = await db().libraryItem.create({
      data: { slug: `concept-${id}`, kind: "ONDERZOEK", status: "DRAFT", title: "Concept", summary: "Nog niet klaar.", body: {} },
    });
    expect((await post(p.member.cookie, { intent: "link", item: study.slug })).status).toBe(403);
    expect((await post(p.member.cookie, { intent: "answered" })).status).toBe(403);
    expect((await post(p.moderator.cookie, { intent: "answered" })).status).toBe(409);
    const unpublished = await post(p.moderator.cookie, { intent: "link", item: draft.slug });
    expect(unpublished.status).toBe(422);
    expect(errorsOf(unpublished).item).toEqual(["agenda.errors.unknownItem"]);
    expect(
      (await post(p.moderator.cookie, { intent: "link", item: `https://praktijkplein.example/bibliotheek/${study.slug}?x=1` })).status,
    ).toBe(302);
    expect((await post(p.moderator.cookie, { intent: "answered" })).status).toBe(302);
    const view = await callLoader(questionLoader, getRequest(`/werkagenda/kennisvragen/${id}`, p.member.cookie), { id });
    expect(view.body).toMatchObject({
      question: {
        status: "BEANTWOORD",
        voted: false,
        answers: [{ libraryItem: { slug: study.slug } }],
        comments: [{ body: "Er loopt onderzoek bij een paar gemeenten." }],
      },
      permissions: { vote: true, curateQuestion: false },
    });

    // Knowledge questions carry members' names: visitors are sent to log in.
    const visitor = await callLoader(questionsLoader, getRequest("/werkagenda/kennisvragen"));
    expect(visitor.status).toBe(302);
    expect((await callAction(questionsAction, formRequest("/werkagenda/kennisvragen", { intent: "vote", questionId: id }))).status).toBe(
      302,
    );
    expect(await db().knowledgeVote.count({ where: { questionId: id } })).toBe(1);
  });

  it("an answer a moderator hid is no longer shown, counted or linked (ninth outside probe)", async () => {
    const p = await people();
    const question = await db().knowledgeQuestion.create({
      data: { themeId: p.theme.id, authorId: p.member.id, title: "Wat werkt bij proefplaatsingen?", body: "Ervaringen gezocht." },
    });
    const item = (slug: string, title: string) =>
      db().libraryItem.create({ data: { slug, kind: "ONDERZOEK", status: "PUBLISHED", title, summary: "Een samenvatting.", body: {} } });
    const [shown, hidden] = await Promise.all([
      item(`getoond-${question.id}`, "Onderzoek proefplaatsingen"),
      item(`verborgen-${question.id}`, "Verborgen titel die niemand mag zien"),
    ]);
    const post = (fields: Record<string, string>) =>
      callAction(questionAction, formRequest(`/werkagenda/kennisvragen/${question.id}`, fields, p.moderator.cookie), {
        id: question.id,
      });
    for (const { slug } of [shown, hidden]) expect((await post({ intent: "link", item: slug })).status).toBe(302);
    await db().libraryItem.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Bevat persoonsgegevens" } });

    const view = await callLoader(questionLoader, getRequest(`/werkagenda/kennisvragen/${question.id}`, p.member.cookie), {
      id: question.id,
    });
    expect((view.body as { question: { answers: { libraryItem: { slug: string } }[] } }).question.answers).toEqual([
      expect.objectContaining({ libraryItem: expect.objectContaining({ slug: shown.slug }) }),
    ]);
    expect(JSON.stringify(view.body)).not.toContain("Verborgen titel");
    const listed = await callLoader(questionsLoader, getRequest("/werkagenda/kennisvragen", p.member.cookie));
    const counted = (listed.body as { questions: { id: string; _count: { answers: number } }[] }).questions.find(
      (q) => q.id === question.id,
    );
    expect(counted?._count.answers).toBe(1);

    // Linking a hidden item again is refused like an unknown one.
    await db().knowledgeAnswer.deleteMany({ where: { libraryItemId: hidden.id } });
    const again = await post({ intent: "link", item: hidden.slug });
    expect(again.status).toBe(422);
    expect(errorsOf(again).item).toEqual(["agenda.errors.unknownItem"]);
  });
});
