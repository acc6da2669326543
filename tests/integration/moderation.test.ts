/**
 * Moderation (issue 8) through the real routes: reporting, the queue per
 * role, every moderation action with its audit-log line, hidden content for
 * others and for the author (pages and search), suspensions at login and on
 * existing sessions, and the append-only audit log enforced by PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { loader as auditLoader } from "../../app/routes/beheer.auditlog.tsx";
import { loader as libraryItemLoader } from "../../app/routes/bibliotheek.$slug.tsx";
import { loader as libraryLoader } from "../../app/routes/bibliotheek._index.tsx";
import { loader as topicLoader, action as topicAction } from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { loader as topicListLoader } from "../../app/routes/communities.$slug.discussies.$channel._index.tsx";
import { action as documentAction, loader as documentLoader } from "../../app/routes/communities.$slug.documenten.$id._index.tsx";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { loader as profileLoader } from "../../app/routes/leden.$id.tsx";
import { action as deleteAccountAction } from "../../app/routes/profiel_.verwijderen.tsx";
import { action as reportAction, loader as reportLoader } from "../../app/routes/melden.tsx";
import { action as moderationAction, loader as moderationLoader } from "../../app/routes/moderatie.tsx";
import { loader as searchLoader } from "../../app/routes/zoeken._index.tsx";
import { translator } from "../../app/i18n/index.ts";
import { notificationMessage } from "../../app/shared/notifications.ts";
import { tKey } from "../../app/utils/i18n.ts";
import { getSessionUser } from "../../server/accounts/sessions.ts";
import { sessionIdFromCookieHeader } from "../../server/accounts/cookie.ts";
import { db } from "../../server/db.ts";
import { recordBroadcasts } from "../helpers/events.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

type Person = { user: { id: string; displayName: string; email: string }; cookie: string };

async function setup() {
  const community = await createCommunity({ accessMode: "ON_REQUEST" });
  const other = await createCommunity({ accessMode: "OPEN" });
  const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
  const person = async (
    role: "MEMBER" | "FACILITATOR" | null,
    globalRole: "MEMBER" | "MODERATOR" | "ADMIN" = "MEMBER",
    where = community.id,
  ): Promise<Person> => {
    const user = await createUser({ globalRole });
    if (role) await addMember(user.id, where, role);
    return { user, cookie: await sessionCookieFor(user.id) };
  };
  const author = await person("MEMBER");
  const reporter = await person("MEMBER");
  const bystander = await person("MEMBER");
  const facilitator = await person("FACILITATOR");
  const otherFacilitator = await person("FACILITATOR", "MEMBER", other.id);
  const moderator = await person(null, "MODERATOR");
  const admin = await person(null, "ADMIN");
  const topic = await createTopic(channel, author.user.id, {
    title: "Ervaringen met proefplaatsingen",
    messages: ["Wie heeft ervaring met proefplaatsingen?", "Bel mij op 06-12345678, dan regel ik het buiten het platform."],
  });
  const message = await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 2 } });
  const topicPath = `/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`;
  const topicParams = { slug: community.slug, channel: channel.slug, topic: topic.id };
  return {
    community,
    other,
    channel,
    topic,
    message,
    topicPath,
    topicParams,
    author,
    reporter,
    bystander,
    facilitator,
    otherFacilitator,
    moderator,
    admin,
  };
}

async function report(person: Person, targetKind: string, targetId: string, reason = "PRIVACY", text?: string) {
  return callAction(
    reportAction,
    formRequest("/melden", { targetKind, targetId, reason, ...(text ? { text } : {}), returnTo: "/" }, person.cookie),
  );
}

async function moderate(
  person: Person,
  reportId: string,
  action: string,
  reason = "Persoonlijke gegevens gedeeld",
  extra: Record<string, string> = {},
) {
  return callAction(moderationAction, formRequest("/moderatie", { reportId, action, reason, ...extra }, person.cookie));
}

/** The newest report about a target (the file's tests share one database). */
async function latestReport(targetId: string) {
  return db().report.findFirstOrThrow({ where: { targetId }, orderBy: { createdAt: "desc" } });
}

async function auditActions(targetId: string) {
  return (await db().auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } })).map((row) => row.action);
}

type TopicData = { messages: { id: string; html: string; text: string; hidden?: boolean; hiddenReason?: string | null }[] };

describe("reporting", () => {
  it("a member reports a message with a reason; it is stored once, logged, and in the queue", async () => {
    const s = await setup();
    const page = await callLoader(reportLoader, getRequest(`/melden?soort=bericht&id=${s.message.id}`, s.reporter.cookie));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ target: { kind: "MESSAGE", title: "Ervaringen met proefplaatsingen" } });

    const sent = await report(s.reporter, "MESSAGE", s.message.id, "PRIVACY", "Er staat een telefoonnummer in.");
    expect(sent.status).toBe(302);
    // A double submit is the same report.
    expect((await report(s.reporter, "MESSAGE", s.message.id)).status).toBe(302);
    const reports = await db().report.findMany({ where: { targetId: s.message.id } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      status: "OPEN",
      reason: "PRIVACY",
      text: "Er staat een telefoonnummer in.",
      communityId: s.community.id,
      subjectId: s.author.user.id,
      reporterId: s.reporter.user.id,
    });
    expect(await auditActions(s.message.id)).toEqual(["report.created"]);
  });

  it("refuses bad input, own content and content the member cannot read", async () => {
    const s = await setup();
    expect((await report(s.reporter, "MESSAGE", s.message.id, "NONSENSE")).status).toBe(400);
    expect((await report(s.reporter, "SPACESHIP", s.message.id)).status).toBe(400);
    const own = await report(s.author, "MESSAGE", s.message.id);
    expect(own.status).toBe(422);
    expect(own.body).toMatchObject({ result: { error: { "": ["moderation.errors.ownContent"] } } });
    // An outsider cannot read an on-request community's discussions: not found, nothing stored.
    const outsider = { user: await createUser(), cookie: "" };
    outsider.cookie = await sessionCookieFor(outsider.user.id);
    expect((await report(outsider, "MESSAGE", s.message.id)).status).toBe(403);
    expect((await callLoader(reportLoader, getRequest(`/melden?soort=bericht&id=${s.message.id}`, outsider.cookie))).status).toBe(403);
    expect((await report(s.reporter, "MESSAGE", "bestaat-niet")).status).toBe(404);
    expect(await db().report.count({ where: { targetId: s.message.id } })).toBe(0);
  });

  it("profiles, topics and documents can be reported too", async () => {
    const s = await setup();
    const document = await createDocumentIn(s.community.id, s.author.user.id, "Werkafspraken", editorState(p("Tekst")));
    for (const [kind, id] of [
      ["PROFILE", s.author.user.id],
      ["TOPIC", s.topic.id],
      ["DOCUMENT", document.id],
    ] as const) {
      expect((await report(s.reporter, kind, id, "SPAM")).status).toBe(302);
    }
    const rows = await db().report.findMany({ where: { reporterId: s.reporter.user.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.targetKind, row.communityId])).toEqual([
      ["PROFILE", null],
      ["TOPIC", s.community.id],
      ["DOCUMENT", s.community.id],
    ]);
  });
});

describe("the queue and who may moderate", () => {
  it("moderators see every report oldest first, facilitators only their community's, members nothing", async () => {
    const s = await setup();
    await report(s.reporter, "MESSAGE", s.message.id);
    await report(s.bystander, "PROFILE", s.author.user.id, "SPAM");
    const forModerator = await callLoader(moderationLoader, getRequest("/moderatie", s.moderator.cookie));
    expect(forModerator.status).toBe(200);
    type Queue = { reports: { targetKind: string; targetId: string; actions: string[]; createdAt: string }[] };
    const mine = (r: { targetId: string }) => r.targetId === s.message.id || r.targetId === s.author.user.id;
    const moderatorQueue = forModerator.body as Queue;
    // Oldest first across the whole queue.
    expect(moderatorQueue.reports.map((r) => r.createdAt)).toEqual(moderatorQueue.reports.map((r) => r.createdAt).sort());
    const ours = moderatorQueue.reports.filter(mine);
    expect(ours.map((r) => r.targetKind)).toEqual(["MESSAGE", "PROFILE"]);
    expect(ours[0]!.actions).toEqual(expect.arrayContaining(["DISMISS", "HIDE", "DELETE", "WARN", "SUSPEND", "REMOVE_FROM_COMMUNITY"]));

    const forFacilitator = (await callLoader(moderationLoader, getRequest("/moderatie", s.facilitator.cookie))).body as Queue;
    expect(forFacilitator.reports.map((r) => r.targetKind)).toEqual(["MESSAGE"]);
    expect(forFacilitator.reports[0]!.actions).not.toContain("SUSPEND");

    const forOther = (await callLoader(moderationLoader, getRequest("/moderatie", s.otherFacilitator.cookie))).body as {
      reports: unknown[];
    };
    expect(forOther.reports).toEqual([]);
    expect((await callLoader(moderationLoader, getRequest("/moderatie", s.reporter.cookie))).status).toBe(403);
    expect((await callLoader(moderationLoader, getRequest("/moderatie"))).status).toBe(302);
  });

  it("a reported topic shows its opening message to moderators and facilitators, as plain text; nothing once deleted", async () => {
    const s = await setup();
    const opening = "Wie kent een werkgever? <script>alert('x')</script> Bel 06-12345678.";
    const topic = await createTopic(s.channel, s.author.user.id, { title: "Werkgevers gezocht", messages: [opening, "Ik, mail me."] });
    await report(s.reporter, "TOPIC", topic.id, "PRIVACY");
    type Queue = { reports: { targetId: string; target: { excerpt: string; subjectName: string | null } | null }[] };
    const targetIn = async (person: Person) =>
      ((await callLoader(moderationLoader, getRequest("/moderatie", person.cookie))).body as Queue).reports.find(
        (r) => r.targetId === topic.id,
      )?.target;
    // The opening message only (not the replies), as text: the page prints it as text, like a reported message's.
    expect(await targetIn(s.moderator)).toMatchObject({ excerpt: opening, subjectName: s.author.user.displayName });
    expect(await targetIn(s.facilitator)).toMatchObject({ excerpt: opening });
    expect(await targetIn(s.otherFacilitator)).toBeUndefined();
    // Hidden by moderation it still shows (moderators see hidden content); deleted, nobody reads it any more.
    await db().message.updateMany({ where: { topicId: topic.id, seq: 1 }, data: { hiddenAt: new Date(), hiddenReason: "Nummer" } });
    expect(await targetIn(s.moderator)).toMatchObject({ excerpt: opening });
    await db().message.updateMany({ where: { topicId: topic.id, seq: 1 }, data: { deletedAt: new Date() } });
    expect(await targetIn(s.moderator)).toMatchObject({ excerpt: "" });
    await db().message.updateMany({ where: { topicId: topic.id, seq: 1 }, data: { deletedAt: null } });
    await db().topic.update({ where: { id: topic.id }, data: { deletedAt: new Date() } });
    expect(await targetIn(s.moderator)).toMatchObject({ excerpt: "" });
  });

  it("a member or another community's facilitator cannot act; a facilitator cannot suspend", async () => {
    const s = await setup();
    await report(s.reporter, "MESSAGE", s.message.id);
    const reportRow = await latestReport(s.message.id);
    expect((await moderate(s.bystander, reportRow.id, "HIDE")).status).toBe(403);
    expect((await moderate(s.otherFacilitator, reportRow.id, "HIDE")).status).toBe(403);
    expect((await moderate(s.facilitator, reportRow.id, "SUSPEND", "Herhaald", { days: "7" })).status).toBe(403);
    expect((await moderate(s.facilitator, reportRow.id, "HIDE", "")).status).toBe(400);
    expect((await moderate(s.facilitator, "bestaat-niet", "HIDE")).status).toBe(404);
    expect(await db().message.findUniqueOrThrow({ where: { id: s.message.id } })).toMatchObject({ hiddenAt: null });
    expect(await auditActions(s.message.id)).toEqual(["report.created"]);
  });
});

describe("moderation actions", () => {
  it("hide: others see a placeholder, the author sees the reason, the author is notified, the log has it; unhide restores", async () => {
    const s = await setup();
    await report(s.reporter, "MESSAGE", s.message.id);
    await report(s.bystander, "MESSAGE", s.message.id, "SPAM");
    const reportRow = await db().report.findFirstOrThrow({ where: { reporterId: s.reporter.user.id } });
    const broadcasts = await recordBroadcasts();
    const hidden = await moderate(s.facilitator, reportRow.id, "HIDE", "Telefoonnummer gedeeld");
    broadcasts.stop();
    const live = broadcasts.emitted("message:edited");
    expect(hidden.status).toBe(302);
    // The live update to the topic's room carries neither the body nor the reason.
    expect(live).toEqual([expect.objectContaining({ html: "", text: "", hidden: true, hiddenReason: null })]);

    const asBystander = (await callLoader(topicLoader, getRequest(s.topicPath, s.bystander.cookie), s.topicParams)).body as TopicData;
    const seen = asBystander.messages.find((m) => m.id === s.message.id)!;
    expect(seen).toMatchObject({ hidden: true, hiddenReason: null, html: "", text: "" });
    const asAuthor = (await callLoader(topicLoader, getRequest(s.topicPath, s.author.cookie), s.topicParams)).body as TopicData;
    expect(asAuthor.messages.find((m) => m.id === s.message.id)).toMatchObject({ hidden: true, hiddenReason: "Telefoonnummer gedeeld" });

    // Both reports about the message are closed with the outcome.
    expect((await db().report.findMany({ where: { targetId: s.message.id } })).map((r) => [r.status, r.outcome])).toEqual([
      ["HANDLED", "HIDE"],
      ["HANDLED", "HIDE"],
    ]);
    const notification = await db().notification.findFirstOrThrow({ where: { userId: s.author.user.id, kind: "contentHidden" } });
    expect(notification.data).toMatchObject({ reason: "Telefoonnummer gedeeld", targetTitle: "Ervaringen met proefplaatsingen" });
    // The title is the topic's, so the text says it was the message in it that was hidden, not the topic.
    const said = notificationMessage({ kind: notification.kind, data: notification.data as Record<string, unknown>, actorName: null });
    expect(tKey(translator("nl"), said.key, said.params)).toBe(
      "Een moderator heeft je bericht in “Ervaringen met proefplaatsingen” verborgen: Telefoonnummer gedeeld",
    );
    // Both reporters hear that action was taken, not which action or why.
    for (const reporter of [s.reporter, s.bystander]) {
      const told = await db().notification.findMany({ where: { userId: reporter.user.id, kind: "reportHandled" } });
      expect(told.map((n) => n.data)).toEqual([{ outcome: "actionTaken" }]);
    }
    const line = await db().auditLog.findFirstOrThrow({ where: { action: "moderation.hide", targetId: s.message.id } });
    expect(line).toMatchObject({
      actorId: s.facilitator.user.id,
      targetKind: "MESSAGE",
      targetId: s.message.id,
      communityId: s.community.id,
      reason: "Telefoonnummer gedeeld",
    });

    // The queue is empty now; unhiding works on the handled report.
    const queue = (await callLoader(moderationLoader, getRequest("/moderatie", s.facilitator.cookie))).body as {
      reports: unknown[];
      hidden: { reportId: string; reason: string }[];
    };
    expect(queue.reports).toEqual([]);
    // It is listed under "Verborgen door moderatie", with the way back.
    expect(queue.hidden).toEqual([expect.objectContaining({ targetKind: "MESSAGE", reason: "Telefoonnummer gedeeld" })]);
    const forOtherFacilitator = (await callLoader(moderationLoader, getRequest("/moderatie", s.otherFacilitator.cookie))).body as {
      hidden: unknown[];
    };
    expect(forOtherFacilitator.hidden).toEqual([]);
    expect((await moderate(s.facilitator, reportRow.id, "DISMISS")).status).toBe(409);
    expect((await moderate(s.moderator, reportRow.id, "UNHIDE", "Na overleg aangepast")).status).toBe(302);
    const again = (await callLoader(topicLoader, getRequest(s.topicPath, s.bystander.cookie), s.topicParams)).body as TopicData;
    expect(again.messages.find((m) => m.id === s.message.id)).toMatchObject({
      text: "Bel mij op 06-12345678, dan regel ik het buiten het platform.",
    });
    expect(await auditActions(s.message.id)).toEqual(["report.created", "report.created", "moderation.hide", "moderation.unhide"]);
    expect(
      ((await callLoader(moderationLoader, getRequest("/moderatie", s.facilitator.cookie))).body as { hidden: unknown[] }).hidden,
    ).toEqual([]);
  });

  it("a hidden topic disappears from the list and its page for others; its author still reaches it", async () => {
    const s = await setup();
    await report(s.reporter, "TOPIC", s.topic.id, "SPAM");
    const reportRow = await latestReport(s.topic.id);
    expect((await moderate(s.moderator, reportRow.id, "HIDE", "Reclame")).status).toBe(302);
    const listPath = `/communities/${s.community.slug}/discussies/${s.channel.slug}`;
    const listParams = { slug: s.community.slug, channel: s.channel.slug };
    const list = (await callLoader(topicListLoader, getRequest(listPath, s.bystander.cookie), listParams)).body as {
      topics: { id: string }[];
    };
    expect(list.topics).toEqual([]);
    const own = (await callLoader(topicListLoader, getRequest(listPath, s.author.cookie), listParams)).body as {
      topics: { id: string; hidden: boolean }[];
    };
    expect(own.topics).toEqual([expect.objectContaining({ id: s.topic.id, hidden: true })]);
    expect((await callLoader(topicLoader, getRequest(s.topicPath, s.bystander.cookie), s.topicParams)).status).toBe(404);
    const authorView = await callLoader(topicLoader, getRequest(s.topicPath, s.author.cookie), s.topicParams);
    expect(authorView.status).toBe(200);
    expect(authorView.body).toMatchObject({ topic: { hiddenReason: "Reclame" } });
  });

  it("a hidden topic whose author left with their contributions is no longer offered to unhide (walk 11)", async () => {
    const s = await setup();
    await report(s.reporter, "TOPIC", s.topic.id, "PRIVACY");
    const reportRow = await latestReport(s.topic.id);
    expect((await moderate(s.moderator, reportRow.id, "HIDE", "Er staat een naam in.")).status).toBe(302);
    type Queue = { hidden: { reportId: string; title: string }[] };
    const before = (await callLoader(moderationLoader, getRequest("/moderatie", s.moderator.cookie))).body as Queue;
    expect(before.hidden).toContainEqual(expect.objectContaining({ reportId: reportRow.id, title: "Ervaringen met proefplaatsingen" }));
    // The author deletes their account and their contributions: the topic (only they wrote in it) goes, its title emptied.
    const deleted = await callAction(
      deleteAccountAction,
      formRequest("/profiel/verwijderen", { contributions: "remove", password: TEST_PASSWORD }, s.author.cookie),
    );
    expect(deleted.status).toBe(302);
    expect(await db().topic.findUniqueOrThrow({ where: { id: s.topic.id }, select: { title: true, deletedAt: true } })).toMatchObject({
      title: "",
      deletedAt: expect.any(Date),
    });
    const after = (await callLoader(moderationLoader, getRequest("/moderatie", s.moderator.cookie))).body as Queue;
    expect(after.hidden.map((item) => item.reportId)).not.toContain(reportRow.id);
  });

  it("a hidden document is not found by other members; its creator and the facilitator still open it", async () => {
    const s = await setup();
    const document = await createDocumentIn(s.community.id, s.author.user.id, "Werkafspraken", editorState(p("Tekst")));
    await report(s.reporter, "DOCUMENT", document.id, "MISINFORMATION");
    const reportRow = await latestReport(document.id);
    expect((await moderate(s.facilitator, reportRow.id, "HIDE", "Klopt niet")).status).toBe(302);
    const path = `/communities/${s.community.slug}/documenten/${document.id}`;
    const params = { slug: s.community.slug, id: document.id };
    expect((await callLoader(documentLoader, getRequest(path, s.bystander.cookie), params)).status).toBe(404);
    const own = await callLoader(documentLoader, getRequest(path, s.author.cookie), params);
    expect(own.status).toBe(200);
    expect((await callLoader(documentLoader, getRequest(path, s.facilitator.cookie), params)).status).toBe(200);
    // They read it; nobody edits it, and only moderators open it in the live editor (decision 241).
    expect(own.body).toMatchObject({ permissions: { read: true, edit: false, lock: false, live: false } });
    const moderatorView = await callLoader(documentLoader, getRequest(path, s.moderator.cookie), params);
    expect(moderatorView.body).toMatchObject({ permissions: { edit: false, live: true } });
    for (const [person, fields] of [
      [s.author, { intent: "version", name: "Toch bewaard" }],
      [s.author, { intent: "details", title: "Nieuwe titel", status: "PUBLISHED" }],
      [s.facilitator, { intent: "lock" }],
    ] as const) {
      const refused = await callAction(documentAction, formRequest(path, fields, person.cookie), params);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ formError: "documents.errors.hidden" });
    }
    expect(await db().document.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({ title: "Werkafspraken", locked: false });
    expect(await db().documentVersion.count({ where: { documentId: document.id, kind: "NAMED" } })).toBe(0);
  });

  it("a hidden library item leaves the catalogue and its page for others; the author still sees it with the reason", async () => {
    const s = await setup();
    const slug = `handreiking-${s.author.user.id}`;
    const item = await db().libraryItem.create({
      data: {
        slug,
        kind: "HANDREIKING",
        status: "PUBLISHED",
        publishedAt: new Date(),
        title: `Handreiking anoniem solliciteren ${s.author.user.id}`,
        summary: "Zo werkt het.",
        body: {},
        authorId: s.author.user.id,
      },
    });
    const listed = async (person: Person) =>
      (
        (await callLoader(libraryLoader, getRequest(`/bibliotheek?q=${encodeURIComponent(item.title)}`, person.cookie))).body as {
          items: { id: string }[];
        }
      ).items.map((i) => i.id);
    expect(await listed(s.bystander)).toEqual([item.id]);
    await report(s.reporter, "LIBRARY_ITEM", item.id, "MISINFORMATION");
    expect((await moderate(s.moderator, (await latestReport(item.id)).id, "HIDE", "Verouderde informatie")).status).toBe(302);
    expect(await listed(s.bystander)).toEqual([]);
    expect((await callLoader(libraryItemLoader, getRequest(`/bibliotheek/${slug}`, s.bystander.cookie), { slug })).status).toBe(404);
    const own = await callLoader(libraryItemLoader, getRequest(`/bibliotheek/${slug}`, s.author.cookie), { slug });
    expect(own.body).toMatchObject({ item: { hiddenReason: "Verouderde informatie" } });
  });

  it("a hidden profile shows only the name and leaves the search index", async () => {
    const s = await setup();
    await db().user.update({
      where: { id: s.author.user.id },
      data: { displayName: "Zwaantje Zoekbaar", bio: "Ik verkoop cursussen, bel 0612345678" },
    });
    await reconcile();
    const search = async () =>
      (
        (await callLoader(searchLoader, getRequest("/zoeken?q=Zwaantje", s.bystander.cookie))).body as {
          results: { hits: { url: string }[] };
        }
      ).results.hits.map((h) => h.url);
    expect(await search()).toContain(`/leden/${s.author.user.id}`);
    await report(s.reporter, "PROFILE", s.author.user.id, "SPAM");
    const reportRow = await latestReport(s.author.user.id);
    expect((await moderate(s.moderator, reportRow.id, "HIDE", "Reclame in profiel")).status).toBe(302);
    await reconcile();
    expect(await search()).not.toContain(`/leden/${s.author.user.id}`);
    const profile = (
      await callLoader(profileLoader, getRequest(`/leden/${s.author.user.id}`, s.bystander.cookie), { id: s.author.user.id })
    ).body as { profile: { bio: string | null; displayName: string } };
    expect(profile.profile).toMatchObject({ displayName: "Zwaantje Zoekbaar", bio: null });
  });

  it("delete removes the message's body; warn notifies the author and counts; dismiss closes without change", async () => {
    const s = await setup();
    await report(s.reporter, "MESSAGE", s.message.id);
    const first = await latestReport(s.message.id);
    expect((await moderate(s.facilitator, first.id, "DELETE", "Buiten het platform afspreken")).status).toBe(302);
    expect(await db().message.findUniqueOrThrow({ where: { id: s.message.id } })).toMatchObject({
      bodyText: "",
      deletedById: s.facilitator.user.id,
    });

    const firstMessage = await db().message.findFirstOrThrow({ where: { topicId: s.topic.id, seq: 1 } });
    await report(s.reporter, "MESSAGE", firstMessage.id, "OTHER");
    const second = await db().report.findFirstOrThrow({ where: { targetId: firstMessage.id } });
    expect((await moderate(s.moderator, second.id, "WARN", "Let op je toon")).status).toBe(302);
    expect(await db().notification.count({ where: { userId: s.author.user.id, kind: "moderationWarning" } })).toBe(1);
    expect(await db().moderationAction.count({ where: { subjectId: s.author.user.id, kind: "WARN" } })).toBe(1);

    await report(s.bystander, "MESSAGE", firstMessage.id, "SPAM");
    const third = await db().report.findFirstOrThrow({ where: { targetId: firstMessage.id, status: "OPEN" } });
    expect((await moderate(s.moderator, third.id, "DISMISS", "Geen spam")).status).toBe(302);
    expect(await db().report.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({
      status: "HANDLED",
      outcome: "DISMISS",
      handledById: s.moderator.user.id,
    });
    expect(
      (await db().notification.findMany({ where: { userId: s.bystander.user.id, kind: "reportHandled" } })).map((n) => n.data),
    ).toEqual([{ outcome: "dismissed" }]);
    expect(await db().message.findUniqueOrThrow({ where: { id: firstMessage.id } })).toMatchObject({ hiddenAt: null, deletedAt: null });
    expect(
      (
        await db().auditLog.findMany({
          where: { action: { startsWith: "moderation." }, communityId: s.community.id },
          orderBy: { createdAt: "asc" },
        })
      ).map((r) => r.action),
    ).toEqual(["moderation.delete", "moderation.warn", "moderation.dismiss"]);
  });

  it("remove from community ends the author's membership", async () => {
    const s = await setup();
    await report(s.reporter, "MESSAGE", s.message.id);
    const reportRow = await latestReport(s.message.id);
    expect((await moderate(s.facilitator, reportRow.id, "REMOVE_FROM_COMMUNITY", "Herhaald buiten het platform werven")).status).toBe(302);
    expect(await db().membership.count({ where: { userId: s.author.user.id, communityId: s.community.id } })).toBe(0);
    expect(await auditActions(s.message.id)).toContain("moderation.remove_from_community");
  });

  it("suspend: sessions end, login is refused with the date, posting is impossible; it ends by itself", async () => {
    const s = await setup();
    await report(s.reporter, "MESSAGE", s.message.id);
    const reportRow = await latestReport(s.message.id);
    const before = Date.now();
    expect((await moderate(s.moderator, reportRow.id, "SUSPEND", "Herhaald intimiderend", { days: "7" })).status).toBe(302);
    const user = await db().user.findUniqueOrThrow({ where: { id: s.author.user.id } });
    expect(user.suspendedUntil!.getTime()).toBeGreaterThanOrEqual(before + 7 * 24 * 3600 * 1000 - 1000);
    expect(await db().session.count({ where: { userId: s.author.user.id } })).toBe(0);
    expect(await getSessionUser(await sessionIdFromCookieHeader(s.author.cookie))).toBeNull();

    const login = await callAction(loginAction, formRequest("/inloggen", { email: s.author.user.email, password: TEST_PASSWORD }));
    expect(login.status).toBe(403);
    const errors = (login.body as { result: { error: Record<string, string[]> } }).result.error[""]!;
    expect(errors[0]).toMatch(/^moderation\.errors\.suspended\|/);
    expect(login.headers.getSetCookie().some((cookie) => cookie.startsWith("pp_session="))).toBe(false);

    // Even a session made some other way is not honoured, so nothing can be posted.
    const sneaky = await sessionCookieFor(s.author.user.id);
    const post = await callAction(
      topicAction,
      formRequest(s.topicPath, { intent: "post", body: "Toch nog iets", returnTo: "" }, sneaky),
      s.topicParams,
    );
    expect(post.status).toBe(302);
    expect(post.headers.get("Location")).toMatch(/^\/inloggen/);
    expect(await db().message.count({ where: { topicId: s.topic.id } })).toBe(2);

    // Once the period is over the member logs in again.
    await db().user.update({ where: { id: s.author.user.id }, data: { suspendedUntil: new Date(Date.now() - 1000) } });
    expect((await callAction(loginAction, formRequest("/inloggen", { email: s.author.user.email, password: TEST_PASSWORD }))).status).toBe(
      302,
    );
  });
});

describe("the audit log", () => {
  it("is append-only in the database: UPDATE, DELETE and TRUNCATE are refused", async () => {
    const s = await setup();
    await report(s.reporter, "MESSAGE", s.message.id);
    const line = await db().auditLog.findFirstOrThrow({ where: { targetId: s.message.id } });
    await expect(db().$executeRaw`UPDATE "AuditLog" SET "reason" = 'gewijzigd' WHERE "id" = ${line.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${line.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db().auditLog.update({ where: { id: line.id }, data: { action: "x" } })).rejects.toThrow();
    expect(await db().auditLog.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({
      action: "report.created",
      reason: "PRIVACY",
    });
  });

  it("moderators and admins read and filter it by actor, action, community and date; nobody else", async () => {
    const s = await setup();
    await report(s.reporter, "MESSAGE", s.message.id);
    const reportRow = await latestReport(s.message.id);
    await moderate(s.facilitator, reportRow.id, "HIDE", "Telefoonnummer gedeeld");
    type Log = {
      entries: { action: string; actorName: string | null; reason: string | null; communityName: string | null; title: string | null }[];
      actions: string[];
    };
    const read = async (query: string, person = s.admin) => callLoader(auditLoader, getRequest(`/beheer/auditlog${query}`, person.cookie));

    const here = `?community=${s.community.id}`;
    const all = (await read(here)).body as Log;
    expect(all.entries.map((e) => e.action)).toEqual(["moderation.hide", "report.created"]);
    expect(all.actions).toEqual(expect.arrayContaining(["moderation.hide", "report.created"]));
    // Titles are looked up when the log is read (the log itself stores ids only, decision 066).
    expect(all.entries.map((e) => e.title)).toEqual(["Ervaringen met proefplaatsingen", "Ervaringen met proefplaatsingen"]);
    const stored = await db().auditLog.findMany({ where: { targetId: s.message.id }, select: { details: true } });
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.details).not.toHaveProperty("title");
      expect(row.details).not.toHaveProperty("text");
    }
    expect(((await read(`${here}&action=moderation.hide`)).body as Log).entries).toEqual([
      expect.objectContaining({
        actorName: s.facilitator.user.displayName,
        reason: "Telefoonnummer gedeeld",
        communityName: s.community.name,
      }),
    ]);
    expect(((await read(`?actor=${encodeURIComponent(s.reporter.user.email)}`)).body as Log).entries.map((e) => e.action)).toEqual([
      "report.created",
    ]);
    expect(((await read(`?community=${s.other.id}`)).body as Log).entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(((await read(`${here}&from=${today}&to=${today}`)).body as Log).entries).toHaveLength(2);
    expect(((await read("?from=2000-01-01&to=2000-01-02")).body as Log).entries).toHaveLength(0);
    // Malformed filters are ignored rather than an error.
    expect((await read("?from=gisteren&page=-3")).status).toBe(200);

    // Moderators read it too (the moderation page says everything they do is in it); facilitators and members do not.
    expect(((await read(here, s.moderator)).body as Log).entries.map((e) => e.action)).toEqual(["moderation.hide", "report.created"]);
    expect((await read("", s.facilitator)).status).toBe(403);
    expect((await read("", s.reporter)).status).toBe(403);
  });
});
