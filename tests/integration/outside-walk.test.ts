/**
 * Defects found by walking the running product from outside, as testers do
 * (December 2026). Each test failed before its fix.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loader as directoryLoader } from "../../app/routes/leden._index.tsx";
import { loader as newMeetingLoader } from "../../app/routes/agenda.nieuw.tsx";
import { action as newLibraryItemAction } from "../../app/routes/bibliotheek.nieuw.tsx";
import { action as communityAction, loader as communityLoader } from "../../app/routes/communities.$slug.tsx";
import { action as channelsAction } from "../../app/routes/communities.$slug.discussies.kanalen.tsx";
import { loader as mentionsLoader } from "../../app/routes/communities_.$slug.vermeldingen.tsx";
import { loader as meetingIcsLoader } from "../../app/routes/agenda.$id_.kalender[.]ics.ts";
import { action as documentAction } from "../../app/routes/communities.$slug.documenten.$id._index.tsx";
import { translator } from "../../app/i18n/index.ts";
import { tKey } from "../../app/utils/i18n.ts";
import { action as reportAction } from "../../app/routes/melden.tsx";
import { action as deleteAccountAction } from "../../app/routes/profiel_.verwijderen.tsx";
import { action as moderationAction } from "../../app/routes/moderatie.tsx";
import { action as manageAction } from "../../app/routes/communities.$slug.beheer.tsx";
import { action as libraryItemAction } from "../../app/routes/bibliotheek.$slug.tsx";
import { action as thesaurusAction } from "../../app/routes/beheer.zoekwoorden.tsx";
import { action as queuesAction } from "../../app/routes/beheer.wachtrijen.tsx";
import { action as topicAction } from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { action as logoutAction } from "../../app/routes/uitloggen.tsx";
import { readFlash } from "../../app/.server/flash.ts";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor, TEST_PASSWORD } from "../helpers/factories.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { callAction, callLoader, cookieFrom, formRequest, getRequest, type RouteResult } from "../helpers/remix.ts";

afterAll(async () => {
  await closeQueues();
});

/** A question drafted in the library through its form; answers the new item's slug. */
async function draftLibraryItem(cookie: string, theme: string, fields: { title: string; summary: string; bodyText: string }) {
  const created = await callAction(
    newLibraryItemAction,
    formRequest("/bibliotheek/nieuw", { intent: "draft", kind: "VEELGESTELDE_VRAAG", themes: theme, ...fields }, cookie),
  );
  return created.headers
    .get("Location")!
    .replace(/^\/bibliotheek\//, "")
    .replace(/[/?#].*$/, "");
}

/** Where the answer sends the member, and the message shown there once. */
async function landing(answer: RouteResult) {
  const cookie = cookieFrom(answer.headers, "pp_flash");
  const { flash } = await readFlash(new Request("http://localhost/", { headers: cookie ? { Cookie: cookie } : {} }));
  return { status: answer.status, to: answer.headers.get("Location"), flash: flash && { kind: flash.kind, key: flash.key } };
}

describe("a community address that does not exist", () => {
  it("is a 404 for moderators and admins too, not a 500", async () => {
    for (const globalRole of ["MODERATOR", "ADMIN", "MEMBER"] as const) {
      const user = await createUser({ displayName: `Walk ${globalRole}`, globalRole });
      const cookie = await sessionCookieFor(user.id);
      const page = await callLoader(communityLoader, getRequest("/communities/bestaat-niet", cookie), { slug: "bestaat-niet" });
      expect(page.status, globalRole).toBe(404);
      const meeting = await callLoader(newMeetingLoader, getRequest("/agenda/nieuw?community=bestaat-niet", cookie));
      expect(meeting.status, globalRole).toBe(404);
      // The member list ignores a filter on a community it cannot show.
      const directory = await callLoader(directoryLoader, getRequest("/leden?community=bestaat-niet", cookie));
      expect(directory.status, globalRole).toBe(200);
    }
  });
});

describe("joining an open community twice", () => {
  it("at the same moment (a double click) makes one membership and no 500", async () => {
    const community = await createCommunity({ name: "Stagediscriminatie Oost", accessMode: "OPEN" });
    const member = await createUser({ displayName: "Daan Dubbelklik" });
    const cookie = await sessionCookieFor(member.id);
    const join = () =>
      callAction(communityAction, formRequest(`/communities/${community.slug}`, { intent: "join" }, cookie), { slug: community.slug });
    const answers = await Promise.all([join(), join(), join()]);
    // A click that arrives after the first one committed finds a member: back to the community, not a refusal.
    for (const answer of answers) expect(answer.status).toBe(302);
    expect(await db().membership.count({ where: { userId: member.id, communityId: community.id } })).toBe(1);
  });

  it("leaving sent three times at once (a double click) leaves once, no 500; again later goes back too", async () => {
    const community = await createCommunity({ name: "Werkgeverspunt Oost", accessMode: "OPEN" });
    const member = await createUser({ displayName: "Lars Loslaten" });
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    const leave = () =>
      callAction(communityAction, formRequest(`/communities/${community.slug}`, { intent: "leave" }, cookie), { slug: community.slug });
    const answers = await Promise.all([leave(), leave(), leave()]);
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);
    expect(await db().membership.count({ where: { userId: member.id, communityId: community.id } })).toBe(0);
    // The back button and the form sent again: back to the community, not a refusal.
    expect((await leave()).status).toBe(302);
  });

  it("leaving a community the member cannot see stays a 404", async () => {
    const community = await createCommunity({ name: "Klankbord Verborgen", accessMode: "INVITE_ONLY" });
    const outsider = await createUser({ displayName: "Olga Onbekend" });
    const cookie = await sessionCookieFor(outsider.id);
    const answer = await callAction(communityAction, formRequest(`/communities/${community.slug}`, { intent: "leave" }, cookie), {
      slug: community.slug,
    });
    expect(answer.status).toBe(404);
  });

  it("still refuses a community that takes members on request only", async () => {
    const community = await createCommunity({ name: "Doe-netwerk West", accessMode: "ON_REQUEST" });
    const member = await createUser({ displayName: "Wim Wachtrij" });
    const cookie = await sessionCookieFor(member.id);
    const answer = await callAction(communityAction, formRequest(`/communities/${community.slug}`, { intent: "join" }, cookie), {
      slug: community.slug,
    });
    expect(answer.status).toBe(403);
    expect(await db().membership.count({ where: { userId: member.id, communityId: community.id } })).toBe(0);
  });
});

describe("a request to join with a message that is too long", () => {
  it("says the maximum (nl and en) and keeps the text; line breaks count once, as the browser counts them", async () => {
    const community = await createCommunity({ name: "Doe-netwerk Zuid", accessMode: "ON_REQUEST" });
    const member = await createUser({ displayName: "Lotte Langtekst" });
    const cookie = await sessionCookieFor(member.id);
    const ask = (message: string) =>
      callAction(communityAction, formRequest(`/communities/${community.slug}`, { intent: "request", message }, cookie), {
        slug: community.slug,
      });
    const long = "Ik werk als klantmanager en wil graag meedoen. ".repeat(11).slice(0, 501);
    const refused = await ask(long);
    expect(refused.status).toBe(400);
    const body = refused.body as { messageError: string; message: string };
    expect(body.message).toBe(long);
    expect(tKey(translator("nl") as never, body.messageError)).toBe("Dit is te lang: gebruik hoogstens 500 tekens.");
    expect(tKey(translator("en") as never, body.messageError)).toBe("This is too long: use at most 500 characters.");
    expect(await db().joinRequest.count({ where: { userId: member.id } })).toBe(0);

    // 500 characters in the textarea, four of them line breaks: the browser sends each as \r\n.
    const lines = ["Goedemiddag,", "ik ben jobcoach in Tilburg.", "Mag ik meedoen?", "Groet, Lotte"].join("\n");
    const atLimit = (lines + "\n" + "x".repeat(500)).slice(0, 500);
    expect((await ask(atLimit.replace(/\n/g, "\r\n"))).status).toBe(302);
    const stored = await db().joinRequest.findFirst({ where: { userId: member.id }, select: { message: true } });
    expect(stored?.message).toBe(atLimit);
  });
});

describe("a facilitator's decision sent twice at once (a double click without JavaScript)", () => {
  it("approving a request and removing a member answer both copies with the community's management page", async () => {
    const community = await createCommunity({ name: "Doe-netwerk Oost", accessMode: "ON_REQUEST" });
    const facilitator = await createUser({ displayName: "Fatima Facilitator" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(facilitator.id);
    const applicant = await createUser({ displayName: "Anton Aanvrager" });
    const request = await db().joinRequest.create({ data: { userId: applicant.id, communityId: community.id }, select: { id: true } });
    const path = `/communities/${community.slug}/beheer`;
    const send = (form: Record<string, string>) => callAction(manageAction, formRequest(path, form, cookie), { slug: community.slug });

    const approvals = await Promise.all([0, 1, 2].map(() => send({ intent: "approve", requestId: request.id })));
    expect(approvals.map((answer) => answer.status)).toEqual([302, 302, 302]);
    expect(await db().membership.count({ where: { userId: applicant.id, communityId: community.id } })).toBe(1);
    // The other decision afterwards is still a conflict.
    expect((await send({ intent: "refuse", requestId: request.id })).status).toBe(409);

    const removals = await Promise.all([0, 1, 2].map(() => send({ intent: "remove", userId: applicant.id })));
    expect(removals.map((answer) => answer.status)).toEqual([302, 302, 302]);
    expect(await db().membership.count({ where: { userId: applicant.id, communityId: community.id } })).toBe(0);
  });
});

describe("sharing something in the library", () => {
  it("sent twice at once (a double click without JavaScript) stores two items with their own addresses, no 500", async () => {
    const theme = await createTheme();
    const member = await createUser({ displayName: "Sanne Tweeklik" });
    const cookie = await sessionCookieFor(member.id);
    const title = `Mag een leerbedrijf om een foto vragen ${Date.now()}?`;
    const form = {
      intent: "draft",
      kind: "VEELGESTELDE_VRAAG",
      title,
      summary: "Wat je als school zegt als een leerbedrijf om een foto bij de sollicitatie vraagt.",
      themes: theme.slug,
      bodyText: "Nee, een foto is niet nodig om te beoordelen of iemand de stage kan doen.",
    };
    const answers = await Promise.all(
      [0, 1, 2].map(() => callAction(newLibraryItemAction, formRequest("/bibliotheek/nieuw", form, cookie))),
    );
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);
    const locations = new Set(answers.map((answer) => answer.headers.get("Location")));
    expect(locations.size).toBe(3);
    expect(await db().libraryItem.count({ where: { title } })).toBe(3);
  });
});

describe("a new channel", () => {
  it("sent twice at once gets two addresses, not a unique-key 500", async () => {
    const community = await createCommunity({ name: "Klantmanagers West" });
    const facilitator = await createUser({ displayName: "Femke Facilitator" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(facilitator.id);
    const form = { intent: "create", name: "Werkgeversbenadering", description: "Ervaringen met werkgevers in de regio." };
    const path = `/communities/${community.slug}/discussies/kanalen`;
    const answers = await Promise.all(
      [0, 1, 2].map(() => callAction(channelsAction, formRequest(path, form, cookie), { slug: community.slug })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);
    const channels = await db().channel.findMany({
      where: { communityId: community.id, name: form.name },
      select: { slug: true, position: true },
    });
    expect(new Set(channels.map((channel) => channel.slug)).size).toBe(3);
    expect(new Set(channels.map((channel) => channel.position)).size).toBe(3);
  });
});

describe("saving a version of a live document", () => {
  it("sent three times at once (a double click) makes one version; a new name makes another", async () => {
    const community = await createCommunity({ name: "Werkgevers Noord" });
    const member = await createUser({ displayName: "Vera Versie" });
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    const document = await createDocumentIn(community.id, member.id, "Handreiking proefplaatsing", editorState(p("Eerste tekst.")));
    const path = `/communities/${community.slug}/documenten/${document.id}`;
    const save = (name: string) =>
      callAction(documentAction, formRequest(path, { intent: "version", name }, cookie), { slug: community.slug, id: document.id });
    const versions = () =>
      db().documentVersion.findMany({ where: { documentId: document.id }, orderBy: { number: "asc" }, select: { name: true } });

    const answers = await Promise.all([save(""), save(""), save("")]);
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);
    expect(await versions()).toEqual([{ name: "Versie 1" }]);

    await Promise.all([save("Na de bijeenkomst"), save("Na de bijeenkomst")]);
    expect(await versions()).toEqual([{ name: "Versie 1" }, { name: "Na de bijeenkomst" }]);
    // Back after submitting and sent again: still the version that was made.
    expect((await save("Na de bijeenkomst")).status).toBe(302);
    expect(await versions()).toHaveLength(2);
  });
});

describe("reporting a message", () => {
  it("sent three times at once (a double click without JavaScript) is one report in the moderators' queue, and hiding it twice is one action", async () => {
    const community = await createCommunity({ name: "Jobcoaches Midden", accessMode: "OPEN" });
    const author = await createUser({ displayName: "Arend Auteur" });
    const reporter = await createUser({ displayName: "Ria Rapport" });
    await addMember(author.id, community.id);
    await addMember(reporter.id, community.id);
    const topic = await createTopic(await createChannel(community.id), author.id, { messages: ["Koop nu goedkope horloges!"] });
    const message = await db().message.findFirstOrThrow({ where: { topicId: topic.id }, select: { id: true } });
    const cookie = await sessionCookieFor(reporter.id);
    const form = { targetKind: "MESSAGE", targetId: message.id, reason: "SPAM", text: "Reclame." };
    const answers = await Promise.all([0, 1, 2].map(() => callAction(reportAction, formRequest("/melden", form, cookie))));
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);
    expect(await db().report.count({ where: { targetId: message.id, reporterId: reporter.id } })).toBe(1);

    // The moderator hides it with a double click: one action, one audit line, and no "al afgehandeld" for the second copy.
    const moderator = await createUser({ displayName: "Mirjam Moderator", globalRole: "MODERATOR" });
    const moderatorCookie = await sessionCookieFor(moderator.id);
    const report = await db().report.findFirstOrThrow({ where: { targetId: message.id }, select: { id: true } });
    const hide = () =>
      callAction(
        moderationAction,
        formRequest("/moderatie", { reportId: report.id, action: "HIDE", reason: "Reclame hoort hier niet." }, moderatorCookie),
      );
    expect((await Promise.all([hide(), hide(), hide()])).map((answer) => answer.status)).toEqual([302, 302, 302]);
    expect(await db().moderationAction.count({ where: { reportId: report.id } })).toBe(1);
    // Another action on the handled report is still refused.
    const dismiss = await callAction(
      moderationAction,
      formRequest("/moderatie", { reportId: report.id, action: "DISMISS", reason: "Toch niet." }, moderatorCookie),
    );
    expect(dismiss.status).toBe(409);
  });
});

describe("removing something sent twice at once (a double click without JavaScript)", () => {
  it("removes it once and answers the second copy as done, not with a 500", async () => {
    // A channel.
    const community = await createCommunity({ name: "Re-integratie Noord" });
    const facilitator = await createUser({ displayName: "Freek Facilitator" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const facilitatorCookie = await sessionCookieFor(facilitator.id);
    const channel = await createChannel(community.id, { name: "Tijdelijk" });
    const channelsPath = `/communities/${community.slug}/discussies/kanalen`;
    const removeChannel = () =>
      callAction(channelsAction, formRequest(channelsPath, { intent: "delete", channelId: channel.id }, facilitatorCookie), {
        slug: community.slug,
      });
    expect((await Promise.all([removeChannel(), removeChannel(), removeChannel()])).map((answer) => answer.status)).toEqual([
      302, 302, 302,
    ]);
    expect(await db().channel.count({ where: { id: channel.id } })).toBe(0);

    // A library item (its author's concept).
    const theme = await createTheme();
    const author = await createUser({ displayName: "Bea Bibliotheek" });
    const authorCookie = await sessionCookieFor(author.id);
    const slug = await draftLibraryItem(authorCookie, theme.slug, {
      title: `Wat doe je bij een afwijzing zonder reden ${Date.now()}?`,
      summary: "Hoe je als stagecoördinator navraagt waarom een student is afgewezen.",
      bodyText: "Vraag het leerbedrijf om de reden en leg die vast.",
    });
    const removeItem = () =>
      callAction(libraryItemAction, formRequest(`/bibliotheek/${slug}`, { intent: "delete" }, authorCookie), { slug });
    expect((await Promise.all([removeItem(), removeItem(), removeItem()])).map((answer) => answer.status)).toEqual([302, 302, 302]);
    expect(await db().libraryItem.count({ where: { slug } })).toBe(0);

    // A thesaurus entry.
    const moderator = await createUser({ displayName: "Mo Moderator", globalRole: "MODERATOR" });
    const moderatorCookie = await sessionCookieFor(moderator.id);
    const word = `proefplaatsing${Date.now()}`;
    expect(
      (
        await callAction(
          thesaurusAction,
          formRequest("/beheer/zoekwoorden", { intent: "add", mode: "equivalent", terms: `${word}, werkstage` }, moderatorCookie),
        )
      ).status,
    ).toBe(302);
    const entry = await db().thesaurusEntry.findFirstOrThrow({ where: { terms: { has: word } }, select: { id: true } });
    const removeEntry = () =>
      callAction(thesaurusAction, formRequest("/beheer/zoekwoorden", { intent: "remove", id: entry.id }, moderatorCookie));
    expect((await Promise.all([removeEntry(), removeEntry(), removeEntry()])).map((answer) => answer.status)).toEqual([302, 302, 302]);
    expect(await db().thesaurusEntry.count({ where: { id: entry.id } })).toBe(0);
  });
});

describe("removing something again after the first removal went through (a second tab; back and sent again)", () => {
  const alreadyRemoved = (to: string) => ({ status: 302, to, flash: { kind: "info", key: "errors.alreadyRemoved" } });

  it("goes where the first removal went and says it was already deleted, instead of 'Pagina niet gevonden'", async () => {
    const community = await createCommunity({ name: "Werkfit Zuid" });
    const facilitator = await createUser({ displayName: "Fenna Facilitator" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(facilitator.id);
    const { slug } = community;

    // A document.
    const document = await createDocumentIn(community.id, facilitator.id, "Verslag werkbezoek", editorState(p("Wat we zagen.")));
    const documents = `/communities/${slug}/documenten`;
    const deleteDocument = async () =>
      landing(
        await callAction(documentAction, formRequest(`${documents}/${document.id}?index`, { intent: "delete", confirm: "yes" }, cookie), {
          slug,
          id: document.id,
        }),
      );
    expect(await deleteDocument()).toEqual({ status: 302, to: documents, flash: { kind: "success", key: "documents.flash.deleted" } });
    expect(await deleteDocument()).toEqual(alreadyRemoved(documents));

    // A topic.
    const channel = await createChannel(community.id, { name: "Vragen" });
    const topic = await createTopic(channel, facilitator.id, { title: "Dubbel gestelde vraag" });
    const channelPath = `/communities/${slug}/discussies/${channel.slug}`;
    const deleteTopic = async () =>
      landing(
        await callAction(topicAction, formRequest(`${channelPath}/${topic.id}`, { intent: "deleteTopic" }, cookie), {
          slug,
          channel: channel.slug,
          topic: topic.id,
        }),
      );
    expect((await deleteTopic()).flash?.key).toBe("discussions.flash.topicDeleted");
    expect(await deleteTopic()).toEqual(alreadyRemoved(channelPath));

    // A channel (empty now that its topic is deleted).
    const channels = `/communities/${slug}/discussies/kanalen`;
    const deleteChannel = async () =>
      landing(await callAction(channelsAction, formRequest(channels, { intent: "delete", channelId: channel.id }, cookie), { slug }));
    expect((await deleteChannel()).flash?.key).toBe("discussions.flash.channelRemoved");
    expect(await deleteChannel()).toEqual(alreadyRemoved(channels));

    // A library item, and an attachment that is no longer on it.
    const theme = await createTheme();
    const itemSlug = await draftLibraryItem(cookie, theme.slug, {
      title: `Hoe vraag je om een proefplaatsing ${Date.now()}?`,
      summary: "Wat een klantmanager met een werkgever afspreekt voor een proefplaatsing.",
      bodyText: "Spreek de duur, de begeleiding en het doel af.",
    });
    const itemPath = `/bibliotheek/${itemSlug}`;
    const onItem = async (fields: Record<string, string>) =>
      landing(await callAction(libraryItemAction, formRequest(itemPath, fields, cookie), { slug: itemSlug }));
    expect(await onItem({ intent: "removeAttachment", attachmentId: "al-verwijderd" })).toEqual(alreadyRemoved(itemPath));
    expect((await onItem({ intent: "delete" })).flash?.key).toBe("library.flash.deleted");
    expect(await onItem({ intent: "delete" })).toEqual(alreadyRemoved("/bibliotheek"));

    // A thesaurus entry, and a failed job that is no longer in the queue.
    const admin = await createUser({ displayName: "Ada Admin", globalRole: "ADMIN" });
    const adminCookie = await sessionCookieFor(admin.id);
    const word = `werkervaringsplek${Date.now()}`;
    await callAction(
      thesaurusAction,
      formRequest("/beheer/zoekwoorden", { intent: "add", mode: "equivalent", terms: `${word}, proefplek` }, adminCookie),
    );
    const entry = await db().thesaurusEntry.findFirstOrThrow({ where: { terms: { has: word } }, select: { id: true } });
    const removeEntry = async () =>
      landing(await callAction(thesaurusAction, formRequest("/beheer/zoekwoorden", { intent: "remove", id: entry.id }, adminCookie)));
    expect((await removeEntry()).flash?.key).toBe("search.thesaurus.removed");
    expect(await removeEntry()).toEqual(alreadyRemoved("/beheer/zoekwoorden"));
    const removeJob = await callAction(
      queuesAction,
      formRequest("/beheer/wachtrijen", { intent: "remove", queue: "mail", jobId: "al-verwijderd" }, adminCookie),
    );
    expect(await landing(removeJob)).toEqual(alreadyRemoved("/beheer/wachtrijen"));
  });

  it("stays a refusal for who may not remove it", async () => {
    const community = await createCommunity({ name: "Werkfit West" });
    const author = await createUser({ displayName: "Anna Auteur" });
    const member = await createUser({ displayName: "Mees Meelezer" });
    await addMember(author.id, community.id);
    await addMember(member.id, community.id);
    const document = await createDocumentIn(community.id, author.id, "Handreiking intake", editorState(p("Eerste versie.")));
    const answer = await callAction(
      documentAction,
      formRequest(
        `/communities/${community.slug}/documenten/${document.id}?index`,
        { intent: "delete", confirm: "yes" },
        await sessionCookieFor(member.id),
      ),
      { slug: community.slug, id: document.id },
    );
    expect(answer.status).toBe(403);
    expect(await db().document.count({ where: { id: document.id } })).toBe(1);
  });
});

describe("a form sent after the session ended (expired, logged out in another tab)", () => {
  it("goes to the login page saying that what was sent was not saved; a visitor's form just asks to log in", async () => {
    const community = await createCommunity({ name: "Werkfit Oost" });
    const member = await createUser({ displayName: "Sem Sessie" });
    await addMember(member.id, community.id);
    const channel = await createChannel(community.id, { name: "Vragen" });
    const topic = await createTopic(channel, member.id, { title: "Een vraag" });
    const cookie = await sessionCookieFor(member.id);
    await db().session.deleteMany({ where: { userId: member.id } });
    const path = `/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`;
    const post = (withCookie?: string) =>
      callAction(topicAction, formRequest(path, { intent: "post", bodyText: "Mijn antwoord" }, withCookie), {
        slug: community.slug,
        channel: channel.slug,
        topic: topic.id,
      });
    const login = `/inloggen?redirectTo=${encodeURIComponent(path)}`;
    const ended = await landing(await post(cookie));
    expect(ended).toEqual({ status: 302, to: login, flash: { kind: "info", key: "auth.login.sessionEnded" } });
    expect(await landing(await post())).toEqual({ status: 302, to: login, flash: null });
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(1);

    // Logged out in another tab of the same browser: the session cookie is gone, the mark of the logout is not.
    const again = await sessionCookieFor(member.id);
    const logout = await callAction(logoutAction, formRequest("/uitloggen", {}, again), {});
    const signedOut = cookieFrom(logout.headers, "pp_signed_out");
    expect(signedOut).toBeTruthy();
    expect(await landing(await post(signedOut!))).toEqual({
      status: 302,
      to: login,
      flash: { kind: "info", key: "auth.login.sessionEnded" },
    });
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(1);
  });
});

describe("deleting your account, confirmed twice at once (a double click without JavaScript)", () => {
  it("deletes it once and answers both copies with the goodbye page, not a 500", async () => {
    const member = await createUser({ displayName: "Wessel Weggaan" });
    const cookie = await sessionCookieFor(member.id);
    const confirm = () =>
      callAction(deleteAccountAction, formRequest("/profiel/verwijderen", { contributions: "remove", password: TEST_PASSWORD }, cookie));
    const answers = await Promise.all([confirm(), confirm(), confirm()]);
    expect(answers.map((answer) => [answer.status, answer.headers.get("Location")])).toEqual([
      [302, "/"],
      [302, "/"],
      [302, "/"],
    ]);
    expect(await db().user.count({ where: { id: member.id } })).toBe(0);
  });
});

describe("a refusal from an endpoint without a page (JSON, downloads, feeds)", () => {
  it("is a real answer with the refusal's status and its message, not Remix's 500 body", async () => {
    const community = await createCommunity({ name: "Klankbord op uitnodiging", accessMode: "INVITE_ONLY" });
    const outsider = await createUser({ displayName: "Otto Buitenstaander" });
    const cookie = await sessionCookieFor(outsider.id);
    let thrown: unknown;
    try {
      await mentionsLoader({
        request: getRequest(`/communities/${community.slug}/vermeldingen?q=a`, cookie),
        params: { slug: community.slug },
        context: { cspNonce: "" },
      });
    } catch (error) {
      thrown = error;
    }
    // Remix serves a thrown Response from a resource route as it is; anything else becomes "Unexpected Server Error".
    expect(thrown).toBeInstanceOf(Response);
    const answer = thrown as Response;
    expect([403, 404]).toContain(answer.status);
    const body = (await answer.json()) as { message: string; code: string };
    expect(body.code).toMatch(/^errors\./);
    expect(body.message).not.toMatch(/^errors\./);
    expect(body.message.length).toBeGreaterThan(5);

    let feed: unknown;
    try {
      await meetingIcsLoader({
        request: getRequest("/agenda/bestaat-niet/kalender.ics", cookie),
        params: { id: "bestaat-niet" },
        context: {},
      });
    } catch (error) {
      feed = error;
    }
    expect(feed).toBeInstanceOf(Response);
    expect((feed as Response).status).toBe(404);
    expect((feed as Response).headers.get("Content-Type")).toContain("text/plain");
    expect(await (feed as Response).text()).toContain("Deze bijeenkomst bestaat niet");

    // A member who chose English gets the refusal in English, as their pages are (no language cookie in this browser).
    const english = await createUser({ displayName: "Emma English" });
    await db().user.update({ where: { id: english.id }, data: { locale: "en" } });
    let refused: unknown;
    try {
      await meetingIcsLoader({
        request: getRequest("/agenda/bestaat-niet/kalender.ics", await sessionCookieFor(english.id)),
        params: { id: "bestaat-niet" },
        context: {},
      });
    } catch (error) {
      refused = error;
    }
    expect((refused as Response).status).toBe(404);
    expect(await (refused as Response).text()).toBe(`${tKey(translator("en") as never, "events.errors.notFound")}\n`);
  });
});
