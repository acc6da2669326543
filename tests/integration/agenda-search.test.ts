/**
 * The work agenda in search: knowledge questions (members only, decision 075)
 * and agenda goals with their actions (public). Changes through the agenda's
 * commands reach the index through the worker, account deletion removes a
 * deleted question, and writes without an event are repaired by the sweep.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAction, createGoal, proposeQuestion, updateAction, updateGoal, vote } from "../../server/agenda/commands.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { db } from "../../server/db.ts";
import { deleteAccount } from "../../server/privacy/deletion.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { startWorkers, type RunningWorkers } from "../../workers/registry.ts";
import { createTheme, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { type Searcher, results, expectHits } from "../helpers/search.ts";
import { until } from "../helpers/until.ts";

let workers: RunningWorkers;

beforeAll(async () => {
  workers = await startWorkers({ schedule: false });
});

afterAll(async () => {
  await workers.close();
  await closePublisher();
});

describe("knowledge questions in search", () => {
  it("finds a question by a stemmed Dutch word, for members only", async () => {
    const theme = await createTheme({ nameNl: "Werk en inburgering" });
    const [author, reader] = await Promise.all([createUser({ displayName: "Sanne Verhoeven" }), createUser()]);
    const question = await proposeQuestion(author, {
      theme: theme.slug,
      title: "Wat werkt bij taalcoaching op de werkvloer?",
      body: "Welke aanpakken helpen statushouders om tijdens hun eerste baan Nederlands te leren?",
    });
    await expectHits(reader, "q=statushouder", [question.id]);
    const found = await results(reader, "q=taalcoaching");
    expect(found.hits[0]).toMatchObject({
      kind: "knowledgeQuestion",
      id: question.id,
      url: `/werkagenda/kennisvragen/${question.id}`,
      community: null,
      theme: expect.objectContaining({ slug: theme.slug }),
    });
    // Kind facet and filter.
    await expectHits(reader, "q=statushouder&kind=knowledgeQuestion", [question.id]);
    await expectHits(reader, "q=statushouder&kind=agendaGoal", []);
    // The question pages require login: a visitor finds nothing.
    await expectHits(null, "q=statushouder", []);
    await expectHits(null, "q=taalcoaching", []);
    // The author's name is not indexed.
    await expectHits(reader, "q=Verhoeven", []);
  });

  it("removes a question deleted with its author's account, and keeps one others took part in", async () => {
    const theme = await createTheme();
    const [author, voter] = await Promise.all([createUser(), createUser()]);
    const alone = await proposeQuestion(author, {
      theme: theme.slug,
      title: "Hoe meten we duurzame plaatsingen?",
      body: "Wij zoeken een maat voor plaatsingen die na een jaar nog bestaan.",
    });
    const shared = await proposeQuestion(author, {
      theme: theme.slug,
      title: "Hoe werven we mentoren in de zorg?",
      body: "Mentoren uit de zorgsector zijn lastig te vinden voor duurzame trajecten.",
    });
    await vote(voter, shared.id, true);
    await orderOf(voter, "q=duurzame", [alone.id, shared.id]);

    await deleteAccount(author.id, { password: TEST_PASSWORD, contributions: "remove" });
    expect(await db().knowledgeQuestion.findUnique({ where: { id: alone.id } })).toBeNull();
    await expectHits(voter, "q=duurzame", [shared.id]);
    await expectHits(voter, "q=plaatsingen", []);
  });

  it("repairs a question written without an event through the sweep", async () => {
    const theme = await createTheme();
    const reader = await createUser();
    const question = await db().knowledgeQuestion.create({
      data: {
        themeId: theme.id,
        title: "Wat doen werkgevers met diplomawaardering?",
        body: "Een vraag die buiten de command om is opgeslagen.",
      },
    });
    await reconcile(["knowledgeQuestion"]);
    await expectHits(reader, "q=diplomawaardering", [question.id]);
    await db().knowledgeQuestion.delete({ where: { id: question.id } });
    await reconcile(["knowledgeQuestion"]);
    await expectHits(reader, "q=diplomawaardering", []);
  });
});

/** Both ids are found; returns them in the order the search ranks them. */
async function orderOf(actor: Searcher, query: string, ids: string[]): Promise<string[]> {
  return until(`${query} → both`, async () => {
    const found = (await results(actor, query)).hits.map((hit) => hit.id);
    return ids.every((id) => found.includes(id)) && found.length === ids.length ? found : null;
  });
}

describe("agenda goals in search", () => {
  it("finds a goal by its text and its actions' titles, also for visitors", async () => {
    const theme = await createTheme({ nameNl: "Ondernemerschap" });
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const goal = await createGoal(moderator, theme.slug, {
      title: "Meer nieuwkomers starten een eigen bedrijf",
      description: "Startende ondernemers met een vluchtverhaal krijgen begeleiding van een coach.",
    });
    await expectHits(null, "q=ondernemer", [goal.id]);
    const found = await results(null, "q=ondernemer");
    expect(found.hits[0]).toMatchObject({ kind: "agendaGoal", id: goal.id, url: `/werkagenda/${theme.slug}`, community: null });
    // An action added to the goal: its title is searchable through the goal.
    await expectHits(null, "q=microkrediet", []);
    await createAction(moderator, theme.slug, {
      goalId: goal.id,
      title: "Microkredieten via lokale banken",
      description: "Banken bieden kleine leningen aan startende ondernemers.",
      owners: ["Qredits"],
      status: "GEPLAND",
    });
    await expectHits(null, "q=microkrediet", [goal.id]);
    const member = await createUser();
    await expectHits(member, "q=microkrediet", [goal.id]);
    // Editing the goal and its action through the beheer commands re-indexes it.
    await updateGoal(moderator, theme.slug, {
      goalId: goal.id,
      title: "Meer nieuwkomers worden zzp'er",
      description: "Begeleiding door een coach.",
    });
    const action = await db().agendaAction.findFirstOrThrow({ where: { goalId: goal.id }, select: { id: true } });
    await updateAction(moderator, theme.slug, {
      actionId: action.id,
      title: "Bedrijfsleningen via lokale banken",
      description: "Kleine leningen.",
      owners: ["Qredits"],
    });
    await expectHits(null, "q=bedrijfsleningen", [goal.id]);
    await expectHits(null, "q=microkrediet", []);
  });

  it("repairs a goal edited without an event through the sweep", async () => {
    const theme = await createTheme();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const goal = await createGoal(moderator, theme.slug, {
      title: "Werkgevers nemen vaker stagiairs aan",
      description: "Stages als eerste stap naar een vaste baan.",
    });
    await expectHits(null, "q=stagiair", [goal.id]);
    await db().agendaGoal.update({ where: { id: goal.id }, data: { title: "Werkgevers bieden vaker leerbanen aan" } });
    await reconcile(["agendaGoal"]);
    await expectHits(null, "q=leerbaan", [goal.id]);
    await expectHits(null, "q=stagiair", []);
  });
});
