/**
 * Hostile input (issue 8, part 6): fast-check throws random, oversized and
 * malformed payloads at the main form actions and socket events. Whatever
 * comes in, the answer is a 2xx/3xx or a 4xx (or an error acknowledgement),
 * never a 500 or a crash, and a refused request stores nothing (row counts of
 * every table such a request could write are compared before and after).
 * Runs are bounded (RUNS per property) to keep the suite lean; a failure
 * prints fast-check's seed and shrunk counterexample for reproduction.
 */
import { validateHeaderValue } from "node:http";
import fc from "fast-check";
import type { ActionFunction, LoaderFunction } from "@remix-run/node";
import { io as connectSocket } from "socket.io-client";
import { beforeAll, describe, expect, it } from "vitest";
import { action as registerAction } from "../../app/routes/registreren.tsx";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { action as profileAction } from "../../app/routes/profiel.tsx";
import { action as communityAction } from "../../app/routes/communities.$slug.tsx";
import { action as newTopicAction } from "../../app/routes/communities.$slug.discussies.$channel._index.tsx";
import { action as topicAction } from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { action as librarySubmitAction } from "../../app/routes/bibliotheek.nieuw.tsx";
import { action as newDocumentAction } from "../../app/routes/communities.$slug.documenten.nieuw.tsx";
import { loader as searchLoader } from "../../app/routes/zoeken._index.tsx";
import { loader as suggestLoader } from "../../app/routes/zoeken.suggesties.ts";
import { action as deleteAccountAction } from "../../app/routes/profiel_.verwijderen.tsx";
import { action as newMeetingAction } from "../../app/routes/agenda.nieuw.tsx";
import { action as editMeetingAction } from "../../app/routes/agenda.$id_.bewerken.tsx";
import { action as meetingAction } from "../../app/routes/agenda.$id.tsx";
import { action as measurementAction } from "../../app/routes/werkagenda.$theme_.meting.tsx";
import { action as manageAgendaAction } from "../../app/routes/werkagenda.$theme_.beheer.tsx";
import { action as questionsAction } from "../../app/routes/werkagenda.kennisvragen._index.tsx";
import { action as questionAction } from "../../app/routes/werkagenda.kennisvragen.$id.tsx";
import { action as roundAction } from "../../app/routes/werkagenda.herijking.$id.tsx";
import { action as newRoundAction } from "../../app/routes/werkagenda.herijking._index.tsx";
import { action as reportAction } from "../../app/routes/melden.tsx";
import { action as moderationAction } from "../../app/routes/moderatie.tsx";
import { closePublisher } from "../../server/collab/relay.ts";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { templateState } from "../../server/documents/templates.ts";
import { takeSnapshot } from "../../server/agenda/snapshot.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor, TEST_PASSWORD } from "../helpers/factories.ts";
import { connect, request } from "../helpers/realtime.ts";
import { useRealtimeServer } from "../helpers/realtime-server.ts";

const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);
const BASE = "http://localhost:3000";

// ---------------------------------------------------------------- arbitraries

const nasty = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "\u202e",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "%00",
  "\ud800",
  "😀".repeat(300),
  "a".repeat(10_000),
  "x".repeat(300_000),
  "-1",
  "1e309",
  "NaN",
  "9".repeat(40),
  "2026-02-30",
  "on",
  "off",
  '{"root":{"children":[{"type":"script"}]}}',
  '{"root":null}',
  "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
);
const value = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 100 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/**
 * A form: each known field omitted, valid or hostile, sometimes twice, plus
 * random extra fields. Valid values let the input reach the deeper code.
 */
function formArbitrary(fields: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<[string, string][]> {
  const perField = Object.entries(fields).map(([name, valid]) =>
    fc.oneof(
      fc.constant([] as [string, string][]),
      valid.map((v) => [[name, v]] as [string, string][]),
      value.map((v) => [[name, v]] as [string, string][]),
      fc.tuple(value, value).map(
        ([a, b]) =>
          [
            [name, a],
            [name, b],
          ] as [string, string][],
      ),
    ),
  );
  const extra = fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 30 }), nasty), value), { maxLength: 4 });
  return fc.tuple(fc.tuple(...perField), extra).map(([known, more]) => [...known.flat(), ...more]);
}

/** The body a hostile client might send: a form, raw JSON, broken multipart, or binary junk. */
const rawBody = fc.oneof(
  fc.json().map((json) => ({ body: json, type: "application/json" })),
  fc.string({ maxLength: 500 }).map((text) => ({
    body: `--x\r\nContent-Disposition: form-data; name="title"\r\n\r\n${text}`,
    type: "multipart/form-data; boundary=x",
  })),
  fc.uint8Array({ maxLength: 500 }).map((bytes) => ({ body: bytes, type: "application/x-www-form-urlencoded" })),
  fc.string({ maxLength: 500 }).map((text) => ({ body: text, type: "text/plain" })),
);

// ---------------------------------------------------------------- helpers

/** Every table a refused request must leave alone (the name a count goes by, and its table). */
const COUNTED = {
  users: "User",
  sessions: "Session",
  memberships: "Membership",
  joinRequests: "JoinRequest",
  channels: "Channel",
  topics: "Topic",
  messages: "Message",
  reactions: "Reaction",
  items: "LibraryItem",
  revisions: "LibraryRevision",
  documents: "Document",
  versions: "DocumentVersion",
  events: "Event",
  rsvps: "Rsvp",
  measurements: "AgendaMeasurement",
  questions: "KnowledgeQuestion",
  votes: "KnowledgeVote",
  questionComments: "KnowledgeComment",
  answers: "KnowledgeAnswer",
  reviewComments: "ReviewComment",
  decisions: "ReviewDecision",
  reports: "Report",
  moderationActions: "ModerationAction",
  auditLines: "AuditLog",
} as const;

/**
 * All counts in one statement: each hostile request is counted before and (when refused) after,
 * about a thousand times per run, and 24 round trips each took most of this file's time.
 */
const COUNT_ALL = `SELECT ${Object.entries(COUNTED)
  .map(([name, table]) => `(SELECT count(*)::int FROM "${table}") AS "${name}"`)
  .join(", ")}`;

async function counts(): Promise<Record<keyof typeof COUNTED, number>> {
  const [row] = await db().$queryRawUnsafe<Record<keyof typeof COUNTED, number>[]>(COUNT_ALL);
  return row!;
}

/** A refused edit must not change the event either (same title, times, capacity, sequence). */
async function meetingState(id: string) {
  return db().meeting.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      description: true,
      location: true,
      onlineUrl: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      sequence: true,
      cancelledAt: true,
    },
  });
}

type Outcome = { status: number; thrown?: unknown };

async function invoke(fn: ActionFunction | LoaderFunction, requestObject: Request, params: Record<string, string>): Promise<Outcome> {
  try {
    const value = await fn({ request: requestObject, params, context: { cspNonce: "" } });
    return { status: statusOf(value) };
  } catch (thrown) {
    // Remix turns a thrown Response (or data()) into that response; anything else is a 500.
    const isResponse =
      thrown instanceof Response ||
      (thrown !== null && typeof thrown === "object" && (thrown as { type?: unknown }).type === "DataWithResponseInit");
    return isResponse ? { status: statusOf(thrown) } : { status: 500, thrown };
  }
}

function statusOf(value: unknown): number {
  if (value instanceof Response) {
    void value.body?.cancel().catch(() => undefined);
    return value.status;
  }
  if (value && typeof value === "object" && "type" in value && (value as { type: unknown }).type === "DataWithResponseInit") {
    return (value as { init?: ResponseInit | null }).init?.status ?? 200;
  }
  return 200;
}

function post(path: string, entries: [string, string][] | { body: BodyInit; type: string }, cookie?: string): Request {
  const headers: Record<string, string> = { Origin: BASE, ...(cookie ? { Cookie: cookie } : {}) };
  if (Array.isArray(entries)) {
    return new Request(`${BASE}${path}`, {
      method: "POST",
      body: new URLSearchParams(entries),
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
    });
  }
  return new Request(`${BASE}${path}`, { method: "POST", body: entries.body, headers: { ...headers, "Content-Type": entries.type } });
}

/** Calls the action; asserts no 500 and, when refused, no row written anywhere. */
async function expectSafe(label: string, fn: ActionFunction, make: () => Request, params: Record<string, string>) {
  const before = await counts();
  const outcome = await invoke(fn, make(), params);
  if (outcome.thrown) throw new Error(`${label}: threw ${outcome.thrown instanceof Error ? outcome.thrown.stack : String(outcome.thrown)}`);
  expect(outcome.status, label).toBeLessThan(500);
  if (outcome.status >= 400) expect(await counts(), `${label}: a refused request wrote rows`).toEqual(before);
}

// ---------------------------------------------------------------- world

let member: { id: string; email: string };
let memberCookie: string;
let community: { id: string; slug: string };
let channel: { id: string; slug: string; communityId: string };
let topic: { id: string };
let theme: { slug: string };
let documentId: string;
let moderatorCookie: string;
let eventId: string;
let indicatorId: string;
let goalId: string;
let agendaActionId: string;
let questionId: string;
let roundId: string;
let reportId: string;
let reporterCookie: string;

beforeAll(async () => {
  const owner = await createCommunity({ accessMode: "ON_REQUEST" });
  community = owner;
  theme = await db().theme.findUniqueOrThrow({ where: { id: owner.themeId }, select: { slug: true } });
  const user = await createUser({ displayName: "Sam Tester" });
  member = user;
  await addMember(user.id, owner.id, "FACILITATOR");
  memberCookie = await sessionCookieFor(user.id);
  channel = await createChannel(owner.id, { slug: "algemeen", name: "Algemeen" });
  topic = await createTopic(channel, user.id, { title: "Onderwerp voor de fuzzer" });
  documentId = (await createDocumentIn(owner.id, user.id, "Document voor de fuzzer", templateState("blank"))).id;
  // Events and the work agenda: a community meeting the member organises (facilitator), a moderator
  // (platform-wide meetings, measurements), an indicator, an open review round and a knowledge question.
  const moderator = await createUser({ globalRole: "MODERATOR" });
  moderatorCookie = await sessionCookieFor(moderator.id);
  eventId = (await createMeeting({ communityId: owner.id, capacity: 2, createdById: user.id })).id;
  const goal = await db().agendaGoal.create({
    data: { themeId: owner.themeId, title: "Een doel voor de fuzzer", description: "Een doel om te testen." },
  });
  indicatorId = (
    await db().agendaIndicator.create({
      data: { goalId: goal.id, name: "Aantal", unit: "personen", targetValue: 10, targetDate: new Date("2027-12-31") },
    })
  ).id;
  goalId = goal.id;
  agendaActionId = (
    await db().agendaAction.create({
      data: { goalId: goal.id, title: "Een actie voor de fuzzer", description: "Een actie om te testen.", owners: ["UWV"] },
    })
  ).id;
  questionId = (
    await db().knowledgeQuestion.create({
      data: { themeId: owner.themeId, title: "Een kennisvraag voor de fuzzer", body: "Wat weten we al?", authorId: user.id },
    })
  ).id;
  roundId = (
    await db().$transaction(async (tx) =>
      tx.reviewRound.create({
        data: {
          title: "Herijking voor de fuzzer",
          period: "2026-H2",
          opensAt: new Date(Date.now() - 86_400_000),
          closesAt: new Date(Date.now() + 30 * 86_400_000),
          snapshot: await takeSnapshot(tx, new Date()),
        },
      }),
    )
  ).id;
  // Moderation: another member reports the fuzzer topic; the member (facilitator here) and the moderator handle it.
  const reporter = await createUser();
  await addMember(reporter.id, owner.id);
  reporterCookie = await sessionCookieFor(reporter.id);
  reportId = (
    await db().report.create({
      data: { targetKind: "TOPIC", targetId: topic.id, communityId: owner.id, subjectId: user.id, reporterId: reporter.id, reason: "SPAM" },
    })
  ).id;
});

const wallClock = fc
  .date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 16));
const meetingFields = () => ({
  title: fc.string({ minLength: 3, maxLength: 150 }),
  description: fc.string({ maxLength: 300 }),
  location: fc.string({ maxLength: 220 }),
  onlineUrl: fc.oneof(fc.webUrl(), fc.constantFrom("javascript:alert(1)", "https://", "http://x y")),
  startsAt: fc.oneof(wallClock, fc.constantFrom("2027-03-29T02:30", "2027-10-31T02:30", "2027-13-01T10:00", "2027-02-30T10:00")),
  endsAt: wallClock,
  capacity: fc.oneof(fc.integer({ min: -5, max: 20_000 }).map(String), fc.constantFrom("1.5", "1e3", "0x10", "")),
});

const prop = <T>(arb: fc.Arbitrary<T>, run: (value: T) => Promise<void>) => fc.assert(fc.asyncProperty(arb, run), { numRuns: RUNS });

describe("hostile form input never causes a 500 or half a record", () => {
  it(
    "registration",
    () =>
      prop(
        formArbitrary({
          email: fc.emailAddress(),
          password: fc.constant("een lange zin als wachtwoord"),
          displayName: fc.constant("Kim Test"),
          acceptTerms: fc.constant("on"),
        }),
        (form) => expectSafe("register", registerAction, () => post("/registreren", form), {}),
      ),
    120_000,
  );

  it(
    "login",
    () =>
      prop(
        formArbitrary({
          email: fc.constant(member.email),
          password: fc.constant(TEST_PASSWORD),
          redirectTo: fc.constantFrom("/", "//evil.example", "/\\evil", "/\t/evil.example/phish", "/\n", "/%0A"),
        }),
        (form) => expectSafe("login", loginAction, () => post("/inloggen", form), {}),
      ),
    120_000,
  );

  it("login with a newline or tab in redirectTo lands here, never a 500 (issue 15, F14 and F6)", async () => {
    for (const redirectTo of ["/\n", "/x\r\ny", "/\t/evil.example/phish", "/\u0085"]) {
      const label = `login redirectTo ${JSON.stringify(redirectTo)}`;
      await expectSafe(
        label,
        loginAction,
        () =>
          post("/inloggen", [
            ["email", member.email],
            ["password", TEST_PASSWORD],
            ["redirectTo", redirectTo],
          ]),
        {},
      );
      // Node refuses to write a header with a control character: that was the 500, after the session row was made.
      const response = (await loginAction({
        request: post("/inloggen", [
          ["email", member.email],
          ["password", TEST_PASSWORD],
          ["redirectTo", redirectTo],
        ]),
        params: {},
        context: { cspNonce: "" },
      })) as Response;
      expect(response.status, label).toBe(302);
      expect(() => validateHeaderValue("Location", response.headers.get("Location") ?? ""), label).not.toThrow();
      expect(response.headers.get("Location"), label).toBe("/");
    }
  });

  it(
    "profile",
    () =>
      prop(
        formArbitrary({
          displayName: fc.constant("Sam Tester"),
          organisation: fc.constant("Gemeente"),
          fieldRole: fc.constantFrom("KLANTMANAGER", "OTHER"),
          region: fc.constant("groot-amsterdam"),
          bio: fc.string(),
          showBio: fc.constant("on"),
        }),
        (form) => expectSafe("profile", profileAction, () => post("/profiel", form, memberCookie), {}),
      ),
    60_000,
  );

  it("community join and request", async () => {
    const outsider = await createUser();
    const cookie = await sessionCookieFor(outsider.id);
    await prop(
      formArbitrary({ intent: fc.constantFrom("join", "request", "withdraw", "leave"), message: fc.string({ maxLength: 600 }) }),
      (form) =>
        expectSafe("community", communityAction, () => post(`/communities/${community.slug}`, form, cookie), { slug: community.slug }),
    );
  }, 60_000);

  it(
    "new topic",
    () =>
      prop(
        formArbitrary({ title: fc.string({ minLength: 3, maxLength: 150 }), bodyText: fc.string(), bodyJson: value, clientKey: fc.uuid() }),
        (form) =>
          expectSafe("topic", newTopicAction, () => post(`/communities/${community.slug}/discussies/${channel.slug}`, form, memberCookie), {
            slug: community.slug,
            channel: channel.slug,
          }),
      ),
    60_000,
  );

  it(
    "message post, edit, react and moderation intents",
    () =>
      prop(
        formArbitrary({
          intent: fc.constantFrom("post", "edit", "delete", "react", "solve", "unsolve", "pin", "unpin", "lock", "unlock", "rename"),
          bodyText: fc.string(),
          bodyJson: value,
          messageId: fc.string({ maxLength: 50 }),
          emoji: fc.constantFrom("heart", "👍"),
          clientKey: fc.uuid(),
          replyToId: value,
          title: fc.string(),
        }),
        (form) => {
          const params = { slug: community.slug, channel: channel.slug, topic: topic.id };
          return expectSafe(
            "message",
            topicAction,
            () => post(`/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`, form, memberCookie),
            params,
          );
        },
      ),
    60_000,
  );

  it(
    "library submission",
    () =>
      prop(
        formArbitrary({
          intent: fc.constantFrom("draft", "submit"),
          kind: fc.constantFrom("INTERVENTIE", "PRAKTIJKCASE", "ONDERZOEK"),
          title: fc.constant("Een goede aanpak"),
          summary: fc.constant("Een samenvatting die lang genoeg is voor het formulier."),
          themes: fc.constant(theme.slug),
          body: value,
          tags: fc.string(),
          publicationYear: fc.integer().map(String),
          externalUrl: fc.webUrl(),
          reviewDate: fc.string(),
        }),
        (form) => expectSafe("library", librarySubmitAction, () => post("/bibliotheek/nieuw", form, memberCookie), {}),
      ),
    60_000,
  );

  it(
    "document creation",
    () =>
      prop(
        formArbitrary({ title: fc.string({ minLength: 2, maxLength: 200 }), template: fc.constantFrom("blank", "handreiking", "verslag") }),
        (form) =>
          expectSafe("document", newDocumentAction, () => post(`/communities/${community.slug}/documenten/nieuw`, form, memberCookie), {
            slug: community.slug,
          }),
      ),
    60_000,
  );

  it(
    "account deletion (a wrong or hostile password deletes nothing)",
    () =>
      prop(formArbitrary({ contributions: fc.constantFrom("keep", "remove"), password: value }), async (form) => {
        await expectSafe(
          "delete account",
          deleteAccountAction,
          () =>
            post(
              "/profiel/verwijderen",
              form.filter(([k, v]) => !(k === "password" && v === TEST_PASSWORD)),
              memberCookie,
            ),
          {},
        );
        expect(await db().user.count({ where: { id: member.id } })).toBe(1);
      }),
    60_000,
  );

  it(
    "event creation (platform-wide and in a community)",
    () =>
      prop(formArbitrary({ ...meetingFields(), community: fc.constantFrom(community.slug, "bestaat-niet", "../x") }), (form) =>
        expectSafe("new event", newMeetingAction, () => post("/agenda/nieuw", form, moderatorCookie), {}),
      ),
    60_000,
  );

  it(
    "event edit (a refused edit changes nothing)",
    () =>
      prop(formArbitrary(meetingFields()), async (form) => {
        const before = await meetingState(eventId);
        const outcome = await invoke(editMeetingAction, post(`/agenda/${eventId}/bewerken`, form, memberCookie), { id: eventId });
        if (outcome.thrown) throw outcome.thrown;
        expect(outcome.status, "edit event").toBeLessThan(500);
        if (outcome.status >= 400) expect(await meetingState(eventId)).toEqual(before);
      }),
    60_000,
  );

  it(
    "RSVP, cancel and notes intents on a meeting",
    () =>
      prop(
        formArbitrary({ intent: fc.constantFrom("rsvp", "notes"), answer: fc.constantFrom("YES", "MAYBE", "NO", "yes", "JA") }),
        (form) => expectSafe("rsvp", meetingAction, () => post(`/agenda/${eventId}`, form, memberCookie), { id: eventId }),
      ),
    60_000,
  );

  it(
    "work agenda measurement",
    () =>
      prop(
        formArbitrary({
          indicatorId: fc.constantFrom(indicatorId, "onbekend"),
          value: fc.oneof(fc.double().map(String), fc.constantFrom("12,5", "-3", "1e5", "9".repeat(13))),
          measuredOn: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
            fc.constantFrom("2026-02-30", "31-12-2026", "2999-01-01"),
          ),
          source: fc.string({ maxLength: 320 }),
        }),
        (form) =>
          expectSafe("measurement", measurementAction, () => post(`/werkagenda/${theme.slug}/meting`, form, moderatorCookie), {
            theme: theme.slug,
          }),
      ),
    60_000,
  );

  it(
    "work agenda edits of goals, actions and indicators (a refused edit changes nothing; the round's snapshot never)",
    () =>
      prop(
        formArbitrary({
          intent: fc.constantFrom("editGoal", "editAction", "editIndicator"),
          goalId: fc.constantFrom(goalId, "onbekend", ""),
          actionId: fc.constantFrom(agendaActionId, "onbekend"),
          indicatorId: fc.constantFrom(indicatorId, "onbekend"),
          title: fc.string({ maxLength: 220 }),
          description: fc.string({ maxLength: 300 }),
          owners: fc.string({ maxLength: 200 }),
          name: fc.string({ maxLength: 220 }),
          unit: fc.string({ maxLength: 50 }),
          baseline: fc.oneof(fc.double().map(String), fc.constantFrom("", "12,5", "1e5")),
          targetValue: fc.oneof(fc.double().map(String), fc.constantFrom("12,5", "-3", "9".repeat(13))),
          targetDate: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
            fc.constantFrom("2026-02-30", "31-12-2026"),
          ),
          direction: fc.constantFrom("HOGER", "LAGER", "x"),
        }),
        async (form) => {
          const state = async () => ({
            goal: await db().agendaGoal.findUniqueOrThrow({ where: { id: goalId } }),
            action: await db().agendaAction.findUniqueOrThrow({ where: { id: agendaActionId } }),
            indicator: await db().agendaIndicator.findUniqueOrThrow({ where: { id: indicatorId } }),
            snapshot: (await db().reviewRound.findUniqueOrThrow({ where: { id: roundId } })).snapshot,
          });
          const before = await state();
          const outcome = await invoke(manageAgendaAction, post(`/werkagenda/${theme.slug}/beheer`, form, moderatorCookie), {
            theme: theme.slug,
          });
          if (outcome.thrown) throw outcome.thrown;
          expect(outcome.status, "agenda edit").toBeLessThan(500);
          const after = await state();
          expect(after.snapshot).toEqual(before.snapshot);
          if (outcome.status >= 400) expect(after).toEqual(before);
        },
      ),
    60_000,
  );

  it(
    "knowledge questions: propose, vote and unvote",
    () =>
      prop(
        formArbitrary({
          intent: fc.constantFrom("propose", "vote", "unvote"),
          theme: fc.constantFrom(theme.slug, "onbekend"),
          title: fc.string({ minLength: 10, maxLength: 210 }),
          body: fc.string({ minLength: 10, maxLength: 300 }),
          questionId: fc.constantFrom(questionId, "onbekend", ""),
          redirectTo: fc.constantFrom("/werkagenda/kennisvragen", "//evil.example", "/\\evil"),
        }),
        (form) => expectSafe("knowledge questions", questionsAction, () => post("/werkagenda/kennisvragen", form, memberCookie), {}),
      ),
    60_000,
  );

  it(
    "knowledge question comment and curation intents",
    () =>
      prop(
        formArbitrary({
          intent: fc.constantFrom("comment", "link", "answered", "reopen"),
          body: fc.string({ maxLength: 300 }),
          item: fc.string({ maxLength: 60 }),
        }),
        (form) =>
          expectSafe("knowledge question", questionAction, () => post(`/werkagenda/kennisvragen/${questionId}`, form, memberCookie), {
            id: questionId,
          }),
      ),
    60_000,
  );

  it(
    "review round comment and decision intents",
    () =>
      prop(
        formArbitrary({
          intent: fc.constantFrom("comment", "decision", "close"),
          body: fc.string({ maxLength: 300 }),
          goalRef: fc.string({ maxLength: 60 }),
          kind: fc.constantFrom("OTHER", "GOAL_CHANGED", "x"),
          text: fc.string(),
          links: fc.string(),
        }),
        (form) =>
          expectSafe("review round", roundAction, () => post(`/werkagenda/herijking/${roundId}`, form, memberCookie), { id: roundId }),
      ),
    60_000,
  );

  it(
    "opening a review round (an impossible date was a 500 in the date-order check)",
    () =>
      prop(
        formArbitrary({
          title: fc.string({ minLength: 5, maxLength: 210 }),
          period: fc.string({ minLength: 4, maxLength: 45 }),
          opensAt: fc.constantFrom("2027-01-01", "2027-02-30", "2027-13-01", ""),
          closesAt: fc.constantFrom("2027-06-30", "2026-01-01", "2027-02-30"),
        }),
        (form) => expectSafe("new round", newRoundAction, () => post("/werkagenda/herijking", form, moderatorCookie), {}),
      ),
    60_000,
  );

  it(
    "reporting content",
    () =>
      prop(
        formArbitrary({
          targetKind: fc.constantFrom("MESSAGE", "TOPIC", "DOCUMENT", "LIBRARY_ITEM", "PROFILE", "USER"),
          targetId: fc.constantFrom(topic.id, member.id, documentId, "onbekend"),
          reason: fc.constantFrom("SPAM", "OTHER", "spam"),
          text: fc.string({ maxLength: 1200 }),
          returnTo: fc.constantFrom("/", "//evil.example", "/\\evil"),
        }),
        (form) => expectSafe("report", reportAction, () => post("/melden", form, reporterCookie), {}),
      ),
    60_000,
  );

  it(
    "moderation actions (a refused one changes nothing)",
    () =>
      prop(
        formArbitrary({
          reportId: fc.constantFrom(reportId, "onbekend"),
          action: fc.constantFrom("DISMISS", "HIDE", "UNHIDE", "DELETE", "WARN", "SUSPEND", "REMOVE_FROM_COMMUNITY", "BAN"),
          reason: fc.string({ maxLength: 600 }),
          days: fc.oneof(fc.integer({ min: -3, max: 400 }).map(String), fc.constantFrom("1.5", "1e3", "")),
        }),
        // The moderator: a successful action may close the report; later runs then meet a 409.
        (form) =>
          expectSafe(
            "moderation",
            moderationAction,
            () =>
              post(
                "/moderatie",
                form.filter(([k, v]) => !(k === "action" && ["SUSPEND", "REMOVE_FROM_COMMUNITY", "DELETE"].includes(v))),
                moderatorCookie,
              ),
            {},
          ),
      ),
    60_000,
  );

  it(
    "malformed bodies (JSON, broken multipart, binary) on every form action",
    () =>
      prop(rawBody, async (raw) => {
        const targets: [string, ActionFunction, string, Record<string, string>, string | undefined][] = [
          ["register", registerAction, "/registreren", {}, undefined],
          ["login", loginAction, "/inloggen", {}, undefined],
          ["profile", profileAction, "/profiel", {}, memberCookie],
          [
            "topic",
            newTopicAction,
            `/communities/${community.slug}/discussies/${channel.slug}`,
            { slug: community.slug, channel: channel.slug },
            memberCookie,
          ],
          ["library", librarySubmitAction, "/bibliotheek/nieuw", {}, memberCookie],
          ["document", newDocumentAction, `/communities/${community.slug}/documenten/nieuw`, { slug: community.slug }, memberCookie],
          ["community", communityAction, `/communities/${community.slug}`, { slug: community.slug }, memberCookie],
          [
            "message",
            topicAction,
            `/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`,
            { slug: community.slug, channel: channel.slug, topic: topic.id },
            memberCookie,
          ],
          ["delete account", deleteAccountAction, "/profiel/verwijderen", {}, memberCookie],
          ["new event", newMeetingAction, "/agenda/nieuw", {}, moderatorCookie],
          ["edit event", editMeetingAction, `/agenda/${eventId}/bewerken`, { id: eventId }, memberCookie],
          ["rsvp", meetingAction, `/agenda/${eventId}`, { id: eventId }, memberCookie],
          ["measurement", measurementAction, `/werkagenda/${theme.slug}/meting`, { theme: theme.slug }, moderatorCookie],
          ["knowledge questions", questionsAction, "/werkagenda/kennisvragen", {}, memberCookie],
          ["knowledge question", questionAction, `/werkagenda/kennisvragen/${questionId}`, { id: questionId }, memberCookie],
          ["review round", roundAction, `/werkagenda/herijking/${roundId}`, { id: roundId }, memberCookie],
          ["new round", newRoundAction, "/werkagenda/herijking", {}, moderatorCookie],
          ["agenda management", manageAgendaAction, `/werkagenda/${theme.slug}/beheer`, { theme: theme.slug }, moderatorCookie],
          ["report", reportAction, "/melden", {}, reporterCookie],
          ["moderation", moderationAction, "/moderatie", {}, moderatorCookie],
        ];
        for (const [label, fn, path, params, cookie] of targets) {
          await expectSafe(`${label} (${raw.type})`, fn, () => post(path, raw, cookie), params);
        }
      }),
    120_000,
  );
});

describe("hostile search input", () => {
  it(
    "search and suggestions answer every query string",
    () =>
      prop(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              "q",
              "soort",
              "thema",
              "community",
              "niveau",
              "sorteer",
              "pagina",
              "van",
              "tot",
              fc.string({ maxLength: 10 }) as never,
            ),
            value,
          ),
          { maxLength: 6 },
        ),
        async (entries) => {
          const query = new URLSearchParams(entries as [string, string][]).toString();
          for (const [fn, path] of [
            [searchLoader, "/zoeken"],
            [suggestLoader, "/zoeken/suggesties"],
          ] as const) {
            for (const cookie of [undefined, memberCookie]) {
              const outcome = await invoke(fn, new Request(`${BASE}${path}?${query}`, { headers: cookie ? { Cookie: cookie } : {} }), {});
              if (outcome.thrown) throw outcome.thrown;
              expect(outcome.status, `${path}?${query}`).toBeLessThan(500);
            }
          }
        },
      ),
    120_000,
  );
});

describe("hostile socket payloads", () => {
  const server = useRealtimeServer({ after: closePublisher });
  const sockets = server.sockets;
  const EVENTS = [
    "community:join",
    "community:leave",
    "topic:join",
    "topic:leave",
    "topic:sync",
    "topic:read",
    "message:send",
    "message:edit",
    "message:delete",
    "reaction:toggle",
    "typing",
  ];
  /** Random payloads, and near-valid ones with one field made hostile. */
  const payload = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.record(
      {
        topicId: fc.oneof(fc.constant("TOPIC"), value),
        messageId: value,
        communityId: value,
        clientKey: value,
        text: value,
        body: fc.oneof(value, fc.object({ maxDepth: 3 })),
        afterSeq: fc.oneof(fc.integer(), fc.double(), value),
        seq: fc.oneof(fc.integer(), value),
        limit: fc.integer(),
        emoji: value,
        typing: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    ),
  );

  it("discussion events answer with an acknowledgement, never a 500, and refused ones store nothing", async () => {
    const client = await connect(server.url, memberCookie);
    sockets.push(client);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EVENTS), payload, async (event, raw) => {
        const data =
          raw && typeof raw === "object" && (raw as { topicId?: unknown }).topicId === "TOPIC"
            ? { ...(raw as object), topicId: topic.id }
            : raw;
        const before = await counts();
        const reply = await request(client, event, data);
        expect(client.connected).toBe(true);
        if (!reply.ok) {
          expect(reply.error!.status, `${event} ${JSON.stringify(data)?.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
          expect(reply.error!.status, `${event} ${JSON.stringify(data)?.slice(0, 200)}`).toBeLessThan(500);
          expect(await counts()).toEqual(before);
        }
      }),
      // The per-socket limit (40 events a second) answers 429, which is a fine answer too.
      { numRuns: RUNS * 4 },
    );
  }, 120_000);

  it("issue 15 F14: a huge afterSeq, U+0000 and lone surrogates in messages get a 4xx acknowledgement, never a 500", async () => {
    const client = await connect(server.url, memberCookie);
    sockets.push(client);
    const paragraph = (text: string) => ({ root: { type: "root", children: [{ type: "paragraph", children: [{ type: "text", text }] }] } });
    const cases: [string, unknown][] = [
      ["topic:join", { topicId: topic.id, afterSeq: 1e12 }],
      ["topic:sync", { topicId: topic.id, afterSeq: 1e12 }],
      ["topic:read", { topicId: topic.id, seq: 1e12 }],
      ["message:send", { topicId: topic.id, clientKey: "hostile-nul-1", text: "a\u0000b" }],
      ["message:send", { topicId: topic.id, clientKey: "hostile-surrogate-1", text: "a\ud800b" }],
      ["message:send", { topicId: topic.id, clientKey: "hostile-surrogate-2", text: "\udc00" }],
      ["message:send", { topicId: topic.id, clientKey: "hostile-nul-2", body: paragraph("a\u0000b") }],
      ["message:send", { topicId: topic.id, clientKey: "hostile-surrogate-3", body: JSON.stringify(paragraph("x\ud83d")) }],
      ["message:send", { topicId: topic.id, clientKey: "hostile-surrogate-4", body: paragraph("x"), text: "\ud800" }],
    ];
    for (const [event, data] of cases) {
      const before = await counts();
      const reply = await request(client, event, data);
      const label = `${event} ${JSON.stringify(data)}`;
      if (reply.ok) continue;
      expect(reply.error!.status, label).toBeGreaterThanOrEqual(400);
      expect(reply.error!.status, label).toBeLessThan(500);
      expect(await counts(), label).toEqual(before);
    }
    // A message the server cannot store says why, in words the member can act on.
    const refused = await request(client, "message:send", { topicId: topic.id, clientKey: "hostile-nul-3", text: "a\u0000b" });
    expect(refused.error?.message).toBe("richtext.invalidCharacters");
    // A well-formed pair (an emoji) is fine.
    const emoji = await request(client, "message:send", { topicId: topic.id, clientKey: "hostile-emoji-1", text: "goed 😀" });
    expect(emoji.ok).toBe(true);
  }, 60_000);

  it("the collab namespace refuses malformed sync and awareness messages and stays up", async () => {
    const socket = connectSocket(`${server.url}/collab`, {
      transports: ["websocket"],
      auth: { documentId },
      extraHeaders: { Cookie: memberCookie, Origin: server.url },
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    const errors: string[] = [];
    socket.on("collab-error", (payload: { error: string }) => errors.push(payload.error));
    const junk = fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      // A sync-update header (type 2) followed by random bytes: decodes, then fails as an update.
      fc.uint8Array({ maxLength: 500 }).map((bytes) => Uint8Array.from([0, 2, bytes.length & 0x7f, ...bytes])),
      // The same as base64 text, as the provider sends its updates (decision 195).
      fc.uint8Array({ maxLength: 500 }).map((bytes) => Buffer.from([0, 2, bytes.length & 0x7f, ...bytes]).toString("base64")),
      fc.anything({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (message) => {
        const before = await db().documentUpdate.count({ where: { documentId } });
        const reply = (await socket.timeout(10_000).emitWithAck("sync", message)) as { ok: boolean; error?: string };
        socket.emit("awareness", message);
        expect(socket.connected).toBe(true);
        if (!reply.ok) {
          expect(reply.error).not.toBe("documents.errors.saveFailed");
          expect(await db().documentUpdate.count({ where: { documentId } })).toBe(before);
        }
      }),
      { numRuns: RUNS * 2 },
    );
    expect(errors).not.toContain("documents.errors.saveFailed");
  }, 120_000);
});
