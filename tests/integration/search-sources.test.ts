/**
 * The content sources (topics, messages, shared documents, library items)
 * end to end: a change through the area's command emits its domain event, the
 * worker indexes it, and the search finds it only for those who may read it.
 * Writes without an event are repaired by the sweep.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_REASONS } from "../../app/shared/moderation.ts";
import { restoreUpdate } from "../../server/collab/lexical.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { appendUpdates, loadState } from "../../server/collab/store.ts";
import { db } from "../../server/db.ts";
import { createTopic, deleteMessage, deleteTopic, editMessage, postMessage, renameTopic } from "../../server/discussions/commands.ts";
import { editorState, h, p } from "../../server/documents/builder.ts";
import { createDocumentIn, deleteDocument, updateDocumentDetails } from "../../server/documents/commands.ts";
import { transitionItem } from "../../server/library/commands.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { startWorkers, type RunningWorkers } from "../../workers/registry.ts";
import { createChannel } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createTheme, createUser } from "../helpers/factories.ts";
import { results, hitIds, expectHits } from "../helpers/search.ts";

let workers: RunningWorkers;

beforeAll(async () => {
  workers = await startWorkers({ schedule: false });
});

afterAll(async () => {
  await workers.close();
  await closePublisher();
});

async function privateWorld() {
  const theme = await createTheme({ nameNl: "Gelijke kansen" });
  const community = await createCommunity({ name: "Klankbordgroep werkgevers", accessMode: "INVITE_ONLY", themeId: theme.id });
  const open = await createCommunity({ name: "Open leerkring", accessMode: "OPEN", themeId: theme.id });
  const [member, outsider, facilitator] = await Promise.all([createUser(), createUser(), createUser()]);
  await addMember(member.id, community.id);
  await addMember(facilitator.id, community.id, "FACILITATOR");
  await addMember(member.id, open.id);
  const channel = await createChannel(community.id, { slug: "algemeen", name: "Algemeen" });
  const openChannel = await createChannel(open.id, { slug: "algemeen", name: "Algemeen" });
  return { theme, community, open, member, outsider, facilitator, channel, openChannel };
}

const body = (text: string) => ({ text });

describe("topics and messages", () => {
  it("indexes topics and replies through the discussion commands, for readers of the community only", async () => {
    const w = await privateWorld();
    const titled = await createTopic(w.member, w.community.slug, "algemeen", {
      title: "Taalcoaching op de werkvloer",
      body: body("Wie heeft een goede aanpak voor nieuwe collega's?"),
    });
    const mentioned = await createTopic(w.member, w.community.slug, "algemeen", {
      title: "Verslag van de bijeenkomst",
      body: body("We spraken over taalcoaching en over de werkgever die meedeed aan het onderzoek naar discriminatie."),
    });
    const reply = await postMessage(w.facilitator, {
      topicId: titled.topicId,
      body: body("Bij ons werkt een buddy met vaste werkervaringsplekken goed."),
    });

    // A title match ranks above a body match.
    await expectHits(w.member, "q=taalcoaching", [titled.topicId, mentioned.topicId]);
    // Dutch stemming: "werkgevers" finds "werkgever"; a typo still finds.
    await expectHits(w.member, "q=werkgevers&kind=topic", [mentioned.topicId]);
    await expectHits(w.member, "q=discriminatei", [mentioned.topicId]);
    // The reply is a message hit that leads to its place in the topic.
    await expectHits(w.member, "q=werkervaringsplekken", [reply.message.id]);
    const hit = (await results(w.member, "q=werkervaringsplekken")).hits[0]!;
    expect(hit.kind).toBe("message");
    expect(hit.url).toBe(`/communities/${w.community.slug}/discussies/algemeen/${titled.topicId}#bericht-2`);
    expect(hit.community?.name).toBe("Klankbordgroep werkgevers");
    const topicHit = (await results(w.member, "q=taalcoaching")).hits[0]!;
    expect(topicHit.url).toBe(`/communities/${w.community.slug}/discussies/algemeen/${titled.topicId}`);
    expect(topicHit.theme?.nameNl).toBe("Gelijke kansen");

    // An invite-only community's discussions: not for outsiders, visitors or members of other communities.
    expect(await hitIds(w.outsider, "q=taalcoaching")).toEqual([]);
    expect(await hitIds(null, "q=taalcoaching")).toEqual([]);
    expect(await hitIds(w.outsider, "q=werkervaringsplekken")).toEqual([]);
    // The community's readers do find it (moderators read every community).
    const moderator = await createUser({ globalRole: "MODERATOR" });
    expect(await hitIds(moderator, "q=werkervaringsplekken")).toEqual([reply.message.id]);
  });

  it("follows renames, edits and deletes", async () => {
    const w = await privateWorld();
    const topic = await createTopic(w.member, w.open.slug, "algemeen", {
      title: "Proefplaatsing in de zorg",
      body: body("Ervaringen gezocht."),
    });
    const reply = await postMessage(w.member, { topicId: topic.topicId, body: body("Wij werken met een kookworkshop.") });
    const other = await postMessage(w.member, { topicId: topic.topicId, body: body("Ook een kookworkshop bij de gemeente.") });
    await expectHits(w.member, "q=proefplaatsing", [topic.topicId]);
    await expectHits(w.member, "q=kookworkshop&sort=newest", [other.message.id, reply.message.id]);
    // A logged-in non-member reads an open community, so finds it; a visitor does not (discussions are for members).
    expect(await hitIds(w.outsider, "q=proefplaatsing")).toEqual([topic.topicId]);
    expect(await hitIds(null, "q=proefplaatsing")).toEqual([]);

    await renameTopic(w.member, topic.topicId, "Zij-instroom in de zorg");
    await expectHits(w.member, "q=zij-instroom", [topic.topicId]);
    expect(await hitIds(w.member, "q=proefplaatsing")).toEqual([]);

    await editMessage(w.member, reply.message.id, body("Wij werken met een fietstocht."));
    await expectHits(w.member, "q=fietstocht", [reply.message.id]);
    await deleteMessage(w.member, other.message.id);
    await expectHits(w.member, "q=kookworkshop", []);

    // Deleting the topic takes the topic and its replies out of the index.
    await deleteTopic(await createUser({ globalRole: "MODERATOR" }), topic.topicId);
    await expectHits(w.member, "q=zij-instroom", []);
    await expectHits(w.member, "q=fietstocht", []);
  });
});

describe("shared documents", () => {
  it("indexes the server-side render, follows title changes and deletes, for readers only", async () => {
    const w = await privateWorld();
    const document = await createDocumentIn(
      w.community.id,
      w.member.id,
      "Handreiking anoniem solliciteren",
      editorState(h("h2", "Waarom"), p("Anoniem solliciteren vermindert vooroordelen bij de eerste selectie.")),
    );
    await expectHits(w.member, "q=vooroordelen", [document.id]);
    const hit = (await results(w.member, "q=vooroordelen")).hits[0]!;
    expect(hit).toMatchObject({ kind: "document", url: `/communities/${w.community.slug}/documenten/${document.id}` });
    expect(hit.community?.slug).toBe(w.community.slug);
    // Dutch stemming: "anonieme" finds "anoniem".
    expect(await hitIds(w.member, "q=anonieme")).toEqual([document.id]);
    expect(await hitIds(w.outsider, "q=vooroordelen")).toEqual([]);
    expect(await hitIds(null, "q=vooroordelen")).toEqual([]);

    await updateDocumentDetails(w.member, w.community.slug, document.id, { title: "Handreiking open hiring", status: "PUBLISHED" });
    await expectHits(w.member, "q=hiring", [document.id]);

    await deleteDocument(w.facilitator, w.community.slug, document.id);
    await expectHits(w.member, "q=vooroordelen", []);
  });

  it("repairs live edits that no event announced through the sweep", async () => {
    const w = await privateWorld();
    const document = await createDocumentIn(
      w.open.id,
      w.member.id,
      "Werkafspraken",
      editorState(p("Een eerste versie over werkafspraken.")),
    );
    await expectHits(w.member, "q=werkafspraken", [document.id]);

    // A live edit stored by the collaboration room, before its debounced event (the process stops).
    const current = await loadState(document.id);
    const update = restoreUpdate(current!.state, editorState(p("Een nieuwe versie over werkafspraken en jobcarving.")));
    await appendUpdates(document.id, [{ data: update!, authorId: w.member.id }]);
    expect(await hitIds(w.member, "q=jobcarving")).toEqual([]);

    await reconcile(["document"]);
    expect(await hitIds(w.member, "q=jobcarving")).toEqual([document.id]);
  });
});

describe("library items", () => {
  async function draft(
    authorId: string,
    themeId: string,
    overrides: Partial<{ title: string; summary: string; publicOnWeb: boolean }> = {},
  ) {
    const slug = `item-${Math.random().toString(36).slice(2, 10)}`;
    return db().libraryItem.create({
      data: {
        slug,
        kind: "INTERVENTIE",
        title: overrides.title ?? "Mentorprogramma voor statushouders",
        summary: overrides.summary ?? "Een mentor uit het bedrijf begeleidt nieuwe medewerkers het eerste jaar.",
        body: {},
        bodyText: "Werkt het best met een vaste contactpersoon.",
        evidenceLevel: "GOED_ONDERBOUWD",
        publicOnWeb: overrides.publicOnWeb ?? false,
        authorId,
        themes: { create: [{ themeId }] },
      },
    });
  }

  it("finds published items only, with the evidence level facet, public ones also for visitors", async () => {
    const theme = await createTheme({ nameNl: "Behoud" });
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const member = await createUser();
    const members = await draft(moderator.id, theme.id);
    const web = await draft(moderator.id, theme.id, {
      title: "Open hiring in de logistiek",
      summary: "Wie zich meldt, krijgt de baan: zonder selectie.",
      publicOnWeb: true,
    });
    await reconcile(["library"]);
    // Drafts are not found, not even by their author.
    expect(await hitIds(moderator, "q=mentorprogramma")).toEqual([]);

    await transitionItem(moderator, members.slug, "publish");
    await transitionItem(moderator, web.slug, "publish");
    await expectHits(member, "q=mentorprogramma", [members.id]);
    const found = await results(member, "q=mentorprogramma");
    expect(found.hits[0]).toMatchObject({
      kind: "library",
      url: `/bibliotheek/${members.slug}`,
      evidenceLevel: "substantiated",
      community: null,
    });
    expect(found.facets.evidence).toEqual([expect.objectContaining({ value: "substantiated", count: 1 })]);
    // Stemming in the summary: "medewerker" finds "medewerkers".
    expect(await hitIds(member, "q=medewerker")).toEqual([members.id]);
    // The evidence filter.
    expect(await hitIds(member, "q=mentorprogramma&evidence=effective")).toEqual([]);
    // Visitors see only what is public on the web.
    await expectHits(null, "q=hiring", [web.id]);
    expect(await hitIds(null, "q=mentorprogramma")).toEqual([]);

    // Archiving takes it out again.
    await transitionItem(moderator, members.slug, "archive");
    await expectHits(member, "q=mentorprogramma", []);
  });

  it("repairs an item unpublished without an event through the sweep", async () => {
    const theme = await createTheme();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const item = await draft(moderator.id, theme.id, { title: "Stagebank mbo" });
    await transitionItem(moderator, item.slug, "publish");
    await expectHits(moderator, "q=stagebank", [item.id]);
    await db().libraryItem.update({ where: { id: item.id }, data: { status: "DRAFT" } });
    await reconcile(["library"]);
    expect(await hitIds(moderator, "q=stagebank")).toEqual([]);
  });
});

describe("the sweep over discussions", () => {
  it("repairs a reply written without an event and removes a topic deleted without one", async () => {
    const w = await privateWorld();
    const topic = await createTopic(w.member, w.community.slug, "algemeen", {
      title: "Jobcoaching",
      body: body("Wie kent een goede jobcoach?"),
    });
    await expectHits(w.member, "q=jobcoaching", [topic.topicId]);
    const message = await db().message.create({
      data: {
        topicId: topic.topicId,
        seq: 2,
        authorId: w.member.id,
        bodyJson: {},
        bodyHtml: "<p>Loonkostensubsidie aanvragen</p>",
        bodyText: "Loonkostensubsidie aanvragen",
      },
    });
    expect(await hitIds(w.member, "q=loonkostensubsidie")).toEqual([]);
    await reconcile(["topic", "message"]);
    expect(await hitIds(w.member, "q=loonkostensubsidie")).toEqual([message.id]);

    await db().topic.update({ where: { id: topic.topicId }, data: { deletedAt: new Date() } });
    await reconcile(["topic", "message"]);
    expect(await hitIds(w.member, "q=jobcoaching")).toEqual([]);
    expect(await hitIds(w.member, "q=loonkostensubsidie")).toEqual([]);
    // Nothing else was stale: every event of this file reached the index (factories write users and communities without events).
    const again = await reconcile(["topic", "message", "document", "library"]);
    expect(again.filter((report) => report.upserted > 0 || report.removed > 0)).toEqual([]);
  });
});

describe("content a moderator hides", () => {
  it("leaves the index while hidden and comes back when shown again", async () => {
    const w = await privateWorld();
    const topic = await createTopic(w.member, w.open.slug, "algemeen", {
      title: "Werkervaringsplaatsen bij de gemeente",
      body: body("Wie kent een goede leerwerkplek?"),
    });
    const reply = await postMessage(w.member, { topicId: topic.topicId, body: body("Onzin over kandidaten uit Rotterdam-Zuid.") });
    await expectHits(w.member, "q=werkervaringsplaatsen&kind=topic", [topic.topicId]);
    await expectHits(w.member, "q=Rotterdam-Zuid", [reply.message.id]);

    const moderator = await createUser({ globalRole: "MODERATOR" });
    const onReply = await reportContent(w.outsider, {
      targetKind: "MESSAGE",
      targetId: reply.message.id,
      reason: REPORT_REASONS[0],
      text: undefined,
    });
    await moderateReport(moderator, { reportId: onReply.reportId, action: "HIDE", reason: "Kwetsend over een groep mensen." });
    await expectHits(w.member, "q=Rotterdam-Zuid", []);

    const onTopic = await reportContent(w.outsider, {
      targetKind: "TOPIC",
      targetId: topic.topicId,
      reason: REPORT_REASONS[0],
      text: undefined,
    });
    await moderateReport(moderator, { reportId: onTopic.reportId, action: "HIDE", reason: "Dubbel onderwerp." });
    await expectHits(w.member, "q=werkervaringsplaatsen&kind=topic", []);

    await moderateReport(moderator, { reportId: onTopic.reportId, action: "UNHIDE", reason: "Toch geen dubbel." });
    await expectHits(w.member, "q=werkervaringsplaatsen&kind=topic", [topic.topicId]);
    // The reply stays hidden: its own mark is still set.
    expect(await hitIds(w.member, "q=Rotterdam-Zuid")).toEqual([]);
  });

  it("takes a hidden opening message out of its topic's document, also for the sweep (walk 18)", async () => {
    const w = await privateWorld();
    const topic = await createTopic(w.member, w.open.slug, "algemeen", {
      title: "Wie kent de pluvierregeling?",
      body: body("Bel me op zuurdesemnummer 06-12345678 als je meer weet."),
    });
    await expectHits(w.member, "q=zuurdesemnummer", [topic.topicId]);
    const opening = await db().message.findFirstOrThrow({ where: { topicId: topic.topicId, seq: 1 }, select: { id: true } });
    const report = await reportContent(w.outsider, {
      targetKind: "MESSAGE",
      targetId: opening.id,
      reason: REPORT_REASONS[0],
      text: undefined,
    });
    await moderateReport(await createUser({ globalRole: "MODERATOR" }), {
      reportId: report.reportId,
      action: "HIDE",
      reason: "Er staat een telefoonnummer in.",
    });
    // Before: the document kept the hidden text, for every reader, in its snippet as well.
    await expectHits(w.member, "q=zuurdesemnummer", []);
    // The title is the topic's own and stays findable, without the hidden text.
    await expectHits(w.member, "q=pluvierregeling&kind=topic", [topic.topicId]);
    expect(JSON.stringify(await results(w.member, "q=pluvierregeling&kind=topic"))).not.toContain("06-12345678");
    // The sweep agrees with the index: nothing stale left behind.
    const again = await reconcile(["topic"]);
    expect(again.filter((entry) => entry.upserted > 0 || entry.removed > 0)).toEqual([]);
  });
});
