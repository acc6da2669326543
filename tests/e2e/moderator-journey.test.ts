/**
 * A moderator's forms, by mouse and by keyboard in Chromium at phone width
 * (375 px), in Dutch, each checked on the page and in the database (issue 14):
 * the moderation queue (14.12) and library curation, including a change the
 * author proposes to a published case (14.16). Signed in with the session
 * fixture.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { expectAccessible, hydrated } from "../helpers/browser.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createTheme, createUser } from "../helpers/factories.ts";
import { isFocused, pressButton, tabTo, typeInto } from "../helpers/keyboard.ts";
import { flash, usePhoneJourney } from "../helpers/phone-journey.ts";

const { app, consoleErrors, pageAs } = usePhoneJourney();

/** Console errors, less Chromium's log line for a form the server answered with 400 (a validation message, on purpose). */
const unexpectedErrors = () => consoleErrors.filter((error) => !/status of 400 \(Bad Request\)/.test(error));

async function caseItem(authorId: string, themeId: string, status: "SUBMITTED" | "PUBLISHED", title: string) {
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Math.random().toString(36).slice(2, 7)}`;
  return db().libraryItem.create({
    data: {
      slug,
      kind: "PRAKTIJKCASE",
      status,
      title,
      summary: "Kandidaten lopen een ochtend mee in plaats van een brief te schrijven.",
      body: { root: { type: "root", version: 1, direction: null, format: "", indent: 0, children: [] } },
      organisationName: "Bakkerij De Korenaar",
      sectors: ["AGRO_FOOD"],
      organisationSizes: ["MKB"],
      challenge: "Weinig reacties op vacatures.",
      approach: "Iedereen die reageert mag een ochtend meelopen.",
      authorId,
      submittedAt: new Date(),
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      themes: { create: [{ themeId }] },
    },
  });
}

describe("a moderator's forms", () => {
  it(
    "the moderation queue: inline Dutch messages, 'Hoe lang schorsen?' only for suspending, by mouse and keyboard (14.12)",
    { timeout: 150_000 },
    async () => {
      const community = await createCommunity({ accessMode: "OPEN" });
      const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
      const [author, reporter, moderator] = await Promise.all([
        createUser({ displayName: "Sander Schrijver" }),
        createUser({ displayName: "Mila Melder" }),
        createUser({ displayName: "Mo Moderator", globalRole: "MODERATOR" }),
      ]);
      await addMember(author.id, community.id);
      await addMember(reporter.id, community.id);
      const topic = await createTopic(channel, author.id, {
        title: "Stageplekken",
        messages: ["Wie kent een stageplek?", "Stuur mij je BSN.", "Jullie zijn allemaal dom."],
      });
      const messages = await db().message.findMany({ where: { topicId: topic.id }, orderBy: { seq: "asc" } });
      await db().report.createMany({
        data: [
          {
            targetKind: "MESSAGE",
            targetId: messages[1]!.id,
            communityId: community.id,
            subjectId: author.id,
            reporterId: reporter.id,
            reason: "PRIVACY",
            text: "Vraagt om een BSN.",
          },
          {
            targetKind: "MESSAGE",
            targetId: messages[2]!.id,
            communityId: community.id,
            subjectId: author.id,
            reporterId: reporter.id,
            reason: "HARASSMENT",
            text: "Scheldt mensen uit.",
          },
        ],
      });
      const page = await pageAs(moderator.id);
      let requests = 0;
      page.on("request", (request) => void (request.method() === "POST" && requests++));
      await page.goto(`${app.url}/moderatie`);
      const bsn = page.locator("article", { hasText: "Vraagt om een BSN." });
      await bsn.getByRole("radio", { name: "Afwijzen: er is niets mis" }).waitFor();
      await hydrated(page);
      // Only a suspension asks how long.
      expect(await bsn.getByLabel("Hoe lang schorsen?").count()).toBe(0);
      await bsn.getByRole("radio", { name: "De schrijver schorsen" }).check();
      await bsn.getByLabel("Hoe lang schorsen?").waitFor();
      await bsn.getByRole("radio", { name: "Verbergen voor anderen" }).check();
      expect(await bsn.getByLabel("Hoe lang schorsen?").count()).toBe(0);
      // No reason: the app's own message beside the field, nothing sent.
      await bsn.getByRole("button", { name: "Uitvoeren" }).click();
      await bsn.getByText("Schrijf in een paar woorden op waarom (minstens 3 tekens).").waitFor();
      expect(await bsn.getByLabel(/^Reden/).getAttribute("aria-invalid")).toBe("true");
      expect(requests).toBe(0);
      await expectAccessible(page);
      // With a reason, by mouse: hidden.
      await bsn.getByLabel(/^Reden/).fill("Vraagt om persoonlijke gegevens");
      await bsn.getByRole("button", { name: "Uitvoeren" }).click();
      await flash(page, "Gedaan. De melding is afgehandeld");
      expect((await db().message.findUniqueOrThrow({ where: { id: messages[1]!.id } })).hiddenReason).toBe(
        "Vraagt om persoonlijke gegevens",
      );

      // By keyboard: arrows choose "De schrijver schorsen", Tab to the days and the reason, Enter.
      const rude = page.locator("article", { hasText: "Scheldt mensen uit." });
      const first = rude.getByRole("radio", { name: "Afwijzen: er is niets mis" });
      await first.focus();
      const suspend = rude.getByRole("radio", { name: "De schrijver schorsen" });
      for (let i = 0; i < 8 && !(await isFocused(suspend)); i++) await page.keyboard.press("ArrowDown");
      expect(await suspend.isChecked()).toBe(true);
      const days = rude.getByLabel("Hoe lang schorsen?");
      await tabTo(page, days);
      await page.keyboard.press("ArrowDown"); // 7 → 30 days
      await page.keyboard.press("Tab");
      await page.keyboard.type("Scheldt herhaaldelijk andere leden uit.");
      await pressButton(page, rude.getByLabel(/^Reden/), rude.getByRole("button", { name: "Uitvoeren" }));
      await expect.poll(async () => (await db().user.findUniqueOrThrow({ where: { id: author.id } })).suspendedUntil).not.toBeNull();
      const suspended = await db().user.findUniqueOrThrow({ where: { id: author.id } });
      expect(suspended.suspendedUntil).not.toBeNull();
      expect(suspended.suspendedUntil!.getTime() - Date.now()).toBeGreaterThan(20 * 24 * 60 * 60_000);

      // The way back, by keyboard: make the hidden message visible again.
      const reason = page.getByLabel("Waarom weer zichtbaar?");
      await typeInto(page, reason, "Na overleg: het was een grap tussen collega's");
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await db().message.findUniqueOrThrow({ where: { id: messages[1]!.id } })).hiddenAt).toBeNull();
      expect(unexpectedErrors()).toEqual([]);
    },
  );

  it("library curation: return with a comment (inline message first), publish, feature (14.12)", { timeout: 120_000 }, async () => {
    const theme = await createTheme();
    const [author, moderator] = await Promise.all([
      createUser({ displayName: "Lotte Werkgever" }),
      createUser({ displayName: "Mo Moderator", globalRole: "MODERATOR" }),
    ]);
    const toReturn = await caseItem(author.id, theme.id, "SUBMITTED", "Taalcoach op de werkvloer");
    const toPublish = await caseItem(author.id, theme.id, "SUBMITTED", "Meeloopdag bij de bakker");
    const page = await pageAs(moderator.id);

    await page.goto(`${app.url}/bibliotheek/${toReturn.slug}`);
    const comment = page.getByLabel("Opmerking voor de auteur");
    await pressButton(page, comment, page.getByRole("button", { name: "Terugsturen met opmerking" }));
    await page.getByText("Schrijf een opmerking voor de auteur").first().waitFor();
    expect(await page.getByLabel("Opmerking voor de auteur").getAttribute("aria-invalid")).toBe("true");
    await typeInto(page, page.getByLabel("Opmerking voor de auteur"), "Kun je de resultaten met cijfers beschrijven?");
    await pressButton(
      page,
      page.getByLabel("Opmerking voor de auteur"),
      page.getByRole("button", { name: "Terugsturen met opmerking" }),
      " ",
    );
    await flash(page, "Teruggestuurd naar de auteur.");
    expect(await db().libraryItem.findUniqueOrThrow({ where: { id: toReturn.id } })).toMatchObject({
      status: "RETURNED",
      returnComment: "Kun je de resultaten met cijfers beschrijven?",
    });

    await page.goto(`${app.url}/bibliotheek/${toPublish.slug}`);
    await page.getByRole("button", { name: "Publiceren" }).click();
    await flash(page, "Gepubliceerd.");
    await page.getByLabel("Uitlichten op de homepage en bovenaan lijsten").check();
    await page.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await expect.poll(async () => (await db().libraryItem.findUniqueOrThrow({ where: { id: toPublish.id } })).featured).toBe(true);
    expect((await db().libraryItem.findUniqueOrThrow({ where: { id: toPublish.id } })).status).toBe("PUBLISHED");
    expect(unexpectedErrors()).toEqual([]);
  });

  it(
    "an author proposes a change to a published case; the published version stays until the moderator approves it (14.16)",
    { timeout: 150_000 },
    async () => {
      const theme = await createTheme();
      const [author, moderator, reader] = await Promise.all([
        createUser({ displayName: "Lotte Werkgever" }),
        createUser({ displayName: "Mo Moderator", globalRole: "MODERATOR" }),
        createUser({ displayName: "Rita Lezer" }),
      ]);
      const item = await caseItem(author.id, theme.id, "PUBLISHED", "Werkervaringsplek bij de bakker");
      const itemUrl = `${app.url}/bibliotheek/${item.slug}`;

      const writer = await pageAs(author.id);
      await writer.goto(itemUrl);
      await writer.getByRole("link", { name: "Wijziging voorstellen" }).click();
      await writer.getByRole("heading", { level: 1, name: "Wijziging voorstellen: Werkervaringsplek bij de bakker" }).waitFor();
      await expectAccessible(writer);
      await writer.getByLabel(/^De resultaten/).fill("Zeven van de tien bleven in dienst.");
      await writer.getByRole("button", { name: "Wijziging voorstellen" }).click();
      await flash(writer, "Je voorstel is verstuurd.");
      await writer.getByText(/Je hebt een wijziging voorgesteld op/).waitFor();

      // Readers still see the published version.
      const other = await pageAs(reader.id);
      await other.goto(itemUrl);
      await other.getByRole("heading", { level: 1, name: "Werkervaringsplek bij de bakker" }).waitFor();
      expect(await other.getByText("Zeven van de tien bleven in dienst.").count()).toBe(0);

      // The moderator finds it in the queue and approves it by keyboard.
      const mod = await pageAs(moderator.id);
      await mod.goto(`${app.url}/bibliotheek/beheer`);
      await mod
        .getByRole("region", { name: "Voorgestelde wijzigingen" })
        .getByRole("link", { name: "Werkervaringsplek bij de bakker" })
        .click();
      const review = mod.getByRole("region", { name: "Voorgestelde wijziging" });
      await review.getByRole("cell", { name: "Zeven van de tien bleven in dienst." }).waitFor();
      await expectAccessible(mod);
      const approve = review.getByRole("button", { name: "Wijziging goedkeuren" });
      await approve.focus();
      await mod.keyboard.press("Enter");
      await flash(mod, "De wijziging is goedgekeurd en staat nu in de bibliotheek.");
      expect(await db().libraryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
        results: "Zeven van de tien bleven in dienst.",
        proposedAt: null,
        status: "PUBLISHED",
      });
      await other.reload();
      await other.getByText("Zeven van de tien bleven in dienst.").waitFor();
      expect(unexpectedErrors()).toEqual([]);
    },
  );
});
