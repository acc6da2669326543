/**
 * Forms given malformed input answer with field errors (400), never a 500.
 * Regressions found by the outside-in quality pass.
 */
import { afterAll, describe, expect, it } from "vitest";
import { action as newMeetingAction } from "../../app/routes/agenda.nieuw.tsx";
import { action as newTopicAction } from "../../app/routes/communities.$slug.discussies.$channel._index.tsx";
import { action as topicAction } from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { loader as libraryLoader } from "../../app/routes/bibliotheek._index.tsx";
import { loader as directoryLoader } from "../../app/routes/leden._index.tsx";
import { loader as menukaartLoader } from "../../app/routes/menukaart.tsx";
import { action as profileAction } from "../../app/routes/profiel.tsx";
import { action as newDocumentAction } from "../../app/routes/communities.$slug.documenten.nieuw.tsx";
import { action as questionsAction } from "../../app/routes/werkagenda.kennisvragen._index.tsx";
import { actionSchema, goalSchema, indicatorSchema, questionSchema, roundSchema } from "../../app/shared/agenda.ts";
import { channelSchema } from "../../app/shared/discussions.ts";
import { communityUpdateSchema } from "../../app/shared/forms/communities.ts";
import { documentDetailsSchema, newDocumentSchema, saveVersionSchema } from "../../app/shared/forms/documents.ts";
import { libraryItemSchema } from "../../app/shared/forms/library.ts";
import { meetingFormSchema } from "../../app/shared/meetings.ts";
import { createTheme } from "../helpers/factories.ts";
import { translator } from "../../app/i18n/index.ts";
import { tKey } from "../../app/utils/i18n.ts";
import { action as registerAction } from "../../app/routes/registreren.tsx";
import { db } from "../../server/db.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closeQueues();
});

type FieldErrors = { result: { error: Record<string, string[] | null> } };

/** The title's field errors of a form answer that must be a 400. */
function titleError(result: { status: number; body: unknown }) {
  expect(result.status).toBe(400);
  return (result.body as FieldErrors).result.error.title;
}

describe("event form", () => {
  it("a malformed start or end time is a field error, not a crash", async () => {
    const community = await createCommunity({ name: "Klantmanagers Noord" });
    const facilitator = await createUser({ displayName: "Fleur Facilitator" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(facilitator.id);
    const form = {
      community: community.slug,
      title: "Intervisie klantmanagers",
      description: "We bespreken casussen van werkzoekenden met een migratieachtergrond.",
      location: "Zwolle",
      startsAt: "31-02-2027 25:99",
      endsAt: "2027-03-11T16:30",
    };
    const result = await callAction(newMeetingAction, formRequest("/agenda/nieuw", form, cookie));
    expect(result.status).toBe(400);
    expect((result.body as FieldErrors).result.error.startsAt).toEqual(["events.errors.timeInvalid"]);

    const both = await callAction(newMeetingAction, formRequest("/agenda/nieuw", { ...form, endsAt: "morgen" }, cookie));
    expect(both.status).toBe(400);
    expect((both.body as FieldErrors).result.error.endsAt).toEqual(["events.errors.timeInvalid"]);
    expect(await db().meeting.count({ where: { communityId: community.id } })).toBe(0);
  });
});

describe("filters in the address", () => {
  it("a NUL byte in a text filter is ignored like other control characters, not a database error", async () => {
    const member = await createUser({ displayName: "Nadia Nul" });
    const cookie = await sessionCookieFor(member.id);
    for (const [loader, path] of [
      [libraryLoader, "/bibliotheek?q=werk%00geven&tag=%00mkb"],
      [menukaartLoader, "/menukaart?q=%00"],
      [directoryLoader, "/leden?q=Nadia%00&organisation=%00&region=%00&community=%00"],
    ] as const) {
      const result = await callLoader(loader, getRequest(path, cookie));
      expect(result.status, path).toBe(200);
    }
    const directory = await callLoader(directoryLoader, getRequest("/leden?q=Nadia%00", cookie));
    expect((directory.body as { filters: { q?: string } }).filters.q).toBe("Nadia");
  });
});

describe("a NUL character in a form field", () => {
  it("is refused with a 400 before anything is stored (PostgreSQL cannot store it)", async () => {
    const email = `nul-${Date.now()}@example.org`;
    const registered = await callAction(
      registerAction,
      formRequest("/registreren", {
        displayName: "Nadia\u0000Bakker",
        email,
        password: "een-lang-wachtwoord-2026",
        passwordConfirm: "een-lang-wachtwoord-2026",
      }),
    );
    expect(registered.status).toBe(400);
    expect(await db().user.count({ where: { email } })).toBe(0);

    const member = await createUser({ displayName: "Nadia Bakker" });
    const profile = await callAction(
      profileAction,
      formRequest("/profiel", { intent: "profile", displayName: "Nadia\u0000", bio: "x" }, await sessionCookieFor(member.id)),
    );
    expect(profile.status).toBe(400);
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).displayName).toBe("Nadia Bakker");
  });
});

describe("text that shows nothing (decision 238)", () => {
  // Zero-width space, word joiner, Hangul filler, braille blank: trim() keeps them all.
  const blank = "\u200b\u2060\u3164\u2800";

  it("is no name: registering or renaming yourself to it is a field error, and so is a name that reverses its letters", async () => {
    const email = `onzichtbaar-${Date.now()}@example.org`;
    const registered = await callAction(
      registerAction,
      formRequest("/registreren", { displayName: blank, email, password: "een-lang-wachtwoord-2026", acceptTerms: "on" }),
    );
    expect(registered.status).toBe(400);
    expect((registered.body as FieldErrors).result.error.displayName).toEqual(["errors.displayNameTooShort"]);
    expect(await db().user.count({ where: { email } })).toBe(0);

    const member = await createUser({ displayName: "Nadia Bakker" });
    const cookie = await sessionCookieFor(member.id);
    const profile = (displayName: string) =>
      callAction(profileAction, formRequest("/profiel", { intent: "profile", displayName, fieldRole: "KLANTMANAGER" }, cookie));
    const reversed = await profile("\u202eredaredom");
    expect(reversed.status).toBe(400);
    expect((reversed.body as FieldErrors).result.error.displayName).toEqual(["errors.displayNameCharacters"]);
    expect((await profile(`N${blank}`)).status).toBe(400);
    expect((await db().user.findUniqueOrThrow({ where: { id: member.id } })).displayName).toBe("Nadia Bakker");
    // Letters with accents and names in other scripts stay welcome.
    expect((await profile("Nadia Bakker-Ünal 李")).status).toBe(302);
  });

  it("is no topic title and no message", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const member = await createUser();
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    const params = { slug: community.slug, channel: channel.slug };

    const titled = await callAction(
      newTopicAction,
      formRequest(`/communities/${community.slug}/discussies/algemeen`, { title: `a${blank}b`, bodyText: "Een echte vraag" }, cookie),
      params,
    );
    expect(titled.status).toBe(400);
    expect((titled.body as FieldErrors).result.error.title).toEqual([expect.stringContaining("errors.minChars")]);
    const empty = await callAction(
      newTopicAction,
      formRequest(`/communities/${community.slug}/discussies/algemeen`, { title: "Een echte vraag", bodyText: blank }, cookie),
      params,
    );
    expect(empty.status).toBe(422);
    expect(await db().topic.count({ where: { communityId: community.id } })).toBe(0);

    const topic = await createTopic(channel, member.id, { messages: ["Welkom."] });
    const path = `/communities/${community.slug}/discussies/algemeen/${topic.id}`;
    const post = await callAction(
      topicAction,
      formRequest(path, { intent: "post", bodyText: `\n${blank}\n`, clientKey: "leeg-1" }, cookie),
      { ...params, topic: topic.id },
    );
    expect(post.status).toBe(422);
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(1);
  });

  it("is no title anywhere: documents, meetings, knowledge questions through their forms (decision 241)", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const member = await createUser();
    await addMember(member.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(member.id);

    const document = await callAction(
      newDocumentAction,
      formRequest(`/communities/${community.slug}/documenten/nieuw`, { title: `${blank}\u202e${blank}`, template: "blank" }, cookie),
      { slug: community.slug },
    );
    expect(titleError(document)).toEqual([expect.stringContaining("errors.minChars")]);
    expect(await db().document.count({ where: { communityId: community.id } })).toBe(0);

    const meeting = await callAction(
      newMeetingAction,
      formRequest(
        "/agenda/nieuw",
        {
          community: community.slug,
          title: `a${blank}b`,
          description: blank,
          location: "Zwolle",
          startsAt: "2031-03-11T14:00",
          endsAt: "2031-03-11T16:30",
        },
        cookie,
      ),
    );
    expect(titleError(meeting)).toEqual([expect.stringContaining("errors.minChars")]);
    expect((meeting.body as FieldErrors).result.error.description).toEqual(["errors.missing.description"]);
    expect(await db().meeting.count({ where: { communityId: community.id } })).toBe(0);

    const theme = await createTheme();
    const question = await callAction(
      questionsAction,
      formRequest(
        "/werkagenda/kennisvragen",
        { intent: "propose", theme: theme.slug, title: blank.repeat(5), body: "Een echte vraag over stages." },
        cookie,
      ),
    );
    expect(titleError(question)).toEqual(["errors.missing.title"]);
    expect(await db().knowledgeQuestion.count({ where: { themeId: theme.id } })).toBe(0);
  });

  it("is no title, name or summary in any other form either", () => {
    const invisible = `${blank}\u202e\u200b${blank}`.repeat(6);
    const cases: [
      string,
      { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
      Record<string, unknown>,
      string,
    ][] = [
      ["new document", newDocumentSchema, { template: "blank" }, "title"],
      ["document details", documentDetailsSchema, { status: "CONCEPT" }, "title"],
      [
        "library item (also practice cases)",
        libraryItemSchema,
        { kind: "PRAKTIJKCASE", summary: "Een samenvatting van twintig tekens of meer.", themes: ["werk"] },
        "title",
      ],
      ["library summary", libraryItemSchema, { kind: "PRAKTIJKCASE", title: "Een echte praktijkcase", themes: ["werk"] }, "summary"],
      ["meeting", meetingFormSchema, { description: "Intervisie" }, "title"],
      ["agenda goal", goalSchema, { description: "Een beschrijving van het doel." }, "title"],
      ["agenda action", actionSchema, { goalId: "g1", description: "Een beschrijving van de actie." }, "title"],
      ["indicator", indicatorSchema, { goalId: "g1", unit: "%", targetValue: "10", targetDate: "2030-01-01", direction: "HOGER" }, "name"],
      ["review round", roundSchema, { period: "2026-2", opensAt: "2026-07-01", closesAt: "2026-12-31" }, "title"],
      ["knowledge question", questionSchema, { theme: "werk", body: "Een echte vraag over stages." }, "title"],
      ["channel", channelSchema, {}, "name"],
      [
        "community",
        communityUpdateSchema,
        { summary: "Een samenvatting.", about: "Over deze community.", kind: "LEARNING", accessMode: "OPEN" },
        "name",
      ],
    ];
    for (const [label, schema, rest, field] of cases) {
      const parsed = schema.safeParse({ ...rest, [field]: invisible });
      expect(parsed.success, label).toBe(false);
      expect(
        parsed.error!.issues.some((issue) => issue.path[0] === field),
        label,
      ).toBe(true);
      // The same field with visible text passes its check.
      const fine = schema.safeParse({ ...rest, [field]: `Zichtbare tekst voor ${label}, lang genoeg` });
      expect(fine.error?.issues.some((issue) => issue.path[0] === field) ?? false, label).toBe(false);
    }
  });
});

describe("a title with characters that reorder its letters (decision 254)", () => {
  // "\u202Eredaredom" reads as "moderader"; overrides, embeddings and isolates alike.
  const reordering = [
    "Vacature \u202eredaredom",
    "Een \u202bvraag\u202c over stages",
    "Werk \u2066zoeken\u2069 samen",
    "Stage \u2067lijst\u2069 2026",
  ];

  it("is refused through the topic, document, meeting and knowledge-question forms with the names' field error", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const member = await createUser();
    await addMember(member.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(member.id);

    const topic = await callAction(
      newTopicAction,
      formRequest(`/communities/${community.slug}/discussies/algemeen`, { title: reordering[0]!, bodyText: "Een echte vraag" }, cookie),
      { slug: community.slug, channel: channel.slug },
    );
    expect(titleError(topic)).toEqual(["errors.titleCharacters"]);
    expect(await db().topic.count({ where: { communityId: community.id } })).toBe(0);

    const document = await callAction(
      newDocumentAction,
      formRequest(`/communities/${community.slug}/documenten/nieuw`, { title: reordering[1]!, template: "blank" }, cookie),
      { slug: community.slug },
    );
    expect(titleError(document)).toEqual(["errors.titleCharacters"]);
    expect(await db().document.count({ where: { communityId: community.id } })).toBe(0);

    const meeting = await callAction(
      newMeetingAction,
      formRequest(
        "/agenda/nieuw",
        {
          community: community.slug,
          title: reordering[2]!,
          description: "Intervisie over werving.",
          location: "Zwolle",
          startsAt: "2031-03-11T14:00",
          endsAt: "2031-03-11T16:30",
        },
        cookie,
      ),
    );
    expect(titleError(meeting)).toEqual(["errors.titleCharacters"]);
    expect(await db().meeting.count({ where: { communityId: community.id } })).toBe(0);

    const theme = await createTheme();
    const question = await callAction(
      questionsAction,
      formRequest(
        "/werkagenda/kennisvragen",
        { intent: "propose", theme: theme.slug, title: `${reordering[3]!} en verder`, body: "Een echte vraag over stages." },
        cookie,
      ),
    );
    expect(titleError(question)).toEqual(["errors.titleCharacters"]);
    expect(await db().knowledgeQuestion.count({ where: { themeId: theme.id } })).toBe(0);

    // Said in words, like a name's: the order of the letters is turned around.
    expect(tKey(translator("nl") as never, "errors.titleCharacters")).toBe(
      "Dit bevat een teken dat de volgorde van de letters omdraait. Haal het weg.",
    );
    expect(tKey(translator("en") as never, "errors.titleCharacters")).toContain("reverses the order of the letters");
  });

  it("is refused by every other title and name schema, and the same title without them passes", () => {
    const cases: [
      string,
      { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
      Record<string, unknown>,
      string,
    ][] = [
      ["document details", documentDetailsSchema, { status: "CONCEPT" }, "title"],
      ["version name", saveVersionSchema, {}, "name"],
      [
        "library item",
        libraryItemSchema,
        { kind: "PRAKTIJKCASE", summary: "Een samenvatting van twintig tekens of meer.", themes: ["werk"] },
        "title",
      ],
      ["agenda goal", goalSchema, { description: "Een beschrijving van het doel." }, "title"],
      ["agenda action", actionSchema, { goalId: "g1", description: "Een beschrijving van de actie." }, "title"],
      ["indicator", indicatorSchema, { goalId: "g1", unit: "%", targetValue: "10", targetDate: "2030-01-01", direction: "HOGER" }, "name"],
      ["review round", roundSchema, { period: "2026-2", opensAt: "2026-07-01", closesAt: "2026-12-31" }, "title"],
      ["channel", channelSchema, {}, "name"],
      [
        "community",
        communityUpdateSchema,
        { summary: "Een samenvatting.", about: "Over deze community.", kind: "LEARNING", accessMode: "OPEN" },
        "name",
      ],
    ];
    for (const [label, schema, rest, field] of cases) {
      for (const value of reordering) {
        const parsed = schema.safeParse({ ...rest, [field]: value });
        expect(
          parsed.error?.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message),
          `${label}: ${JSON.stringify(value)}`,
        ).toEqual(["errors.titleCharacters"]);
        const fine = schema.safeParse({ ...rest, [field]: value.replace(/[\u202a-\u202e\u2066-\u2069]/g, "") });
        expect(fine.error?.issues.some((issue) => issue.path[0] === field) ?? false, label).toBe(false);
      }
    }
  });
});
