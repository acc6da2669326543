/**
 * Walk 11 (decision 261): what a newcomer, an employer and a moderator met in the browser and what
 * changed. The author of a hidden topic is told why they cannot reply (not asked to join a community
 * they are in), and the reason reads without a doubled full stop; "Verwijder mijn account" without a
 * choice puts focus on the choice; an empty practice case says which field needs what; the
 * "Verlaat community…" confirmation closes on Escape.
 */
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { hydrated } from "../helpers/browser.ts";
import { createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createUser } from "../helpers/factories.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const app = useBrowserApp({
  before: seedDemo,
});

describe("walk 11", () => {
  it("the author of a hidden topic reads why they cannot reply, with the reason once", { timeout: 60_000 }, async () => {
    const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true } });
    const channel = await db().channel.findFirstOrThrow({
      where: { communityId: community.id },
      select: { id: true, slug: true, communityId: true },
    });
    const author = await createUser({ email: "walk11-auteur@praktijkplein.test", displayName: "Noor de Vries" });
    await addMember(author.id, community.id);
    const topic = await createTopic(channel, author.id, { title: "Even voorstellen: Noor uit Zwolle" });
    await db().topic.update({
      where: { id: topic.id },
      data: { hiddenAt: new Date(), hiddenReason: "Er staat een naam van een kandidaat in. Haal die weg." },
    });
    const { context, page } = await app.signedInAs(author.email, {
      javaScriptEnabled: false,
      goto: `/communities/${DEMO_COMMUNITY}/discussies/${channel.slug}/${topic.id}`,
    });
    await page
      .getByText(
        "Een moderator heeft dit verborgen. Anderen zien het niet meer. De reden: Er staat een naam van een kandidaat in. Haal die weg.",
      )
      .waitFor({ timeout: 10_000 });
    await page.getByText("Een moderator heeft dit onderwerp verborgen. Zolang het verborgen is, kun je niet reageren.").waitFor();
    expect(await page.getByText("Word lid van deze community om mee te praten.").count()).toBe(0);
    await context.close();
  });

  it("'Verlaat community…' closes on Escape with focus back on it, like the narrow menu", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", {
      goto: "/communities/inclusief-werven-en-selecteren",
    });
    await hydrated(page);
    const summary = page.locator("summary", { hasText: "Verlaat community…" });
    await summary.focus();
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("button", { name: /^Ja, verlaat / });
    await confirm.waitFor({ timeout: 10_000 });
    await page.keyboard.press("Tab");
    expect(await confirm.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await confirm.waitFor({ state: "hidden" });
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.close();
  });

  it("deleting an account without a choice puts focus on the first choice, without JavaScript", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("nieuw@praktijkplein.test", {
      javaScriptEnabled: false,
      goto: "/profiel/verwijderen",
    });
    await page.getByLabel("Je wachtwoord").fill("Praktijkplein-demo");
    await page.getByRole("button", { name: "Verwijder mijn account definitief" }).click();
    await page.getByText("Kies wat er met je bijdragen gebeurt.").waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("value"))).toBe("keep");
    expect(await db().user.count({ where: { email: "nieuw@praktijkplein.test" } })).toBe(1);
    await context.close();
  });

  it("an empty practice case says what each required text needs, not 'Vul dit veld in.'", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("werkgever@praktijkplein.test", {
      javaScriptEnabled: false,
      goto: "/bibliotheek/nieuw?soort=praktijkcase",
    });
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await page.getByText("Geef de titel op.").waitFor({ timeout: 10_000 });
    for (const message of [
      "Schrijf een korte samenvatting.",
      "Beschrijf de uitdaging: wat wilde de organisatie oplossen?",
      "Beschrijf de aanpak: wat deed de organisatie?",
    ])
      await page.getByText(message).waitFor();
    expect(await page.getByText("Vul dit veld in.").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("title");
    await context.close();
  });
});
