/**
 * Create forms with a one-time key (decision 229): the page's address gets a
 * key, the form sends it, and a second POST with it — three copies at once,
 * or Back and send again later — makes nothing new and goes to what the first
 * one made, with "Dit was al opgeslagen." Through the routes, real PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { action as newMeetingAction, loader as newMeetingLoader } from "../../app/routes/agenda.nieuw.tsx";
import { action as newLibraryItemAction } from "../../app/routes/bibliotheek.nieuw.tsx";
import { loader as itemLoader } from "../../app/routes/bibliotheek.$slug.tsx";
import { action as attachmentAction } from "../../app/routes/bibliotheek.$slug_.bijlagen.tsx";
import { action as channelsAction } from "../../app/routes/communities.$slug.discussies.kanalen.tsx";
import { action as newDocumentAction } from "../../app/routes/communities.$slug.documenten.nieuw.tsx";
import { action as questionsAction } from "../../app/routes/werkagenda.kennisvragen._index.tsx";
import { action as manageAgendaAction } from "../../app/routes/werkagenda.$theme_.beheer.tsx";
import { readFlash } from "../../app/.server/flash.ts";
import { translator } from "../../app/i18n/index.ts";
import { db } from "../../server/db.ts";
import { deleteExpiredFormKeys, FORM_KEY_TTL_MS, newFormKey } from "../../server/forms/form-keys.ts";
import { cleanExpiredSessions } from "../../workers/jobs/clean-expired-sessions.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { pdf } from "../helpers/files.ts";
import { uploadRequest } from "../helpers/library.ts";
import { callAction, cookieFrom, formRequest, type RouteResult } from "../helpers/remix.ts";

/** Where the answer sends the member, and the message shown there once. */
async function landing(answer: RouteResult) {
  const cookie = cookieFrom(answer.headers, "pp_flash");
  const { flash } = await readFlash(new Request("http://localhost/", { headers: cookie ? { Cookie: cookie } : {} }));
  return { status: answer.status, to: answer.headers.get("Location"), flash: flash?.key ?? null };
}

/** A library item draft (a frequently asked question) under `themeSlug`. */
const questionForm = (themeSlug: string, title: string, formKey?: string) => ({
  intent: "draft",
  kind: "VEELGESTELDE_VRAAG",
  themes: themeSlug,
  title,
  summary: "Wat een klantmanager met een werkgever afspreekt.",
  bodyText: "Spreek de duur, de begeleiding en het doel af.",
  ...(formKey ? { formKey } : {}),
});

const meetingForm = (title: string) => ({
  title,
  description: "We delen wat werkt bij inclusief werven.",
  location: "Utrecht",
  startsAt: "2027-03-10T10:00",
  endsAt: "2027-03-10T12:00",
  capacity: "30",
});

async function organiser() {
  const community = await createCommunity({ accessMode: "OPEN" });
  const user = await createUser({ displayName: "Fenna Facilitator" });
  await addMember(user.id, community.id, "FACILITATOR");
  return { community, user, cookie: await sessionCookieFor(user.id) };
}

describe("the page gives its create form a key", () => {
  it("in its address: a page without one is sent to itself with a fresh one, other parameters kept", async () => {
    const { community, cookie } = await organiser();
    const request = new Request(`http://localhost:3000/agenda/nieuw?community=${community.slug}`, { headers: { Cookie: cookie } });
    const answer = (await newMeetingLoader({ request, params: {}, context: { cspNonce: "" } }).catch(
      (thrown: unknown) => thrown,
    )) as Response;
    expect(answer.status).toBe(302);
    const to = new URL(answer.headers.get("Location")!, "http://localhost:3000");
    expect(to.pathname).toBe("/agenda/nieuw");
    expect(to.searchParams.get("community")).toBe(community.slug);
    expect(to.searchParams.get("formulier")).toMatch(/^[\w-]{22}$/);
  });
});

describe("a create form sent again with the same key", () => {
  it("a meeting sent three times at once is made once; all three go to it; Back and send again later too", async () => {
    const { community, user, cookie } = await organiser();
    const formKey = newFormKey();
    const form = { ...meetingForm("Inclusief werven in de zorg"), community: community.slug, formKey };
    const send = () => callAction(newMeetingAction, formRequest(`/agenda/nieuw?formulier=${formKey}`, form, cookie));
    const answers = await Promise.all([send(), send(), send()].map(async (answer) => landing(await answer)));
    const meetings = await db().meeting.findMany({ where: { createdById: user.id }, select: { id: true } });
    expect(meetings).toHaveLength(1);
    expect(answers.map((a) => [a.status, a.to])).toEqual(Array(3).fill([302, `/agenda/${meetings[0]!.id}`]));
    expect(answers.map((a) => a.flash).sort()).toEqual(["errors.alreadySaved", "errors.alreadySaved", "events.flash.created"]);

    // Later: the browser's Back, the form filled in again, sent again.
    expect(await landing(await send())).toEqual({ status: 302, to: `/agenda/${meetings[0]!.id}`, flash: "errors.alreadySaved" });
    expect(await db().meeting.count({ where: { createdById: user.id } })).toBe(1);
    // A new form (a new key) makes a new meeting, as meant.
    const other = newFormKey();
    await callAction(newMeetingAction, formRequest(`/agenda/nieuw?formulier=${other}`, { ...form, formKey: other }, cookie));
    expect(await db().meeting.count({ where: { createdById: user.id } })).toBe(2);
  });

  it("a library item, a document, a channel, a knowledge question and an agenda goal: one each", async () => {
    const { community, user, cookie } = await organiser();
    const theme = await createTheme();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const moderatorCookie = await sessionCookieFor(moderator.id);
    const thrice = async (send: (formKey: string) => Promise<RouteResult>) => {
      const formKey = newFormKey();
      const answers = await Promise.all([send(formKey), send(formKey), send(formKey)]);
      expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);
      expect(new Set(answers.map((answer) => answer.headers.get("Location"))).size).toBe(1);
    };

    await thrice((formKey) =>
      callAction(
        newLibraryItemAction,
        formRequest("/bibliotheek/nieuw", questionForm(theme.slug, "Hoe vraag je om een proefplaatsing?", formKey), cookie),
      ),
    );
    expect(await db().libraryItem.count({ where: { authorId: user.id } })).toBe(1);

    await thrice((formKey) =>
      callAction(
        newDocumentAction,
        formRequest(`/communities/${community.slug}/documenten/nieuw`, { title: "Werkafspraken", template: "blank", formKey }, cookie),
        { slug: community.slug },
      ),
    );
    expect(await db().document.count({ where: { communityId: community.id } })).toBe(1);

    const channelsBefore = await db().channel.count({ where: { communityId: community.id } });
    await thrice((formKey) =>
      callAction(
        channelsAction,
        formRequest(`/communities/${community.slug}/discussies/kanalen`, { intent: "create", name: "Vacatures", formKey }, cookie),
        { slug: community.slug },
      ),
    );
    expect(await db().channel.count({ where: { communityId: community.id } })).toBe(channelsBefore + 1);

    await thrice((formKey) =>
      callAction(
        questionsAction,
        formRequest(
          "/werkagenda/kennisvragen",
          {
            intent: "propose",
            theme: theme.slug,
            title: "Wat werkt bij jobcarving?",
            body: "Welke ervaring is er met het opsplitsen van taken?",
            formKey,
          },
          cookie,
        ),
      ),
    );
    expect(await db().knowledgeQuestion.count({ where: { authorId: user.id } })).toBe(1);

    // Three create forms on one page: each its own key (`<FormKey form="goal" />` adds the form's name).
    await thrice((formKey) =>
      callAction(
        manageAgendaAction,
        formRequest(
          `/werkagenda/${theme.slug}/beheer`,
          { intent: "goal", title: "Meer mensen aan het werk", description: "Samen met werkgevers.", formKey: `${formKey}.goal` },
          moderatorCookie,
        ),
        { theme: theme.slug },
      ),
    );
    expect(await db().agendaGoal.count({ where: { theme: { slug: theme.slug } } })).toBe(1);
  });

  it("an attachment sent three times at once is added once; Back and send again too; the item page gives its editor a key", async () => {
    const { cookie } = await organiser();
    const theme = await createTheme();
    const created = await callAction(
      newLibraryItemAction,
      formRequest("/bibliotheek/nieuw", questionForm(theme.slug, "Welke papieren heb je nodig voor een proefplaatsing?"), cookie),
    );
    const slug = created.headers.get("Location")!.replace("/bibliotheek/", "");
    const item = await db().libraryItem.findUniqueOrThrow({ where: { slug }, select: { id: true } });

    // The item page gives whoever may upload a key with its data, without a redirect (its address stays the one people share).
    const load = async () =>
      (await itemLoader({
        request: new Request(`http://localhost:3000/bibliotheek/${slug}`, { headers: { Cookie: cookie } }),
        params: { slug },
        context: { cspNonce: "" },
      })) as { uploadKey: string | null };
    const first = await load();
    expect(first.uploadKey).toMatch(/^[\w-]{22}$/);
    expect((await load()).uploadKey).not.toBe(first.uploadKey);

    const upload = (formKey: string) =>
      callAction(attachmentAction, uploadRequest(slug, cookie, { name: "checklist.pdf", bytes: pdf() }, { formKey }), { slug });
    const formKey = first.uploadKey!;
    const answers = await Promise.all([upload(formKey), upload(formKey), upload(formKey)].map(async (answer) => landing(await answer)));
    expect(answers.map((a) => [a.status, a.to])).toEqual(Array(3).fill([302, `/bibliotheek/${slug}`]));
    expect(answers.map((a) => a.flash).sort()).toEqual(["errors.alreadySaved", "errors.alreadySaved", "library.flash.uploaded"]);
    expect(await db().libraryAttachment.count({ where: { itemId: item.id } })).toBe(1);
    expect(await landing(await upload(formKey))).toEqual({ status: 302, to: `/bibliotheek/${slug}`, flash: "errors.alreadySaved" });
    expect(await db().libraryAttachment.count({ where: { itemId: item.id } })).toBe(1);
    // Another file from a fresh page (a new key) is a second attachment, as meant.
    await upload(newFormKey());
    expect(await db().libraryAttachment.count({ where: { itemId: item.id } })).toBe(2);
  });

  it("a form that came back with errors frees its key: the corrected form is saved", async () => {
    const { community, user, cookie } = await organiser();
    const formKey = newFormKey();
    const path = `/agenda/nieuw?formulier=${formKey}`;
    // Refused by the command, not by the schema (a community where they only take part): the key was claimed and is let go.
    const elsewhere = await createCommunity({ accessMode: "OPEN" });
    await addMember(user.id, elsewhere.id);
    const wrong = await callAction(
      newMeetingAction,
      formRequest(path, { ...meetingForm("Terugblik"), community: elsewhere.slug, formKey }, cookie),
    );
    expect(wrong.status).toBe(403);
    expect(await db().formSubmission.count({ where: { userId: user.id } })).toBe(0);
    const right = await callAction(
      newMeetingAction,
      formRequest(path, { ...meetingForm("Terugblik"), community: community.slug, formKey }, cookie),
    );
    expect(await landing(right)).toMatchObject({ status: 302, flash: "events.flash.created" });
    expect(await db().meeting.count({ where: { createdById: user.id } })).toBe(1);
  });

  it("a key is the member's own: another member with the same key makes their own", async () => {
    const first = await organiser();
    const second = await createUser();
    await addMember(second.id, first.community.id, "FACILITATOR");
    const formKey = newFormKey();
    for (const cookie of [first.cookie, await sessionCookieFor(second.id)]) {
      const answer = await callAction(
        newMeetingAction,
        formRequest(`/agenda/nieuw?formulier=${formKey}`, { ...meetingForm("Samen"), community: first.community.slug, formKey }, cookie),
      );
      expect((await landing(answer)).flash).toBe("events.flash.created");
    }
  });

  it("keys expire after a day, in the daily maintenance sweep", async () => {
    const user = await createUser();
    await db().formSubmission.createMany({
      data: [
        { userId: user.id, key: newFormKey(), url: "/agenda/oud", createdAt: new Date(Date.now() - FORM_KEY_TTL_MS - 60_000) },
        { userId: user.id, key: newFormKey(), url: "/agenda/nieuw", createdAt: new Date() },
      ],
    });
    const swept = (await cleanExpiredSessions({}, undefined as never, undefined as never)) as { formKeysDeleted: number };
    expect(swept.formKeysDeleted).toBeGreaterThanOrEqual(1);
    expect(await db().formSubmission.findMany({ where: { userId: user.id }, select: { url: true } })).toEqual([{ url: "/agenda/nieuw" }]);
    expect(await deleteExpiredFormKeys()).toBe(0);
  });

  it("says so in Dutch and English", () => {
    expect(translator("nl")("errors.alreadySaved")).toBe("Dit was al opgeslagen.");
    expect(translator("en")("errors.alreadySaved")).toBe("This had already been saved.");
  });
});
