/**
 * In the browser, on the demo content: the dashboard of a theme passes
 * axe-core with its charts drawn; a member of the Kennisagenda community
 * records a measurement (a bad value first: an error at the field, nothing
 * saved) and sees it in the indicator's table, also without JavaScript; a
 * moderator edits a goal without JavaScript (an error first, then saved).
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const consoleErrors: string[] = [];
const THEME = "arbeidstoeleiding";
const INDICATOR = "Gestarte leerwerktrajecten";
const SOURCE = "Divosa, tussentelling november";

async function visible(locator: Locator) {
  await locator.waitFor({ state: "visible", timeout: 10_000 });
}

/** Console errors count only with JavaScript: a form sent without it that comes back with field errors is a 400 document. */
function logIn(
  email: string,
  options: { javaScriptEnabled?: boolean; goto?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  return app.signedInAs(email, {
    ...options,
    consoleErrors: options.javaScriptEnabled === false ? undefined : consoleErrors,
  });
}

const app = useBrowserApp({
  before: seedDemo,
});

describe("the work agenda in the browser", () => {
  it("record a measurement and see it in the dashboard's table; the dashboard passes axe", { timeout: 180_000 }, async () => {
    // Mei-Ling facilitates the Kennisagenda VIA community.
    const { context, page } = await logIn("meiling@praktijkplein.test", { goto: "/" });
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Werkagenda" }).click();
    await page.waitForURL(`${app.url}/werkagenda`);
    await expectAccessible(page);
    await page.getByRole("link", { name: /^Arbeidstoeleiding:/ }).click();
    await page.waitForURL(`${app.url}/werkagenda/${THEME}`);
    const table = page.getByRole("table", { name: `Metingen van ${INDICATOR}` });
    await visible(table);
    // The chart is drawn once hydrated; axe checks the page with it.
    const chart = page.getByRole("img", { name: new RegExp(`^Grafiek: ${INDICATOR}, 3 metingen`) });
    await visible(chart);
    await visible(chart.locator("svg.recharts-surface").first());
    await expectAccessible(page);

    await page.getByRole("link", { name: "Meting invoeren" }).click();
    // The form's one-time key is in the address (decision 229).
    await page.waitForURL((url) => url.pathname === `/werkagenda/${THEME}/meting` && url.searchParams.has("formulier"));
    await expectAccessible(page);
    const before = await db().agendaMeasurement.count();
    await page.getByLabel("Indicator").selectOption({ label: `${INDICATOR} (trajecten) · Meer leerwerktrajecten voor nieuwkomers` });
    await page.getByLabel("Waarde").fill("veel");
    await page.getByLabel("Bron").fill(SOURCE);
    await page.getByRole("button", { name: "Meting opslaan" }).click();
    const value = page.getByLabel("Waarde");
    await visible(page.getByText("Vul een getal in, bijvoorbeeld 12 of 12,5."));
    await visible(page.getByText("Vul een datum in."));
    expect(await value.getAttribute("aria-invalid")).toBe("true");
    expect(new URL(page.url()).pathname).toBe(`/werkagenda/${THEME}/meting`);
    expect(await db().agendaMeasurement.count()).toBe(before);

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await value.fill("1234,5");
    await page.getByLabel("Datum van de meting").fill(yesterday);
    await page.getByRole("button", { name: "Meting opslaan" }).click();
    await page.waitForURL(new RegExp(`/werkagenda/${THEME}#indicator-`));
    await visible(page.getByText("De meting is opgeslagen."));
    const row = table.getByRole("row").filter({ hasText: SOURCE });
    await visible(row);
    expect(await row.getByRole("cell").nth(1).textContent()).toBe("1.234,5");
    await visible(page.getByRole("img", { name: new RegExp(`^Grafiek: ${INDICATOR}, 4 metingen`) }));
    const saved = await db().agendaMeasurement.findFirstOrThrow({
      where: { source: SOURCE },
      include: { recordedBy: { select: { email: true } } },
    });
    expect(saved).toMatchObject({ value: 1234.5, recordedBy: { email: "meiling@praktijkplein.test" } });
    expect(saved.measuredOn.toISOString().slice(0, 10)).toBe(yesterday);
    await context.close();

    // Without JavaScript the server names the mistake at the field, and saves nothing.
    const { context: noScript, page: form } = await logIn("meiling@praktijkplein.test", { javaScriptEnabled: false });
    await form.goto(`${app.url}/werkagenda/${THEME}/meting`);
    await form.getByLabel("Indicator").selectOption({ label: `${INDICATOR} (trajecten) · Meer leerwerktrajecten voor nieuwkomers` });
    await form.getByLabel("Waarde").fill("1.000 ongeveer");
    await form.getByLabel("Datum van de meting").fill(yesterday);
    await form.getByLabel("Bron").fill("Schatting zonder JavaScript");
    await form.getByRole("button", { name: "Meting opslaan" }).click();
    await visible(form.getByText("Vul een getal in, bijvoorbeeld 12 of 12,5."));
    expect(await form.getByLabel("Waarde").getAttribute("aria-invalid")).toBe("true");
    expect(await db().agendaMeasurement.count({ where: { source: "Schatting zonder JavaScript" } })).toBe(0);
    await noScript.close();

    // Without JavaScript (and without an account) the numbers are in the table all the same.
    const plain = await app.browser.newContext({ locale: "nl-NL", javaScriptEnabled: false });
    const visitor = await plain.newPage();
    await visitor.goto(`${app.url}/werkagenda/${THEME}`);
    await visible(
      visitor
        .getByRole("table", { name: `Metingen van ${INDICATOR}` })
        .getByRole("row")
        .filter({ hasText: SOURCE }),
    );
    await plain.close();

    expect(consoleErrors).toEqual([]);
  });

  it(
    "a moderator's pages: managing goals, the review round with its snapshot, knowledge questions; all pass axe",
    { timeout: 180_000 },
    async () => {
      const { context, page } = await logIn("moderator@praktijkplein.test");
      await page.goto(`${app.url}/werkagenda/${THEME}/beheer`);
      await visible(page.getByRole("heading", { name: "Nieuwe indicator" }));
      await expectAccessible(page);
      // An opened edit form passes too (axe needs JavaScript, so it is checked here).
      await page
        .getByText(/^Doel wijzigen: /)
        .first()
        .click();
      await visible(page.getByRole("button", { name: "Wijzigingen opslaan" }).first());
      await expectAccessible(page);

      await page.goto(`${app.url}/werkagenda/herijking`);
      await visible(page.getByRole("heading", { name: "Nieuwe ronde starten" }));
      await expectAccessible(page);
      await page.getByRole("link", { name: "Herijking voorjaar 2026" }).click();
      await visible(page.getByRole("heading", { name: /^Momentopname van/ }));
      await visible(page.getByText("De proef met een vaste jobcoach stopt."));
      await visible(page.getByText("Reageren kan nu niet: de ronde is niet open."));
      await expectAccessible(page);

      await page.goto(`${app.url}/werkagenda/kennisvragen`);
      await visible(page.getByRole("heading", { name: "Stel een kennisvraag" }));
      await expectAccessible(page);
      await page.getByRole("link", { name: "Helpt anoniem solliciteren bij stages in het mbo?" }).click();
      await visible(page.getByRole("heading", { name: "Koppel een antwoord" }));
      await expectAccessible(page);
      await page.getByRole("button", { name: /^Stem op deze vraag/ }).click();
      await visible(page.getByText("Je hebt op deze vraag gestemd."));
      await visible(page.getByText("3 stemmen"));
      await context.close();
      expect(consoleErrors).toEqual([]);
    },
  );

  it(
    "a moderator edits a goal without JavaScript: an empty title first (error at the field, nothing saved), then a good one",
    { timeout: 180_000 },
    async () => {
      const goal = await db().agendaGoal.findFirstOrThrow({ where: { title: "Meer leerwerktrajecten voor nieuwkomers" } });
      const rounds = await db().reviewRound.findMany({ select: { id: true, snapshot: true }, orderBy: { id: "asc" } });
      const { context, page } = await logIn("moderator@praktijkplein.test", { javaScriptEnabled: false });
      page.setDefaultTimeout(15_000);
      await page.goto(`${app.url}/werkagenda/${THEME}/beheer`);

      const details = () => page.locator("details").filter({ has: page.getByText(`Doel wijzigen: ${goal.title}`, { exact: true }) });
      await page.getByText(`Doel wijzigen: ${goal.title}`, { exact: true }).click();
      await expect(details().getByLabel("Titel van het doel").inputValue()).resolves.toBe(goal.title);
      // Only spaces: the browser's own checks (required, minlength) let it through; the server trims.
      await details().getByLabel("Titel van het doel").fill("      ");
      await details().getByRole("button", { name: "Wijzigingen opslaan" }).click();
      // The server answers with the form opened and the error at the field.
      await visible(details().getByText("Geef de titel op."));
      expect(await details().getByLabel("Titel van het doel").getAttribute("aria-invalid")).toBe("true");
      expect((await db().agendaGoal.findUniqueOrThrow({ where: { id: goal.id } })).title).toBe(goal.title);

      await details().getByLabel("Titel van het doel").fill("Meer leerwerktrajecten voor nieuwkomers en statushouders");
      await details().getByRole("button", { name: "Wijzigingen opslaan" }).click();
      await visible(page.getByText("Opgeslagen."));
      expect(await db().agendaGoal.findUniqueOrThrow({ where: { id: goal.id } })).toMatchObject({
        title: "Meer leerwerktrajecten voor nieuwkomers en statushouders",
        description: goal.description,
      });
      // Past review rounds keep what they froze.
      expect(await db().reviewRound.findMany({ select: { id: true, snapshot: true }, orderBy: { id: "asc" } })).toEqual(rounds);
      await context.close();
    },
  );
});
