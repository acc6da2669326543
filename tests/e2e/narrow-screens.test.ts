/**
 * Phone widths (issue 14.24): at 320 px no page scrolls sideways, also with a
 * very long word in a title or a community's name; at 375 px the header is one row with a menu
 * button, and the menu opens the whole navigation without JavaScript too.
 */
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { DEMO_COMMUNITY, mainPages, morePages } from "../helpers/main-pages.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

let memberId = "";
let pages: string[] = [];
const LONG_WORD = "Arbeidsmarktdiscriminatiebestrijdingsprogrammaevaluatierapportage";

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true } });
    const document = await db().document.findFirstOrThrow({
      where: { communityId: community.id },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    await db().document.update({ where: { id: document.id }, data: { title: `${LONG_WORD} voor klantmanagers` } });
    // A community name is a title too: it shows in grids, badges and filter labels (agenda, search, settings).
    await db().community.update({ where: { slug: DEMO_COMMUNITY }, data: { name: `Klantmanagers ${LONG_WORD}` } });
    memberId = (await db().user.findUniqueOrThrow({ where: { email: "facilitator@praktijkplein.test" }, select: { id: true } })).id;
    // The half-yearly review shows a snapshot of the indicators in a table of four columns.
    const review = await db().reviewRound.findFirstOrThrow({ select: { id: true } });
    pages = [...(await mainPages()), ...(await morePages()), `/werkagenda/herijking/${review.id}`];
  },
});

describe("narrow screens", () => {
  it("at 320 px no page scrolls sideways (a member's pages, a long word in a title)", { timeout: 180_000 }, async () => {
    const { context, page } = await app.signedInContext(memberId, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${app.url}${path}`);
      await page.waitForLoadState("load");
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        // Name the widest element that sticks out, for the message.
        const culprit = [...document.querySelectorAll("body *")]
          .filter((element) => element.getBoundingClientRect().right > width + 1)
          .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
          .at(-1);
        return `${document.documentElement.scrollWidth}px: ${culprit?.outerHTML.slice(0, 160) ?? "?"}`;
      });
      if (overflow) wide.push(`${path} is ${overflow}`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  it(
    "at 375 px the header is one row; its menu button opens the whole navigation, also without JavaScript",
    { timeout: 60_000 },
    async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { context, page } = await app.signedInContext(memberId, {
          viewport: { width: 375, height: 740 },
          javaScriptEnabled,
        });
        await page.goto(`${app.url}/`);
        const row = await page.locator("header > div").first().boundingBox();
        expect(row?.height).toBeLessThan(72);
        expect(await page.getByRole("navigation", { name: "Hoofdmenu" }).count()).toBe(0);
        await page.locator("header summary", { hasText: "Menu" }).click();
        const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
        const links = await nav.getByRole("link").allInnerTexts();
        expect(links).toEqual(["Home", "Communities", "Thema's", "Bibliotheek", "Menukaart", "Werkagenda", "Bijeenkomsten", "Leden"]);
        for (const name of links) expect(await nav.getByRole("link", { name, exact: true }).isVisible()).toBe(true);
        expect(
          await page
            .getByRole("combobox", { name: "Zoek op Praktijkplein" })
            .or(page.getByRole("textbox", { name: "Zoek op Praktijkplein" }))
            .isVisible(),
        ).toBe(true);
        expect(await page.getByRole("button", { name: "Uitloggen" }).isVisible()).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        if (javaScriptEnabled) await expectAccessible(page);
        await context.close();
      }
    },
  );
});
