/**
 * A facilitator's forms, submitted by mouse and by keyboard in Chromium at
 * phone width (375 px), in Dutch, each checked on the page and in the
 * database (issue 14). Also the focus bugs of the rich-text editor (14.3,
 * 14.4) and leaving a community (14.11, 14.17). Logged in with the session
 * fixture, except the one test that logs in through the form.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createTheme, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { isFocused, pressButton, tabTo, typeInto } from "../helpers/keyboard.ts";
import { flash, PHONE, usePhoneJourney } from "../helpers/phone-journey.ts";

const { app, consoleErrors, pageAs } = usePhoneJourney();

async function communityWithFacilitator(accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY" = "ON_REQUEST") {
  const theme = await createTheme();
  const community = await createCommunity({
    accessMode,
    themeId: theme.id,
    name: `Klantmanagers ${Math.random().toString(36).slice(2, 7)}`,
  });
  const facilitator = await createUser({ displayName: "Fenna Facilitator" });
  await addMember(facilitator.id, community.id, "FACILITATOR");
  return { theme, community, facilitator };
}

describe("a facilitator's forms", () => {
  it("logs in through the login form (the one test that does)", { timeout: 60_000 }, async () => {
    const user = await createUser({ email: `inlog-${Date.now()}@praktijkplein.test` });
    const context = await app.browser.newContext({ locale: "nl-NL", ...PHONE });
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await typeInto(page, page.getByLabel("E-mailadres"), user.email);
    await typeInto(page, page.getByLabel("Wachtwoord"), TEST_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${app.url}/`);
    // At phone width the account actions sit behind the header's menu button.
    await page.locator("summary", { hasText: "Menu" }).click();
    expect(await page.getByRole("button", { name: "Uitloggen" }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it(
    "manages the community on /beheer: requests, invitations, roles, members and settings (14.1, 14.2, 14.17)",
    { timeout: 180_000 },
    async () => {
      const { community, facilitator } = await communityWithFacilitator();
      const [applicant, second, member, leaver] = await Promise.all([
        createUser({ displayName: "Aziz Aanvrager" }),
        createUser({ displayName: "Bea Aanvrager" }),
        createUser({ displayName: "Mo Lid" }),
        createUser({ displayName: "Vera Vertrekker" }),
      ]);
      await addMember(member.id, community.id);
      await addMember(leaver.id, community.id);
      await db().joinRequest.createMany({
        data: [
          { userId: applicant.id, communityId: community.id, message: "Ik ben klantmanager in Breda." },
          { userId: second.id, communityId: community.id },
        ],
      });
      const page = await pageAs(facilitator.id);
      const manage = `${app.url}/communities/${community.slug}/beheer`;
      await page.goto(manage);
      await page.getByRole("heading", { level: 2, name: `${community.name} beheren` }).waitFor();
      await expectAccessible(page);

      // The only facilitator has no "Maak gewoon lid" on their own row (14.17).
      const ownRow = page.getByRole("listitem").filter({ hasText: "Fenna Facilitator" });
      await ownRow.getByText("Enige facilitator: maak eerst iemand anders facilitator.").waitFor();
      expect(await ownRow.getByRole("button").count()).toBe(0);

      // Requests: approve by mouse, refuse by keyboard.
      await page.getByRole("button", { name: /Toelaten.*Aziz Aanvrager/ }).click();
      await flash(page, "De aanvraag is goedgekeurd.");
      const refuse = page.getByRole("button", { name: /Weigeren.*Bea Aanvrager/ });
      await refuse.focus();
      await page.keyboard.press("Space");
      await flash(page, "De aanvraag is geweigerd.");
      expect(await db().membership.count({ where: { communityId: community.id, userId: applicant.id } })).toBe(1);
      expect((await db().joinRequest.findFirstOrThrow({ where: { userId: second.id, communityId: community.id } })).status).toBe("REFUSED");

      // Invite by e-mail (14.1): a wrong address is named inline; then by mouse and by keyboard (Enter in the field).
      const email = page.getByLabel("E-mailadres");
      // After a mistake the next click must submit: revalidating on blur used to remove the message on
      // mousedown, the button jumped up and the click fell beside it (all conform forms revalidate on input now).
      await email.fill("geen-adres");
      await page.getByRole("button", { name: "Uitnodigen", exact: true }).click();
      await page.getByText("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.").waitFor();
      expect(await email.getAttribute("aria-invalid")).toBe("true");
      await email.fill("kees@gemeente-breda.nl");
      await page.getByRole("button", { name: "Uitnodigen", exact: true }).click();
      await flash(page, "De uitnodiging voor kees@gemeente-breda.nl is opgeslagen.");
      await typeInto(page, page.getByLabel("E-mailadres"), "ilse@werkgever.nl");
      await page.getByLabel("Rol", { exact: true }).selectOption("FACILITATOR");
      await page.getByLabel("E-mailadres").focus();
      await page.keyboard.press("Enter");
      await flash(page, "De uitnodiging voor ilse@werkgever.nl is opgeslagen.");
      const invitations = await db().invitation.findMany({ where: { communityId: community.id }, orderBy: { createdAt: "asc" } });
      expect(invitations.map((i) => [i.email, i.role, i.status])).toEqual([
        ["kees@gemeente-breda.nl", "MEMBER", "PENDING"],
        ["ilse@werkgever.nl", "FACILITATOR", "PENDING"],
      ]);
      // Revoke one by keyboard.
      const revoke = page.getByRole("button", { name: /Intrekken.*kees@gemeente-breda.nl/ });
      await pressButton(
        page,
        page
          .getByRole("button", { name: /Weigeren|Toelaten/ })
          .first()
          .or(page.getByLabel("E-mailadres"))
          .first(),
        revoke,
      );
      await flash(page, "De uitnodiging is ingetrokken.");
      expect(
        (await db().invitation.findFirstOrThrow({ where: { communityId: community.id, email: "kees@gemeente-breda.nl" } })).status,
      ).not.toBe("PENDING");

      // Roles: make Mo facilitator by mouse; then Fenna may step down, by keyboard.
      await page.getByRole("button", { name: /Maak facilitator.*Mo Lid/ }).click();
      await flash(page, "De rol is aangepast.");
      const stepDown = page.getByRole("button", { name: /Maak gewoon lid.*Fenna Facilitator/ });
      await stepDown.focus();
      await page.keyboard.press("Enter");
      // Fenna is no facilitator any more: she is taken to the community's page.
      await page.waitForURL(`${app.url}/communities/${community.slug}`);
      await expect
        .poll(
          async () =>
            (
              await db().membership.findUniqueOrThrow({
                where: { userId_communityId: { userId: facilitator.id, communityId: community.id } },
              })
            ).role,
        )
        .toBe("MEMBER");
      expect(
        (await db().membership.findUniqueOrThrow({ where: { userId_communityId: { userId: facilitator.id, communityId: community.id } } }))
          .role,
      ).toBe("MEMBER");
      expect(
        (await db().membership.findUniqueOrThrow({ where: { userId_communityId: { userId: member.id, communityId: community.id } } })).role,
      ).toBe("FACILITATOR");

      // Mo continues: removes a member (mouse) and saves the settings (keyboard, Enter in a field) (14.2).
      const mo = await pageAs(member.id);
      await mo.goto(manage);
      await mo.getByRole("button", { name: /Verwijder uit community.*Vera Vertrekker/ }).click();
      await flash(mo, "Het lid is verwijderd uit de community.");
      expect(await db().membership.count({ where: { communityId: community.id, userId: leaver.id } })).toBe(0);
      await typeInto(mo, mo.getByLabel("Korte omschrijving"), "Klantmanagers delen wat werkt bij duurzame plaatsing.");
      await mo.getByLabel("Wie mag meedoen?").selectOption("OPEN");
      await mo.getByLabel("Naam", { exact: true }).focus();
      await mo.keyboard.press("Enter");
      await flash(mo, "De community is bijgewerkt.");
      expect(await db().community.findUniqueOrThrow({ where: { id: community.id } })).toMatchObject({
        summary: "Klantmanagers delen wat werkt bij duurzame plaatsing.",
        accessMode: "OPEN",
      });
      // And once more by mouse, with a mistake first: a message at the field, in Dutch.
      await mo.getByLabel("Naam", { exact: true }).fill("");
      await mo.getByRole("button", { name: "Opslaan" }).click();
      await mo.getByText("Geef de naam op.").first().waitFor();
      expect(await mo.getByLabel("Naam", { exact: true }).getAttribute("aria-invalid")).toBe("true");
      await mo.getByLabel("Naam", { exact: true }).fill(`${community.name} (Brabant)`);
      await mo.getByRole("button", { name: "Opslaan" }).click();
      await expect
        .poll(async () => (await db().community.findUniqueOrThrow({ where: { id: community.id } })).name)
        .toBe(`${community.name} (Brabant)`);
      await flash(mo, "De community is bijgewerkt.");
      expect(consoleErrors).toEqual([]);
    },
  );

  it(
    "leaving asks first, says how to come back, and is not offered to the only facilitator (14.11, 14.17)",
    { timeout: 90_000 },
    async () => {
      const { community, facilitator } = await communityWithFacilitator("ON_REQUEST");
      const member = await createUser({ displayName: "Lotte Lid" });
      await addMember(member.id, community.id);
      const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
      const topic = await createTopic(channel, member.id, { title: "Wie kent een taalcoach?", messages: ["Wie kent een taalcoach?"] });

      const sole = await pageAs(facilitator.id);
      await sole.goto(`${app.url}/communities/${community.slug}`);
      await sole
        .getByText("Je bent de enige facilitator. Wil je de community verlaten? Maak dan eerst een ander lid facilitator")
        .waitFor();
      expect(await sole.getByText("Verlaat community…").count()).toBe(0);
      // It says where: the link leads to the members and roles on /beheer, and on /beheer itself (where
      // the text shows too, walk 18) to that part of the page, focus with it.
      await sole.getByRole("link", { name: "Naar Leden en rollen" }).click();
      await sole.waitForURL(`${app.url}/communities/${community.slug}/beheer#roles-heading`);
      await expect.poll(() => isFocused(sole.getByRole("heading", { name: "Leden en rollen" }))).toBe(true);
      await sole.keyboard.press("Shift+Tab");
      const link = sole.getByRole("link", { name: "Naar Leden en rollen" });
      await tabTo(sole, link, { max: 120 });
      await sole.keyboard.press("Enter");
      await expect.poll(() => isFocused(sole.getByRole("heading", { name: "Leden en rollen" }))).toBe(true);
      // The only member hears how to get someone else in first.
      await db().membership.delete({ where: { userId_communityId: { userId: member.id, communityId: community.id } } });
      await sole.goto(`${app.url}/communities/${community.slug}/beheer`);
      await sole.getByRole("link", { name: "Naar Uitnodigen per e-mail" }).click();
      await expect.poll(() => isFocused(sole.getByRole("heading", { name: "Uitnodigen per e-mail" }))).toBe(true);
      await addMember(member.id, community.id);

      // Under a topic's "Versturen" nothing leaves at once: the disclosure opens first (keyboard).
      const page = await pageAs(member.id);
      await page.goto(`${app.url}/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`);
      const open = page.getByText("Verlaat community…");
      await tabTo(page, open, { max: 80 });
      await page.keyboard.press("Enter");
      await page.getByText("Wil je later terug, dan vraag je opnieuw lidmaatschap aan. Een facilitator beslist daarover.").waitFor();
      expect(await db().membership.count({ where: { communityId: community.id, userId: member.id } })).toBe(1);
      await page.keyboard.press("Tab");
      expect(await isFocused(page.getByRole("button", { name: `Ja, verlaat ${community.name}` }))).toBe(true);
      await expectAccessible(page);
      await page.keyboard.press("Enter");
      await flash(page, `Je bent geen lid meer van ${community.name}.`);
      expect(await db().membership.count({ where: { communityId: community.id, userId: member.id } })).toBe(0);
      expect(consoleErrors).toEqual([]);
    },
  );

  it("manages channels and a topic: create, rename, pin, lock, choose the answer", { timeout: 120_000 }, async () => {
    const { community, facilitator } = await communityWithFacilitator("OPEN");
    const asker = await createUser({ displayName: "Vera Vraag" });
    const helper = await createUser({ displayName: "Henk Hulp" });
    await addMember(asker.id, community.id);
    await addMember(helper.id, community.id);
    const channel = await createChannel(community.id, { name: "Vraag en antwoord", slug: "vraag-en-antwoord" });
    const topic = await createTopic(channel, asker.id, {
      title: "Driegesprek",
      messages: ["Wie heeft een voorbeeld van een driegesprek?", "Wij nodigen werkgever en kandidaat samen uit."],
    });
    void helper;
    const page = await pageAs(facilitator.id);

    // Channels: add one by mouse, rename it by keyboard.
    await page.goto(`${app.url}/communities/${community.slug}/discussies/kanalen`);
    // The form to add a channel is the last one on the page.
    await page.getByLabel("Naam", { exact: true }).last().fill("Bijeenkomsten");
    await page.getByRole("button", { name: "Kanaal toevoegen" }).click();
    await page.getByRole("heading", { level: 3, name: "Bijeenkomsten" }).waitFor();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Bijeenkomsten" }) });
    await typeInto(page, card.getByLabel("Naam"), "Bijeenkomsten en webinars");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 3, name: "Bijeenkomsten en webinars" }).waitFor();
    expect(await db().channel.count({ where: { communityId: community.id, name: "Bijeenkomsten en webinars" } })).toBe(1);

    // The topic: rename (keyboard), pin (mouse), lock (keyboard), choose the answer (mouse).
    await page.goto(`${app.url}/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`);
    const summary = page.getByText("Titel wijzigen");
    await summary.focus();
    await page.keyboard.press("Enter");
    await typeInto(page, page.locator("#topic-title-input"), "Driegesprek: voorbeelden gezocht");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Driegesprek: voorbeelden gezocht" }).first().waitFor();
    await page.getByRole("button", { name: "Zet vast" }).click();
    await page.getByRole("button", { name: "Maak los" }).waitFor();
    await pressButton(page, page.getByRole("button", { name: "Maak los" }), page.getByRole("button", { name: "Sluit onderwerp" }), " ");
    await page.getByRole("button", { name: "Open onderwerp" }).waitFor();
    await page
      .locator("#bericht-2")
      .getByRole("button", { name: /Markeer als antwoord/ })
      .click();
    await page
      .getByText(/Opgelost/)
      .first()
      .waitFor();
    const stored = await db().topic.findUniqueOrThrow({ where: { id: topic.id } });
    expect(stored).toMatchObject({ title: "Driegesprek: voorbeelden gezocht", pinned: true, locked: true });
    expect(stored.solvedMessageId).not.toBeNull();
    expect(consoleErrors).toEqual([]);
  });

  it("a new document: 'Titel' labels the title field, submitted by keyboard (14.10)", { timeout: 60_000 }, async () => {
    const { community, facilitator } = await communityWithFacilitator("OPEN");
    const page = await pageAs(facilitator.id);
    await page.goto(`${app.url}/communities/${community.slug}/documenten/nieuw`);
    await typeInto(page, page.getByLabel("Titel"), "Handreiking werkervaringsplaatsen");
    await page.getByLabel("Begin met").selectOption("handreiking");
    await pressButton(page, page.getByLabel("Begin met"), page.getByRole("button", { name: "Document maken" }));
    await page.waitForURL((url) => /\/documenten\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/nieuw"));
    expect(await db().document.count({ where: { communityId: community.id, title: "Handreiking werkervaringsplaatsen" } })).toBe(1);
  });
});

describe("the rich-text editor keeps its hands off the keyboard (14.3, 14.4)", () => {
  it("typing in the header search box with a draft in the message box stays in the search box", { timeout: 90_000 }, async () => {
    const { community } = await communityWithFacilitator("OPEN");
    const member = await createUser();
    await addMember(member.id, community.id);
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const topic = await createTopic(channel, member.id, { title: "Stageplekken", messages: ["Eerste bericht"] });
    const page = await pageAs(member.id);
    await page.goto(`${app.url}/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`);
    const composer = page.locator("#composer[contenteditable]");
    await composer.click();
    await page.keyboard.type("Concept bericht");
    const search = page.getByRole("combobox", { name: "Zoek op Praktijkplein" });
    await page.locator("summary", { hasText: "Menu" }).click(); // at phone width the search sits behind the menu button
    await search.click();
    // Slowly, as a person types: each key has time to be pulled back if something steals focus.
    await page.keyboard.type("werkgevers", { delay: 150 });
    await page.waitForTimeout(1500);
    expect(await search.inputValue()).toBe("werkgevers");
    expect(await composer.innerText()).toBe("Concept bericht");
    expect(await isFocused(search)).toBe(true);
  });

  it(
    "Tab out of the case form's text goes on to the next field, and the toolbar has one tab stop that keeps focus",
    { timeout: 90_000 },
    async () => {
      const theme = await createTheme();
      const member = await createUser();
      const page = await pageAs(member.id);
      await page.goto(`${app.url}/bibliotheek/nieuw?soort=PRAKTIJKCASE`);
      const body = page.locator("#body[contenteditable]");
      await body.waitFor();
      // The toolbar: Tab reaches one button; arrows move; Space formats and focus stays on the button.
      await body.click();
      await page.keyboard.type("Meelopen werkt.");
      const bold = page.getByRole("button", { name: "Vet" });
      await tabTo(page, bold, { backwards: true, max: 5 });
      await page.keyboard.press("ArrowRight");
      const italic = page.getByRole("button", { name: "Cursief" });
      expect(await isFocused(italic)).toBe(true);
      await page.keyboard.press("Space");
      await page.waitForTimeout(300);
      expect(await isFocused(italic)).toBe(true);
      expect(await body.innerText()).toBe("Meelopen werkt.");
      const tabStops = await page.locator('[role="toolbar"] button[tabindex="0"]').count();
      expect(tabStops).toBe(1);
      // From the toolbar, Tab goes into the text; from the text, Tab leaves the editor for the next field and stays there.
      await page.keyboard.press("Tab");
      expect(await isFocused(body)).toBe(true);
      await page.keyboard.press("Tab");
      await page.waitForTimeout(800);
      expect(await isFocused(body)).toBe(false);
      const next = await page.evaluate(
        () =>
          (document.activeElement as HTMLElement | null)?.closest("fieldset")?.querySelector("legend")?.textContent ??
          document.activeElement?.getAttribute("name"),
      );
      await page.keyboard.type("x");
      expect(await body.innerText()).toBe("Meelopen werkt.");
      expect(next).toBeTruthy();
      void theme;
    },
  );
});
