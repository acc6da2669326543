/**
 * A new user registers, joins an open community, requests to join an
 * on-request one, and a facilitator approves; the pages pass axe-core.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { addMember, createCommunity, createTheme, createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const consoleErrors: string[] = [];

function watch(page: Page) {
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
}

/** Waits until the element is shown; fails with the locator in the message. */
async function visible(locator: Locator) {
  await locator.waitFor({ state: "visible", timeout: 10_000 });
}

/** Opens the newest "Bevestig je e-mailadres" mail to `address` on /ontwikkeling/mails and follows its link. */
async function followVerificationMail(page: Page, address: string) {
  let url: string | undefined;
  for (let attempt = 0; attempt < 100 && !url; attempt++) {
    await page.goto(`${app.url}/ontwikkeling/mails`);
    const link = page.getByRole("link", { name: "Bevestig je e-mailadres voor Praktijkplein" }).first();
    if ((await link.count()) === 0) {
      await page.waitForTimeout(200);
      continue;
    }
    await link.click();
    await visible(page.getByText(`Aan: ${address}`));
    url = (await page.locator("pre").innerText()).match(/http\S+\/e-mailadres-bevestigen\/\S+/)?.[0];
  }
  expect(url).toBeTruthy();
  await page.goto(url!);
  // Only the button that confirms: the banner's "Stuur de link opnieuw" is not on this page.
  await page.getByRole("button", { name: "E-mailadres bevestigen" }).waitFor();
  expect(await page.getByRole("button", { name: "Stuur de link opnieuw" }).count()).toBe(0);
  await page.getByRole("button", { name: "E-mailadres bevestigen" }).click();
}

const app = useBrowserApp({
  before: async () => {
    const theme = await createTheme({ nameNl: "Meer culturele diversiteit op het werk" });
    const open = await createCommunity({
      slug: "inclusief-werven",
      name: "Inclusief werven en selecteren",
      accessMode: "OPEN",
      themeId: theme.id,
    });
    const onRequest = await createCommunity({
      slug: "doe-netwerk",
      name: "Doe-netwerk werkgevers",
      accessMode: "ON_REQUEST",
      kind: "DO_NETWORK",
      themeId: theme.id,
    });
    const facilitator = await createUser({ email: "facilitator@praktijkplein.test", displayName: "Jeroen Facilitator" });
    await addMember(facilitator.id, open.id, "FACILITATOR");
    await addMember(facilitator.id, onRequest.id, "FACILITATOR");
  },
});

describe("foundation in the browser", () => {
  it("register, join, request, approve", { timeout: 120_000 }, async () => {
    const member = await app.browser.newContext({ locale: "nl-NL" });
    const page = await member.newPage();
    watch(page);

    await page.goto(`${app.url}/`);
    await expect(page.title()).resolves.toBe("Home | Praktijkplein");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Account maken" }).first().click();
    await page.waitForURL(/\/registreren/);
    await expectAccessible(page);
    // Client-side validation shows a clear message at the field when the form is sent (decision 288).
    await page.getByLabel("Wachtwoord").fill("kort");
    await page.getByRole("button", { name: "Account maken" }).click();
    await visible(page.getByText("Kies een wachtwoord van minstens 10 tekens."));

    await page.getByLabel("Je naam").fill("Ilse Nieuwenhuis");
    await page.getByLabel("E-mailadres").fill("ilse@gemeente-test.nl");
    await page.getByLabel("Wachtwoord").fill("fietsen langs de Maas");
    await page.getByLabel(/Ik ga akkoord/).check();
    await page.getByRole("button", { name: "Account maken" }).click();
    // The same answer as for an address that has an account (decision 243); no session yet.
    await visible(page.getByRole("heading", { name: "Kijk in je mail" }));
    await visible(page.getByText("We hebben een e-mail gestuurd naar ilse@gemeente-test.nl."));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("ilse@gemeente-test.nl");
    await expectAccessible(page);
    await page.getByRole("main").getByRole("link", { name: "Inloggen" }).click();
    await page.getByLabel("E-mailadres").fill("ilse@gemeente-test.nl");
    await page.getByLabel("Wachtwoord").fill("fietsen langs de Maas");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(`${app.url}/`);
    await page.goto(`${app.url}/e-mailadres-bevestigen`);
    await visible(page.getByText("We hebben een e-mail gestuurd naar ilse@gemeente-test.nl."));
    // The page says it once: no banner above it with a second "Stuur de link opnieuw" (walk9).
    expect(await page.getByRole("button", { name: "Stuur de link opnieuw" }).count()).toBe(1);

    // Before the address is verified, the community says what to do instead of offering to join.
    await page.goto(`${app.url}/communities/inclusief-werven`);
    await visible(page.getByText("Bevestig eerst je e-mailadres. Daarna kun je lid worden."));
    await visible(page.getByText("Bevestig je e-mailadres. We hebben een link gestuurd naar ilse@gemeente-test.nl.", { exact: false }));
    expect(await page.getByRole("button", { name: "Word lid" }).count()).toBe(0);
    await expectAccessible(page);

    // The verification mail, read on the development mail page (decision 100), and its link followed.
    await followVerificationMail(page, "ilse@gemeente-test.nl");
    await page.waitForURL(/\/communities$/);
    await visible(page.getByText("Je e-mailadres is bevestigd. Je kunt nu meedoen."));

    await page.goto(`${app.url}/communities/inclusief-werven`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Word lid" }).click();
    await visible(page.getByText("Welkom! Je bent nu lid van Inclusief werven en selecteren."));

    await page.goto(`${app.url}/communities/doe-netwerk`);
    await page.getByLabel(/Bericht aan de facilitator/).fill("Ik werk als recruiter en wil leren van andere werkgevers.");
    await page.getByRole("button", { name: "Vraag lidmaatschap aan" }).click();
    await visible(page.getByText("Je aanvraag voor Doe-netwerk werkgevers is verstuurd."));
    await visible(page.getByRole("button", { name: "Trek aanvraag in" }));

    // The facilitator logs in and approves.
    // Logging in is what the no-JavaScript test below is about; here the facilitator just has a session.
    const { context: facilitatorContext, page: facilitatorPage } = await app.signedInAs("facilitator@praktijkplein.test");
    watch(facilitatorPage);
    await facilitatorPage.goto(`${app.url}/communities/doe-netwerk/beheer`);
    await expectAccessible(facilitatorPage);
    await visible(facilitatorPage.getByText("Ik werk als recruiter en wil leren van andere werkgevers."));
    await facilitatorPage.getByRole("button", { name: /Toelaten.*Ilse Nieuwenhuis/ }).click();
    await visible(facilitatorPage.getByText("De aanvraag is goedgekeurd."));

    await page.reload();
    await visible(page.getByText("Verlaat community…"));
    const user = await db().user.findUniqueOrThrow({
      where: { email: "ilse@gemeente-test.nl" },
      include: { memberships: { include: { community: true } } },
    });
    expect(user.memberships.map((m) => m.community.slug).sort()).toEqual(["doe-netwerk", "inclusief-werven"]);

    // English works too.
    await page.getByRole("button", { name: "Switch to English" }).click();
    await visible(page.getByText("Leave community…"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");

    await member.close();
    await facilitatorContext.close();
    expect(consoleErrors).toEqual([]);
  });

  it("the forms work without JavaScript", async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await createUser({ email: "zonderjs@praktijkplein.test" });
    await page.goto(`${app.url}/inloggen`);
    await page.getByLabel("E-mailadres").fill("zonderjs@praktijkplein.test");
    await page.getByLabel("Wachtwoord").fill("fout wachtwoord 123");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await visible(page.getByText("Dit e-mailadres of wachtwoord klopt niet."));
    await page.getByLabel("Wachtwoord").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(`${app.url}/`);
    await page.goto(`${app.url}/communities/inclusief-werven`);
    await page.getByRole("button", { name: "Word lid" }).click();
    await visible(page.getByText("Welkom! Je bent nu lid van Inclusief werven en selecteren."));
    await context.close();
  });

  it("refuses a cross-site form post", async () => {
    const response = await fetch(`${app.url}/uitloggen`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    });
    expect(response.status).toBe(403);
    const headers = (await fetch(`${app.url}/`)).headers;
    expect(headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });
});
