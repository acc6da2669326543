/**
 * AVG rights: the data export (job, zip contents, access) and account
 * deletion (both choices), against real PostgreSQL, Redis and file storage.
 */
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as dataAction, loader as dataLoader } from "../../app/routes/profiel_.gegevens.tsx";
import { loader as downloadLoader } from "../../app/routes/profiel_.gegevens.download.$id.tsx";
import { action as deleteAction } from "../../app/routes/profiel_.verwijderen.tsx";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { db } from "../../server/db.ts";
import { moderateReport } from "../../server/moderation/commands.ts";
import { EXPORT_TTL_MS, purgeExpiredExports } from "../../server/privacy/export.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { fileStorage } from "../../server/storage/index.ts";
import { type RunningWorkers, startWorkers } from "../../workers/registry.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { mentionNode, textNode } from "../../server/richtext/index.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

/** Polls an async read until the check passes (conditions, not sleeps). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let workers: RunningWorkers;
beforeAll(async () => {
  workers = await startWorkers({ schedule: false });
});
afterAll(async () => {
  await workers.close();
});

/** A member with something in every area, next to another member in the same community. */
async function memberWithData() {
  const community = await createCommunity({ name: "Werkgeverskring Twente" });
  const tag = community.id.slice(-6);
  const member = await createUser({
    displayName: `Fatima de Vries ${tag}`,
    organisation: "Gemeente Enschede",
    bio: "Klantmanager in Twente.",
  });
  const other = await createUser({ displayName: "Pieter Jansen", email: `pieter-${community.id}@praktijkplein.test` });
  await addMember(member.id, community.id);
  await addMember(other.id, community.id, "FACILITATOR");
  const channel = await createChannel(community.id, { name: "Algemeen" });
  const own = await createTopic(channel, member.id, {
    title: `Mijn vraag over onboarding ${tag}`,
    messages: [`Hoe regelen jullie een buddy in de eerste week? ${tag}`],
  });
  const shared = await createTopic(channel, member.id, {
    title: "Gedeeld onderwerp over stages",
    messages: [`Wie biedt stageplekken aan? ${tag}`],
  });
  // Another member replies in the shared topic and writes a topic of their own.
  await db().message.create({
    data: {
      topicId: shared.id,
      seq: 2,
      authorId: other.id,
      bodyJson: {},
      bodyHtml: "<p>Wij, bij de zorg.</p>",
      bodyText: "Geheim antwoord van Pieter",
    },
  });
  await db().topic.update({ where: { id: shared.id }, data: { lastSeq: 2 } });
  const othersTopic = await createTopic(channel, other.id, {
    title: "Pieters onderwerp",
    messages: ["Tekst van Pieter die niet in de export hoort"],
  });
  // The other member mentions them: the mention carries their name in someone else's message.
  const mentionState = {
    root: {
      type: "root",
      version: 1,
      direction: null,
      format: "",
      indent: 0,
      children: [
        {
          type: "paragraph",
          version: 1,
          direction: null,
          format: "",
          indent: 0,
          textFormat: 0,
          textStyle: "",
          children: [textNode("Vraag het "), mentionNode(member.id, member.displayName)],
        },
      ],
    },
  };
  const mentionMessage = await db().message.create({
    data: {
      topicId: othersTopic.id,
      seq: 3,
      authorId: other.id,
      bodyJson: mentionState,
      bodyHtml: `<p>Vraag het <a class="mention">@${member.displayName}</a></p>`,
      bodyText: `Vraag het @${member.displayName}`,
    },
  });
  await db().messageMention.create({ data: { messageId: mentionMessage.id, userId: member.id } });
  const othersFirst = await db().message.findFirstOrThrow({ where: { topicId: othersTopic.id } });
  await db().message.create({
    data: {
      topicId: othersTopic.id,
      seq: 2,
      authorId: member.id,
      bodyJson: {},
      bodyHtml: "<p>Mijn reactie</p>",
      bodyText: `Mijn reactie bij Pieter ${tag}`,
    },
  });
  await db().reaction.create({ data: { messageId: othersFirst.id, userId: member.id, emoji: "thumbsup" } });
  await db().document.create({ data: { communityId: community.id, title: "Checklist inwerken", createdById: member.id } });
  const item = await db().libraryItem.create({
    data: {
      slug: `buddy-${community.id}`,
      kind: "INTERVENTIE",
      title: "Buddy-aanpak",
      summary: "Een buddy voor nieuwe collega's.",
      body: {},
      // A practice case's own words on how results were measured are theirs too (decision 262's note).
      resultsMeasurement: "Gemeten met een korte vragenlijst na drie maanden",
      anonymous: true,
      authorId: member.id,
      communityId: community.id,
    },
  });
  await db().libraryAttachment.create({
    data: {
      itemId: item.id,
      storageKey: `library/${item.id}/bijlage`,
      fileName: "aanpak.pdf",
      contentType: "application/pdf",
      size: 4,
      uploadedById: member.id,
    },
  });
  await fileStorage().put(`library/${item.id}/bijlage`, new Uint8Array([1, 2, 3, 4]), { contentType: "application/pdf", size: 4 });
  await db().notification.create({
    data: { userId: member.id, kind: "mention", url: `/communities/${community.slug}`, data: { communityName: community.name } },
  });
  await db().notification.create({
    data: { userId: other.id, actorId: member.id, kind: "mention", url: "/", data: { actorName: member.displayName } },
  });
  await db().notificationPreference.create({ data: { userId: member.id, kind: "mention", inApp: true, email: false } });
  await db().mailSettings.create({ data: { userId: member.id, digestsEnabled: false } });
  await db().invitation.create({
    data: {
      communityId: community.id,
      email: member.email,
      tokenHash: `hash-${member.id}`,
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: other.id,
    },
  });
  await db().invitation.create({
    data: {
      communityId: community.id,
      email: "collega@gemeente.test",
      tokenHash: `hash2-${member.id}`,
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: member.id,
    },
  });
  // Events: one they organise, an answer (a confirmed seat of a full meeting, another member waits), their calendar feed.
  const organised = await createMeeting({ communityId: community.id, title: `Lunchbijeenkomst ${tag}`, createdById: member.id });
  const full = await createMeeting({ title: `Volle bijeenkomst ${tag}`, capacity: 1 });
  await db().rsvp.create({ data: { meetingId: full.id, userId: member.id, answer: "YES", status: "CONFIRMED" } });
  await db().rsvp.create({ data: { meetingId: full.id, userId: other.id, answer: "YES", status: "WAITLISTED", waitlistedAt: new Date() } });
  await db().calendarFeed.create({ data: { userId: member.id } });
  await db().seenMarker.create({ data: { userId: member.id, scope: `members-${community.id}`, readAt: new Date() } });
  // The handreiking links a shared document (decision 083).
  const linkedDocument = await db().document.create({
    data: { communityId: community.id, title: "Handreiking buddy", createdById: other.id },
  });
  await db().libraryItem.update({ where: { id: item.id }, data: { documentId: linkedDocument.id } });
  // Work agenda: a measurement, a review comment and decision, knowledge questions (one with another's vote), a vote, a comment, a linked answer.
  const goal = await db().agendaGoal.create({
    data: { themeId: community.themeId, title: "Meer mensen aan het werk", description: "Samen met werkgevers." },
  });
  const indicator = await db().agendaIndicator.create({
    data: { goalId: goal.id, name: "Mensen aan het werk", unit: "personen", targetValue: 100, targetDate: new Date("2027-12-31") },
  });
  const measurement = await db().agendaMeasurement.create({
    data: { indicatorId: indicator.id, value: 42, measuredOn: new Date("2026-06-30"), source: `CBS ${tag}`, recordedById: member.id },
  });
  const round = await db().reviewRound.create({
    data: {
      title: `Herijking ${tag}`,
      period: "2026-H2",
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 86_400_000),
      snapshot: {},
      createdById: other.id,
    },
  });
  const reviewComment = await db().reviewComment.create({
    data: { roundId: round.id, authorId: member.id, body: `Mijn opmerking bij de herijking ${tag}` },
  });
  const decision = await db().reviewDecision.create({
    data: { roundId: round.id, kind: "OTHER", text: `Besluit ${tag}`, createdById: member.id },
  });
  const lonelyQuestion = await db().knowledgeQuestion.create({
    data: { themeId: community.themeId, title: `Alleen mijn vraag ${tag}`, body: "Wat werkt bij taalcoaching?", authorId: member.id },
  });
  const sharedQuestion = await db().knowledgeQuestion.create({
    data: { themeId: community.themeId, title: `Gedeelde vraag ${tag}`, body: "Wat werkt bij jobcoaching?", authorId: member.id },
  });
  await db().knowledgeVote.create({ data: { questionId: sharedQuestion.id, userId: other.id } });
  const othersQuestion = await db().knowledgeQuestion.create({
    data: { themeId: community.themeId, title: "Pieters kennisvraag over stages", body: "Wie weet meer?", authorId: other.id },
  });
  await db().knowledgeVote.create({ data: { questionId: othersQuestion.id, userId: member.id } });
  const knowledgeComment = await db().knowledgeComment.create({
    data: { questionId: othersQuestion.id, authorId: member.id, body: `Mijn antwoord op de kennisvraag ${tag}` },
  });
  const answer = await db().knowledgeAnswer.create({
    data: {
      questionId: othersQuestion.id,
      libraryItemId: (
        await db().libraryItem.create({
          data: {
            slug: `studie-${community.id}`,
            kind: "ONDERZOEK",
            title: "Studie stages",
            summary: "Een studie.",
            body: {},
            status: "PUBLISHED",
          },
        })
      ).id,
      linkedById: member.id,
    },
  });
  // Moderation: their report of the other's topic, the other's report of their profile, a warning they
  // received, and an audit line of their own report.
  const reportMade = await db().report.create({
    data: {
      targetKind: "TOPIC",
      targetId: othersTopic.id,
      communityId: community.id,
      subjectId: other.id,
      reporterId: member.id,
      reason: "SPAM",
      text: `Dit is reclame ${tag}`,
    },
  });
  const reportAbout = await db().report.create({
    data: { targetKind: "PROFILE", targetId: member.id, subjectId: member.id, reporterId: other.id, reason: "HARASSMENT" },
  });
  const warning = await db().moderationAction.create({
    data: { kind: "WARN", targetKind: "PROFILE", targetId: member.id, subjectId: member.id, actorId: other.id, reason: "Let op je toon" },
  });
  await db().auditLog.create({
    data: {
      actorId: member.id,
      action: "report.created",
      targetKind: "TOPIC",
      targetId: othersTopic.id,
      communityId: community.id,
      reason: "SPAM",
      details: { reportId: reportMade.id },
    },
  });
  return {
    community,
    member,
    other,
    own,
    shared,
    othersTopic,
    item,
    tag,
    mentionMessage,
    linkedDocument,
    moderation: { reportMade, reportAbout, warning },
    events: { organised, full },
    agenda: { measurement, reviewComment, decision, lonelyQuestion, sharedQuestion, othersQuestion, knowledgeComment, answer },
  };
}

async function readZip(response: { status: number }, request: Request, id: string): Promise<Record<string, string>> {
  const result = await downloadLoader({ request, params: { id }, context: { cspNonce: "" } });
  expect(response.status).toBeLessThan(400);
  expect(result.status).toBe(200);
  expect(result.headers.get("Content-Type")).toBe("application/zip");
  const bytes = new Uint8Array(await result.arrayBuffer());
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, content]) => [name, strFromU8(content)]));
}

describe("data export", () => {
  it("prepares a zip of the member's own data in a worker job, with progress, for them only", async () => {
    const { member, other, community, tag, linkedDocument } = await memberWithData();
    const cookie = await sessionCookieFor(member.id);
    const before = await callLoader(dataLoader, getRequest("/profiel/gegevens", cookie));
    expect((before.body as { export: unknown }).export).toBeNull();

    const requested = await callAction(dataAction, formRequest("/profiel/gegevens", {}, cookie));
    expect(requested.status).toBe(302);
    // A second click while it runs makes no second export.
    await callAction(dataAction, formRequest("/profiel/gegevens", {}, cookie));
    expect(await db().dataExport.count({ where: { userId: member.id } })).toBe(1);

    type DataPage = { export: { id: string; status: string; progress: number; expiresAt: string } };
    const page = async () => ((await callLoader(dataLoader, getRequest("/profiel/gegevens", cookie))).body as DataPage).export;
    const view = await eventually(page, (v) => v.status === "READY" || v.status === "FAILED", "export ready");
    expect(view.status).toBe("READY");
    expect(view.progress).toBe(100);
    expect(new Date(view.expiresAt).getTime()).toBeGreaterThan(Date.now() + EXPORT_TTL_MS - 60_000);

    const files = await readZip({ status: 200 }, getRequest(`/profiel/gegevens/download/${view.id}`, cookie), view.id);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "overzicht.html",
        "profile.json",
        "memberships.json",
        "messages.json",
        "topics.json",
        "documents.json",
        "library.json",
        "reactions.json",
        "notifications.json",
        "settings.json",
        "invitationsReceived.json",
        "events.json",
        "workAgenda.json",
        "moderation.json",
      ]),
    );
    const profile = JSON.parse(files["profile.json"]!) as Record<string, unknown>;
    expect(profile).toMatchObject({
      email: member.email,
      displayName: `Fatima de Vries ${tag}`,
      organisation: "Gemeente Enschede",
      bio: "Klantmanager in Twente.",
    });
    expect(JSON.parse(files["memberships.json"]!)).toEqual([expect.objectContaining({ community: community.name, role: "MEMBER" })]);
    const messages = JSON.parse(files["messages.json"]!) as { text: string }[];
    expect(messages.map((m) => m.text).sort()).toEqual([
      `Hoe regelen jullie een buddy in de eerste week? ${tag}`,
      `Mijn reactie bij Pieter ${tag}`,
      `Wie biedt stageplekken aan? ${tag}`,
    ]);
    expect(JSON.parse(files["topics.json"]!)).toHaveLength(2);
    expect(JSON.parse(files["documents.json"]!)).toEqual([expect.objectContaining({ title: "Checklist inwerken" })]);
    expect(JSON.parse(files["library.json"]!)).toEqual([
      expect.objectContaining({
        title: "Buddy-aanpak",
        resultsMeasurement: "Gemeten met een korte vragenlijst na drie maanden",
        anonymous: true,
      }),
    ]);
    expect(JSON.parse(files["reactions.json"]!)).toHaveLength(1);
    expect(JSON.parse(files["settings.json"]!)).toMatchObject({
      mail: { digestsEnabled: false },
      notificationPreferences: [{ kind: "mention", inApp: true, email: false }],
    });
    // Meetings, the work agenda, the seen markers and the calendar feed (without its secret address).
    const meetings = JSON.parse(files["events.json"]!) as {
      organised: { title: string }[];
      answers: { event: string; answer: string; status: string }[];
    };
    expect(meetings.organised.map((e) => e.title)).toEqual([`Lunchbijeenkomst ${tag}`]);
    expect(meetings.answers).toEqual([expect.objectContaining({ event: `Volle bijeenkomst ${tag}`, answer: "YES", status: "CONFIRMED" })]);
    const agendaData = JSON.parse(files["workAgenda.json"]!) as Record<string, Record<string, unknown>[]>;
    expect(agendaData.measurements).toEqual([
      expect.objectContaining({ indicator: "Mensen aan het werk", value: 42, source: `CBS ${tag}` }),
    ]);
    expect(agendaData.reviewComments).toEqual([
      expect.objectContaining({ round: `Herijking ${tag}`, body: `Mijn opmerking bij de herijking ${tag}` }),
    ]);
    expect(agendaData.reviewDecisions).toEqual([expect.objectContaining({ text: `Besluit ${tag}` })]);
    expect(agendaData.reviewRounds).toEqual([]);
    expect(agendaData.knowledgeQuestions!.map((q) => q.title).sort()).toEqual([`Alleen mijn vraag ${tag}`, `Gedeelde vraag ${tag}`]);
    expect(agendaData.knowledgeVotes).toEqual([expect.objectContaining({ question: "Pieters kennisvraag over stages" })]);
    expect(agendaData.knowledgeComments).toEqual([expect.objectContaining({ body: `Mijn antwoord op de kennisvraag ${tag}` })]);
    expect(agendaData.knowledgeAnswersLinked).toEqual([expect.objectContaining({ libraryItem: "Studie stages" })]);
    const settings = JSON.parse(files["settings.json"]!) as { seen: { scope: string }[]; calendarFeed: Record<string, unknown> | null };
    expect(settings.seen).toEqual([expect.objectContaining({ scope: `members-${community.id}` })]);
    expect(settings.calendarFeed).toMatchObject({ generation: 1, revokedAt: null });
    expect(JSON.stringify(settings)).not.toContain("/kalender/");
    expect(JSON.parse(files["library.json"]!)).toEqual([expect.objectContaining({ documentId: linkedDocument.id })]);
    const moderation = JSON.parse(files["moderation.json"]!) as Record<string, Record<string, unknown>[]>;
    expect(moderation.reportsMade).toEqual([
      expect.objectContaining({ targetKind: "TOPIC", reason: "SPAM", text: `Dit is reclame ${tag}` }),
    ]);
    // About them: the fact and the reason, not who reported it.
    expect(moderation.reportsAboutYou).toEqual([
      { targetKind: "PROFILE", targetId: member.id, reason: "HARASSMENT", status: "OPEN", outcome: null, createdAt: expect.any(String) },
    ]);
    expect(moderation.actionsReceived).toEqual([expect.objectContaining({ kind: "WARN", reason: "Let op je toon" })]);
    expect(JSON.stringify(moderation.actionsReceived)).not.toContain(other.id);
    expect(moderation.auditLog).toEqual([expect.objectContaining({ action: "report.created", reason: "SPAM" })]);
    expect(JSON.parse(files["profile.json"]!)).toMatchObject({ hiddenAt: null, suspendedUntil: null });
    expect(files["overzicht.html"]).toContain(`Fatima de Vries ${tag}`);
    expect(files["overzicht.html"]).toContain('<h2 id="messages">Berichten</h2>');
    // Nothing of the other member: not their e-mail address, name, messages or the invitee's address.
    const everything = Object.values(files).join("\n");
    for (const foreign of [
      other.email,
      "Pieter Jansen",
      "Geheim antwoord van Pieter",
      "Tekst van Pieter die niet in de export hoort",
      "collega@gemeente.test",
    ]) {
      expect(everything).not.toContain(foreign);
    }

    // Another member (and a visitor) cannot fetch it.
    const otherCookie = await sessionCookieFor(other.id);
    const stolen = await callLoader(downloadLoader, getRequest(`/profiel/gegevens/download/${view.id}`, otherCookie), { id: view.id });
    expect(stolen.status).toBe(404);
    const anonymous = await callLoader(downloadLoader, getRequest(`/profiel/gegevens/download/${view.id}`), { id: view.id });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/inloggen/);
  });

  it("deletes an expired export and its file; its link then answers 404", async () => {
    const member = await createUser();
    const key = `exports/${member.id}/oud.zip`;
    await fileStorage().put(key, new Uint8Array([80, 75]), { contentType: "application/zip", size: 2 });
    const row = await db().dataExport.create({
      data: { userId: member.id, status: "READY", progress: 100, storageKey: key, size: 2, expiresAt: new Date(Date.now() - 1000) },
    });
    const cookie = await sessionCookieFor(member.id);
    expect((await callLoader(downloadLoader, getRequest(`/profiel/gegevens/download/${row.id}`, cookie), { id: row.id })).status).toBe(404);
    expect(await purgeExpiredExports()).toBeGreaterThanOrEqual(1);
    expect(await db().dataExport.count({ where: { id: row.id } })).toBe(0);
    expect(await fileStorage().get(key)).toBeNull();
  });
});

async function searchRows(userId: string) {
  return db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "SearchDocument" WHERE kind = 'member' AND "recordId" = ${userId}`;
}

/** Search index entries whose title or body holds this text. */
async function indexEntriesWith(text: string): Promise<number> {
  const rows = await db().$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM "SearchDocument" WHERE title ILIKE ${`%${text}%`} OR body ILIKE ${`%${text}%`}`;
  return Number(rows[0]!.n);
}

/** Every text column of every table that could still hold the address or the name. */
async function tablesMentioning(needle: string): Promise<string[]> {
  const columns = await db().$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb')`;
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const rows = await db().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
      `%${needle}%`,
    );
    if (Number(rows[0]!.n) > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe("account deletion", () => {
  it("refuses a wrong password and keeps everything", async () => {
    const { member } = await memberWithData();
    const cookie = await sessionCookieFor(member.id);
    const result = await callAction(
      deleteAction,
      formRequest("/profiel/verwijderen", { contributions: "keep", password: "niet mijn wachtwoord" }, cookie),
    );
    expect(result.status).toBe(400);
    expect((result.body as { result: { error: Record<string, string[]> } }).result.error.password).toEqual([
      "privacy.delete.wrongPassword",
    ]);
    const missing = await callAction(deleteAction, formRequest("/profiel/verwijderen", { password: TEST_PASSWORD }, cookie));
    expect(missing.status).toBe(400);
    expect(await db().user.count({ where: { id: member.id } })).toBe(1);
  });

  it("keeps contributions as 'voormalig lid' and erases the person", async () => {
    const { member, other, own, shared, item, tag, mentionMessage, events: meetings, agenda, moderation } = await memberWithData();
    // A moderator warns them on the other's report about their profile: the audit log (append-only) must not keep their name.
    const moderator = await createUser({ globalRole: "MODERATOR" });
    await moderateReport(
      { id: moderator.id, globalRole: "MODERATOR" },
      { reportId: moderation.reportAbout.id, action: "WARN", reason: "Ongepaste profieltekst" },
    );
    await reconcile();
    expect(Number((await searchRows(member.id))[0]!.n)).toBe(1);
    // The other member's reply that mentions them is in the index with their name.
    expect(await indexEntriesWith(`Fatima de Vries ${tag}`)).toBeGreaterThan(0);
    const exportKey = `exports/${member.id}/eerder.zip`;
    await fileStorage().put(exportKey, new Uint8Array([80, 75]), { contentType: "application/zip", size: 2 });
    await db().dataExport.create({
      data: { userId: member.id, status: "READY", progress: 100, storageKey: exportKey, size: 2, expiresAt: new Date(Date.now() + 60_000) },
    });
    const cookie = await sessionCookieFor(member.id);
    const result = await callAction(
      deleteAction,
      formRequest("/profiel/verwijderen", { contributions: "keep", password: TEST_PASSWORD }, cookie),
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/");
    expect(result.headers.getSetCookie().some((c) => c.startsWith("pp_session=;"))).toBe(true);

    expect(await db().user.count({ where: { id: member.id } })).toBe(0);
    for (const model of ["session", "membership", "notificationPreference", "mailSettings", "reaction", "dataExport"] as const) {
      expect(
        await (db()[model] as unknown as { count: (a: unknown) => Promise<number> }).count({ where: { userId: member.id } }),
        model,
      ).toBe(0);
    }
    expect(await fileStorage().get(exportKey)).toBeNull();
    // Contributions stay, without author.
    const topics = await db().topic.findMany({ where: { id: { in: [own.id, shared.id] } } });
    expect(topics.map((t) => [t.deletedAt, t.authorId])).toEqual([
      [null, null],
      [null, null],
    ]);
    const kept = await db().message.findMany({ where: { topicId: own.id } });
    expect(kept.map((m) => [m.authorId, m.bodyText])).toEqual([[null, `Hoe regelen jullie een buddy in de eerste week? ${tag}`]]);
    expect(await db().libraryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ authorId: null });
    // Meetings: the one they organised stays without organiser; their answer and feed are gone, and their
    // confirmed seat of the full meeting went to the one waiting, who is told.
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meetings.organised.id } })).toMatchObject({ createdById: null });
    for (const model of ["rsvp", "calendarFeed", "seenMarker", "knowledgeVote"] as const) {
      expect(
        await (db()[model] as unknown as { count: (a: unknown) => Promise<number> }).count({ where: { userId: member.id } }),
        model,
      ).toBe(0);
    }
    expect(
      await db().rsvp.findUniqueOrThrow({ where: { meetingId_userId: { meetingId: meetings.full.id, userId: other.id } } }),
    ).toMatchObject({ status: "CONFIRMED", waitlistedAt: null });
    // (Their other notification says a report they made was handled.)
    expect(await db().notification.findMany({ where: { userId: other.id }, select: { kind: true }, orderBy: { kind: "asc" } })).toEqual([
      { kind: "eventPromoted" },
      { kind: "reportHandled" },
    ]);
    // Work agenda: figures, comments, decisions and questions stay, without author.
    expect(await db().agendaMeasurement.findUniqueOrThrow({ where: { id: agenda.measurement.id } })).toMatchObject({
      recordedById: null,
      value: 42,
    });
    expect(await db().reviewComment.findUniqueOrThrow({ where: { id: agenda.reviewComment.id } })).toMatchObject({ authorId: null });
    expect(await db().reviewDecision.findUniqueOrThrow({ where: { id: agenda.decision.id } })).toMatchObject({ createdById: null });
    expect(
      await db().knowledgeQuestion.findMany({
        where: { id: { in: [agenda.lonelyQuestion.id, agenda.sharedQuestion.id] } },
        select: { authorId: true },
      }),
    ).toEqual([{ authorId: null }, { authorId: null }]);
    expect(await db().knowledgeComment.findUniqueOrThrow({ where: { id: agenda.knowledgeComment.id } })).toMatchObject({ authorId: null });
    expect(await db().knowledgeAnswer.findUniqueOrThrow({ where: { id: agenda.answer.id } })).toMatchObject({ linkedById: null });
    // Moderation: reports about them point to no one; their report stays without reporter; the warning stays
    // without subject; the audit lines stay (append-only) with ids only — the scan below finds no name in them.
    expect(await db().report.findUniqueOrThrow({ where: { id: moderation.reportAbout.id } })).toMatchObject({
      subjectId: null,
      status: "HANDLED",
    });
    expect(await db().report.findUniqueOrThrow({ where: { id: moderation.reportMade.id } })).toMatchObject({
      reporterId: null,
      text: `Dit is reclame ${tag}`,
    });
    expect(await db().moderationAction.findUniqueOrThrow({ where: { id: moderation.warning.id } })).toMatchObject({ subjectId: null });
    expect(await db().auditLog.count({ where: { OR: [{ actorId: member.id }, { targetId: member.id }] } })).toBe(2);
    // The other member's notification about them is gone (only the promotion above is theirs); the other member is untouched.
    expect(await db().notification.count({ where: { userId: other.id, kind: "mention" } })).toBe(0);
    expect(await db().user.count({ where: { id: other.id } })).toBe(1);
    // The profile leaves the search index (user.deleted → index-record job).
    await eventually(
      () => searchRows(member.id),
      (rows) => Number(rows[0]!.n) === 0,
      "search index entry removed",
    );
    // The message sources re-index what changed (user.deleted carries the ids): no entry names them any more.
    await eventually(
      () => indexEntriesWith(`Fatima de Vries ${tag}`),
      (n) => n === 0,
      "search entries naming them re-indexed",
    );
    expect(await indexEntriesWith("Vraag het @voormalig lid")).toBe(1);
    // Kept contributions stay findable.
    expect(await indexEntriesWith(`Hoe regelen jullie een buddy in de eerste week? ${tag}`)).toBe(1);
    // The other member's mention of them now reads "@voormalig lid".
    const rewritten = await db().message.findUniqueOrThrow({ where: { id: mentionMessage.id } });
    expect(rewritten.bodyText).toBe("Vraag het @voormalig lid");
    expect(rewritten.bodyHtml).not.toContain(member.id);
    // Nothing anywhere holds their address or their name.
    expect(await tablesMentioning(member.email)).toEqual([]);
    expect(await tablesMentioning(`Fatima de Vries ${tag}`)).toEqual([]);

    const login = await callAction(loginAction, formRequest("/inloggen", { email: member.email, password: TEST_PASSWORD }));
    expect(login.status).toBe(400);
    // The old session cookie no longer works.
    const after = await callLoader(dataLoader, getRequest("/profiel/gegevens", cookie));
    expect(after.status).toBe(302);
    expect(after.headers.get("Location")).toMatch(/^\/inloggen/);
  });

  it("removes contributions when asked: messages emptied, own topics and library items gone, others' replies kept", async () => {
    const { member, own, shared, othersTopic, item, tag, events: meetings, agenda, moderation } = await memberWithData();
    await db().libraryItem.update({
      where: { id: item.id },
      data: { status: "PUBLISHED", publishedAt: new Date(), bodyText: `Buddy-tekst ${tag}` },
    });
    await reconcile();
    const theirTexts = [
      `Hoe regelen jullie een buddy in de eerste week? ${tag}`,
      `Mijn reactie bij Pieter ${tag}`,
      `Wie biedt stageplekken aan? ${tag}`,
      `Mijn vraag over onboarding ${tag}`,
      `Buddy-tekst ${tag}`,
    ];
    for (const text of theirTexts) expect(await indexEntriesWith(text), text).toBeGreaterThan(0);
    const cookie = await sessionCookieFor(member.id);
    const result = await callAction(
      deleteAction,
      formRequest("/profiel/verwijderen", { contributions: "remove", password: TEST_PASSWORD }, cookie),
    );
    expect(result.status).toBe(302);
    // Their topics, replies and library item leave the search index at once (user.deleted).
    for (const text of theirTexts)
      await eventually(
        () => indexEntriesWith(text),
        (n) => n === 0,
        `index entry "${text}" removed`,
      );
    expect(await db().user.count({ where: { id: member.id } })).toBe(0);
    // The topic only they wrote in is deleted; the shared one stays (anonymised) with the other's reply.
    expect((await db().topic.findUniqueOrThrow({ where: { id: own.id } })).deletedAt).not.toBeNull();
    const sharedTopic = await db().topic.findUniqueOrThrow({ where: { id: shared.id } });
    expect([sharedTopic.deletedAt, sharedTopic.authorId]).toEqual([null, null]);
    const sharedMessages = await db().message.findMany({ where: { topicId: shared.id }, orderBy: { seq: "asc" } });
    expect(sharedMessages.map((m) => [m.seq, m.bodyText, m.deletedAt !== null])).toEqual([
      [1, "", true],
      [2, "Geheim antwoord van Pieter", false],
    ]);
    const reply = await db().message.findFirstOrThrow({ where: { topicId: othersTopic.id, seq: 2 } });
    expect([reply.bodyText, reply.bodyHtml, reply.deletedAt !== null]).toEqual(["", "", true]);
    // No text of theirs is left anywhere.
    for (const text of theirTexts) {
      expect(await tablesMentioning(text)).toEqual([]);
    }
    // Work agenda: their comments go, and the question nobody else took part in; the question another
    // member voted for stays without author; figures and decisions stay (public record) without author.
    expect(await db().reviewComment.count({ where: { id: agenda.reviewComment.id } })).toBe(0);
    expect(await db().knowledgeComment.count({ where: { id: agenda.knowledgeComment.id } })).toBe(0);
    expect(await db().knowledgeQuestion.count({ where: { id: agenda.lonelyQuestion.id } })).toBe(0);
    expect(await db().knowledgeQuestion.findUniqueOrThrow({ where: { id: agenda.sharedQuestion.id } })).toMatchObject({ authorId: null });
    expect(await db().agendaMeasurement.findUniqueOrThrow({ where: { id: agenda.measurement.id } })).toMatchObject({ recordedById: null });
    expect(await db().reviewDecision.findUniqueOrThrow({ where: { id: agenda.decision.id } })).toMatchObject({ createdById: null });
    // Their report stays for the moderation record, without reporter and without their text.
    expect(await db().report.findUniqueOrThrow({ where: { id: moderation.reportMade.id } })).toMatchObject({
      reporterId: null,
      text: null,
    });
    // A meeting is shared: it stays, without organiser.
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meetings.organised.id } })).toMatchObject({ createdById: null });
    for (const text of [`Mijn opmerking bij de herijking ${tag}`, `Mijn antwoord op de kennisvraag ${tag}`, `Alleen mijn vraag ${tag}`]) {
      expect(await tablesMentioning(text)).toEqual([]);
    }
    expect(await db().libraryItem.count({ where: { id: item.id } })).toBe(0);
    expect(await fileStorage().get(`library/${item.id}/bijlage`)).toBeNull();
    expect(await tablesMentioning(member.email)).toEqual([]);
    const login = await callAction(loginAction, formRequest("/inloggen", { email: member.email, password: TEST_PASSWORD }));
    expect(login.status).toBe(400);
  });
});
