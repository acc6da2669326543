/**
 * Walk 19's leftovers (decision 331): the proved address on the login page after confirming it, an
 * error summary above a form sent with several errors, a flash message that takes focus without
 * JavaScript, a reaction's name that says what pressing does, a reply-box error that goes when the
 * member edits another message or types again.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { emailVerificationToken } from "../../server/accounts/verification.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { createUser } from "../helpers/factories.ts";
import { flash, PHONE } from "../helpers/phone-journey.ts";

const COMMUNITY = "klantmanagers-arbeidstoeleiding";

const app = useBrowserApp({ before: seedDemo });

/** What has focus: its id, or its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return "body";
    return active.id ? `#${active.id}` : `${active.tagName.toLowerCase()}: ${active.textContent?.trim().slice(0, 60)}`;
  });

describe("walk 19's leftovers", () => {
  it(
    "after confirming an address the login page has it filled in, once; a query parameter fills in nothing",
    { timeout: 60_000 },
    async () => {
      const user = await createUser({ email: "femke.bevestigd@gemeente-test.nl", emailVerified: false });
      const token = emailVerificationToken(user.id, user.email, new Date(Date.now() + 3_600_000));
      const context = await app.browser.newContext({ ...PHONE, locale: "nl-NL", javaScriptEnabled: false });
      const page = await context.newPage();
      // Someone else's link that names an address fills in nothing.
      await page.goto(`${app.url}/inloggen?email=aanvaller%40example.org&redirectTo=%2F`);
      expect(await page.getByLabel("E-mailadres").inputValue()).toBe("");

      await page.goto(`${app.url}/e-mailadres-bevestigen/${token}`);
      await page.getByRole("button", { name: "E-mailadres bevestigen" }).click();
      await flash(page, "Je e-mailadres is bevestigd. Log in om mee te doen.");
      // Before: empty, the person typed the address again.
      expect(await page.getByLabel("E-mailadres").inputValue()).toBe("femke.bevestigd@gemeente-test.nl");
      // Read once: a later visit (another person at the same computer) starts empty.
      await page.goto(`${app.url}/inloggen`);
      expect(await page.getByLabel("E-mailadres").inputValue()).toBe("");
      await context.close();
    },
  );

  for (const javaScriptEnabled of [true, false]) {
    it(
      `a practice case sent empty shows an error summary that takes focus and links to each field ${javaScriptEnabled ? "with" : "without"} JavaScript`,
      { timeout: 60_000 },
      async () => {
        const { context, page } = await app.signedInAs("werkgever@praktijkplein.test", {
          ...PHONE,
          javaScriptEnabled,
          goto: "/bibliotheek/nieuw?soort=praktijkcase",
        });
        if (javaScriptEnabled) await hydrated(page);
        await page.getByRole("button", { name: "Opslaan als concept" }).focus();
        await page.keyboard.press("Enter");
        const summary = page.getByRole("group", { name: /Er zijn \d+ dingen om te verbeteren/ });
        await summary.waitFor({ timeout: 10_000 });
        // Before: no summary, focus on the title field.
        await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
        const links = summary.getByRole("link");
        expect(await links.count()).toBeGreaterThanOrEqual(2);
        await expect(summary.getByRole("link", { name: "Geef de titel op." }).count()).resolves.toBe(1);
        // Each link leads to its field: by keyboard, the second one (the summary) puts focus in that field.
        await page.keyboard.press("Tab");
        await page.keyboard.press("Tab");
        const second = await links.nth(1).getAttribute("href");
        await page.keyboard.press("Enter");
        await expect.poll(() => focused(page)).toBe(second);
        await context.close();
      },
    );
  }

  it("one error gets no summary: focus stays on that field", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
      ...PHONE,
      javaScriptEnabled: false,
      goto: `/communities/${COMMUNITY}/documenten/nieuw`,
    });
    await page.getByRole("button", { name: "Document maken" }).click();
    await page.getByText("Geef de titel op.").waitFor({ timeout: 10_000 });
    expect(await page.getByRole("group", { name: /om te verbeteren/ }).count()).toBe(0);
    expect(await focused(page)).toBe("#new-document-title");
    await context.close();
  });

  it(
    "without JavaScript an RSVP's confirmation takes focus and is read; with JavaScript focus stays on the form",
    { timeout: 90_000 },
    async () => {
      const meeting = await db().meeting.findFirstOrThrow({ where: { title: "Impact-bijeenkomst: samen doen wat werkt" } });
      for (const javaScriptEnabled of [false, true]) {
        const { context, page } = await app.signedInAs("lid@praktijkplein.test", {
          ...PHONE,
          javaScriptEnabled,
          goto: `/agenda/${meeting.id}`,
        });
        if (javaScriptEnabled) await hydrated(page);
        await page.getByLabel(javaScriptEnabled ? "Nee, ik kom niet" : "Ja, ik kom").check();
        await page.getByRole("button", { name: "Antwoord opslaan" }).focus();
        await page.keyboard.press("Enter");
        await flash(page, javaScriptEnabled ? "Je antwoord is opgeslagen: je komt niet." : "Je bent aangemeld.");
        if (javaScriptEnabled) {
          // Decision 320's path is unchanged: the same page keeps focus where it was (the live region speaks).
          await expect.poll(() => focused(page)).toMatch(/^(button|input)/);
        } else {
          // Before: the page (body); the message in the status region was not announced.
          await expect.poll(() => focused(page)).toBe("#melding");
          expect(await page.locator("#melding").getAttribute("role")).toBe("status");
        }
        await context.close();
      }
    },
  );

  it("a fragment in the address still wins over the flash without JavaScript", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
      ...PHONE,
      javaScriptEnabled: false,
      goto: `/communities/${COMMUNITY}/documenten/nieuw`,
    });
    await page.getByLabel("Titel").fill("Afspraken over proefplaatsingen");
    await page.getByRole("button", { name: "Document maken" }).click();
    await flash(page, "Het document is gemaakt.");
    expect(await focused(page)).toBe("#document-title");
    await context.close();
  });

  it(
    "a reaction you gave says that pressing takes it back; a reply-box error goes when you edit or type",
    { timeout: 90_000 },
    async () => {
      const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
        ...PHONE,
        goto: `/communities/${COMMUNITY}/discussies/algemeen`,
      });
      await hydrated(page);
      await page.getByLabel("Titel").fill("Hoe regelen jullie de jobcoach?");
      await page.getByRole("textbox", { name: "Je bericht" }).click();
      await page.keyboard.type("Wij werken met een vaste jobcoach per werkgever.");
      await page.getByRole("button", { name: "Onderwerp plaatsen" }).click();
      await flash(page, "Je onderwerp is geplaatst.");

      await page.getByRole("button", { name: "Reageer met applaus" }).first().press("Space");
      const given = page.getByRole("button", { name: "applaus, 1 keer. Jij reageerde met applaus; druk om het terug te nemen" });
      // Before: "applaus: 1 keer", which says the state but not what pressing does.
      await given.waitFor({ timeout: 10_000 });
      expect(await given.getAttribute("aria-pressed")).toBe("true");

      // An empty reply: the error is under the box.
      await page.getByRole("button", { name: "Versturen" }).click();
      const error = page.locator("#composer-error");
      await page.getByText("Schrijf eerst je bericht.").waitFor();
      // Typing in the box again takes it away.
      await page.locator("#composer").click();
      await page.keyboard.type("Ja");
      await expect.poll(() => error.count()).toBe(0);
      // Empty again, sent: the error is back; editing another message takes it away.
      await page.keyboard.press("Control+A");
      await page.keyboard.press("Delete");
      await page.getByRole("button", { name: "Versturen" }).click();
      await page.getByText("Schrijf eerst je bericht.").waitFor();
      await page.getByRole("link", { name: "Bewerk: Bericht 1" }).click();
      await expect.poll(() => focused(page)).toBe("#edit-1");
      // Before: "Schrijf eerst je bericht." stayed under the reply box while the opening message was edited.
      expect(await page.getByText("Schrijf eerst je bericht.").count()).toBe(0);
      await context.close();
    },
  );
});
