/**
 * Walk 17 (decision 305): what changed in the browser. After "Word lid" focus goes to the
 * community's tabs, not to the theme link at the top; "Geschreven door" on a document follows a
 * second writer without a reload.
 */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { answerRsvp } from "../../server/meetings/commands.ts";
import { hydrated, userIdByEmail } from "../helpers/browser.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { caretToEndOf } from "../helpers/keyboard.ts";
import { flash, PHONE } from "../helpers/phone-journey.ts";

let documentPath = "";
let meetingPath = "";

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    const community = await db().community.findUniqueOrThrow({ where: { slug: "doe-netwerk-werkgevers-diversiteit" } });
    const document = await createDocumentIn(
      community.id,
      await userIdByEmail("werkgever@praktijkplein.test"),
      "Inwerken met een maatje",
      editorState(p("Een maatje helpt in de eerste weken.")),
    );
    documentPath = `/communities/${community.slug}/documenten/${document.id}`;
    // Two seats taken, then the facilitator lowered the maximum to one (nobody loses a seat).
    const meeting = await createMeeting({ communityId: community.id, capacity: 2, title: "Werkbezoek" });
    for (const email of ["werkgever@praktijkplein.test", "mehmet@praktijkplein.test"])
      await answerRsvp({ id: await userIdByEmail(email), globalRole: "MEMBER" }, meeting.id, "YES");
    await db().meeting.update({ where: { id: meeting.id }, data: { capacity: 1 } });
    meetingPath = `/agenda/${meeting.id}`;
  },
});

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe("walk 17", () => {
  it("after 'Word lid' focus is on the community's Discussies tab", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("nieuw@praktijkplein.test", {
      ...PHONE,
      goto: "/communities/stagediscriminatie-tegengaan",
    });
    await hydrated(page);
    await page.getByRole("button", { name: "Word lid" }).click();
    await flash(page, "Welkom! Je bent nu lid van");
    // Before: the theme link above the community's name.
    await expect
      .poll(() =>
        isFocused(page.getByRole("navigation", { name: "Onderdelen van deze community" }).getByRole("link", { name: "Discussies" })),
      )
      .toBe(true);
    await context.close();
  });

  it("a meeting with more sign-ups than seats says it is full, in correct Dutch", { timeout: 30_000 }, async () => {
    const { context, page } = await app.signedInAs("werkgever@praktijkplein.test", { javaScriptEnabled: false, goto: meetingPath });
    // Before: "2 van 1 plaatsen bezet".
    await page.getByText("Vol: 2 aangemeld, 1 plaats", { exact: true }).waitFor();
    await context.close();
  });

  it("'Geschreven door' lists a second writer without a reload", { timeout: 90_000 }, async () => {
    const starter = await app.signedInAs("werkgever@praktijkplein.test", { goto: documentPath });
    const second = await app.signedInAs("mehmet@praktijkplein.test", { ...PHONE, goto: documentPath });
    const saved = "Verbonden. Alle wijzigingen zijn opgeslagen.";
    await starter.page.getByText(saved).waitFor({ timeout: 20_000 });
    await second.page.getByText(saved).waitFor({ timeout: 20_000 });
    const writers = (page: typeof starter.page) => page.locator("section", { has: page.getByRole("heading", { name: "Geschreven door" }) });
    expect(await writers(starter.page).getByRole("link").allInnerTexts()).toEqual(["Jeroen Smits"]);

    await caretToEndOf(second.page, second.page.getByTestId("document-editor"), "Een maatje helpt in de eerste weken.");
    await second.page.keyboard.type(" Spreek dat af voor de eerste dag.");
    await second.page.getByText(saved).waitFor({ timeout: 20_000 });
    await writers(starter.page).getByRole("link", { name: "Mehmet Aydın" }).waitFor({ timeout: 20_000 });
    await writers(second.page).getByRole("link", { name: "Mehmet Aydın" }).waitFor({ timeout: 20_000 });
    await starter.context.close();
    await second.context.close();
  });
});
