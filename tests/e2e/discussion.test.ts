/**
 * Discussion in the browser: two members in one topic see each other's
 * messages without a reload, mentions work from the editor, a message typed
 * while offline waits in the outbox and goes out on reconnect, the pages work
 * without JavaScript, and the topic page passes axe-core.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { config } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { describeViolations, seriousAxeViolations } from "../helpers/browser.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const consoleErrors: string[] = [];
let topicPath = "";
let channelPath = "";
const people: Record<"anna" | "bram" | "carla", { id: string; cookie: string }> = {} as never;

async function visible(locator: Locator, timeout = 20_000) {
  await locator.waitFor({ state: "visible", timeout });
}

const messages = (page: Page) => page.getByRole("list", { name: "Berichten" });

async function signedIn(
  name: keyof typeof people,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ locale: "nl-NL", javaScriptEnabled: options.javaScriptEnabled ?? true });
  const [cookieName, value] = people[name].cookie.split("=") as [string, string];
  await context.addCookies([{ name: cookieName, value, url: app.url }]);
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${name}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${name}: ${error.message}`));
  return { context, page };
}

const app = useBrowserApp({
  before: async () => {
    const community = await createCommunity({ slug: "klantmanagers", name: "Klantmanagers", accessMode: "ON_REQUEST" });
    const channel = await createChannel(community.id, { name: "Vraag en antwoord", slug: "vraag-en-antwoord" });
    for (const [key, name] of [
      ["anna", "Anna de Vries"],
      ["bram", "Bram Bakker"],
      ["carla", "Carla Jansen"],
    ] as const) {
      const user = await createUser({ displayName: name });
      await addMember(user.id, community.id, key === "anna" ? "FACILITATOR" : "MEMBER");
      people[key] = { id: user.id, cookie: await sessionCookieFor(user.id) };
    }
    const topic = await createTopic(channel, people.anna.id, {
      title: "Taal en werk combineren",
      messages: ["Wie combineert een taaltraject met een leerwerkplek?"],
    });
    channelPath = `/communities/${community.slug}/discussies/${channel.slug}`;
    topicPath = `${channelPath}/${topic.id}`;
  },
  server: { env: { SESSION_SECRET: config().SESSION_SECRET } },
});
const channelUrl = () => `${app.url}${channelPath}`;
const topicUrl = () => `${app.url}${topicPath}`;

describe("discussion in the browser", () => {
  it("two members in one topic: live messages, mentions, typing, outbox, axe", { timeout: 180_000 }, async () => {
    const anna = await signedIn("anna");
    const bram = await signedIn("bram");
    await Promise.all([anna.page.goto(topicUrl()), bram.page.goto(topicUrl())]);
    await visible(anna.page.getByText("Live verbonden"));
    await visible(bram.page.getByText("Live verbonden"));
    // Each sees the other arrive.
    await visible(anna.page.getByText(/Nu hier:.*Bram Bakker/));

    const violations = await seriousAxeViolations(anna.page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Anna writes; Bram sees it without reloading, and hears about it in the live region.
    const editor = anna.page.getByRole("textbox", { name: "Schrijf een bericht" });
    await editor.click();
    await anna.page.keyboard.type("Wij doen vier dagen werken en één dag taalles.");
    await visible(bram.page.getByText("Anna de Vries is aan het typen…"));
    await anna.page.getByRole("button", { name: "Versturen" }).click();
    await visible(messages(bram.page).getByText("Wij doen vier dagen werken en één dag taalles."));
    await expect(bram.page.locator("#live-announcer").textContent()).resolves.toContain("Nieuw bericht van Anna de Vries");
    await expect(editor.textContent()).resolves.toBe("");

    // Bram answers with a mention chosen from the suggestions.
    const bramEditor = bram.page.getByRole("textbox", { name: "Schrijf een bericht" });
    await bramEditor.click();
    await bram.page.keyboard.type("Goed idee @Ann");
    await visible(bram.page.getByRole("option", { name: "Anna de Vries" }));
    await bram.page.keyboard.press("Enter");
    await bram.page.keyboard.type(" dank je!");
    await bram.page.getByRole("button", { name: "Versturen" }).click();
    const mention = anna.page.locator("a.mention", { hasText: "@Anna de Vries" });
    await visible(mention);
    await expect(mention.getAttribute("href")).resolves.toBe(`/leden/${people.anna.id}`);
    await expect.poll(() => db().notification.count({ where: { userId: people.anna.id, kind: "mention" } }), { timeout: 20_000 }).toBe(1);
    // Anna sees the message before Bram's own acknowledgement arrives (the server broadcasts, then
    // notifies, then answers). Going offline before that answer leaves the message in Bram's outbox
    // (it is sent again on reconnect, with the same client key), so wait until his outbox is empty.
    await bram.page.locator("#outbox").waitFor({ state: "detached" });

    // Offline: the message waits in the outbox and goes out once the connection is back.
    await bram.context.setOffline(true);
    await visible(bram.page.getByText("Geen verbinding. We proberen het opnieuw."), 30_000);
    await bramEditor.click();
    await bram.page.keyboard.type("Dit typte ik in de trein.");
    await bram.page.getByRole("button", { name: "Versturen" }).click();
    await visible(bram.page.getByText("1 bericht wacht op verzending"));
    await bram.context.setOffline(false);
    await visible(messages(anna.page).getByText("Dit typte ik in de trein."), 30_000);
    await bram.page.getByText("1 bericht wacht op verzending").waitFor({ state: "detached", timeout: 10_000 });
    expect(await db().message.count({ where: { bodyText: "Dit typte ik in de trein." } })).toBe(1);

    // Reactions and marking the answer work from the page.
    const answer = anna.page.locator("li", { hasText: "Dit typte ik in de trein." }).last();
    await answer.getByRole("button", { name: /Reageer met duim omhoog/ }).click();
    await visible(
      bram.page
        .locator("li", { hasText: "Dit typte ik in de trein." })
        .last()
        .getByRole("button", { name: /duim omhoog: 1 keer/ }),
    );

    await anna.context.close();
    await bram.context.close();
    // While Bram was offline the browser reports what could not reach the server: the refused
    // socket reconnects, and Remix's route discovery for links rendered meanwhile ("Failed to fetch
    // manifest patches", net::ERR_INTERNET_DISCONNECTED). Route discovery started just before a
    // context closes fails the same way. Those are expected; nothing else is.
    const offlineNoise =
      /^(bram: (WebSocket connection .*ERR_INTERNET_DISCONNECTED|Failed to load resource: net::ERR_INTERNET_DISCONNECTED)|(anna|bram): .*Failed to fetch manifest patches)/;
    expect(consoleErrors.filter((line) => !offlineNoise.test(line))).toEqual([]);
  });

  it("the discussion pages work without JavaScript", { timeout: 120_000 }, async () => {
    const { context, page } = await signedIn("carla", { javaScriptEnabled: false });
    await page.goto(channelUrl());
    await page.getByLabel("Titel").fill("Hoe vind je een goede werkgever voor een leerwerkplek?");
    await page.getByRole("textbox", { name: "Je bericht" }).fill("Ik zoek tips voor het eerste gesprek met een werkgever.");
    await page.getByRole("button", { name: "Onderwerp plaatsen" }).click();
    await visible(page.getByRole("heading", { name: "Hoe vind je een goede werkgever voor een leerwerkplek?" }));
    await visible(messages(page).getByText("Ik zoek tips voor het eerste gesprek met een werkgever."));
    // The page opens at the new topic's title, with focus there (decision 260), not at the top.
    expect(new URL(page.url()).hash).toBe("#topic-title");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("topic-title");

    await page.goto(topicUrl());
    await page.getByRole("textbox", { name: "Schrijf een bericht" }).fill("Zonder JavaScript kan ik ook meedoen.");
    await page.getByRole("button", { name: "Versturen" }).click();
    const mine = page.locator("li", { hasText: "Zonder JavaScript kan ik ook meedoen." }).last();
    await visible(mine);
    // Focus on the new reply itself: the next Tab goes on from there, a screen reader starts reading it.
    expect(await mine.evaluate((item) => item === document.activeElement)).toBe(true);
    await mine.getByRole("button", { name: /Reageer met hartje/ }).click();
    await visible(
      page
        .locator("li", { hasText: "Zonder JavaScript kan ik ook meedoen." })
        .last()
        .getByRole("button", { name: /hartje: 1 keer/ }),
    );
    await page
      .locator("li", { hasText: "Zonder JavaScript kan ik ook meedoen." })
      .last()
      .getByRole("link", { name: /Bewerk/ })
      .click();
    await page.getByRole("textbox", { name: "Bericht bewerken" }).fill("Zonder JavaScript kan ik ook meedoen en bewerken.");
    await page.getByRole("button", { name: "Wijziging opslaan" }).click();
    await visible(messages(page).getByText("Zonder JavaScript kan ik ook meedoen en bewerken."));
    // (axe-core itself needs JavaScript; the same page is checked with it in the test above.)
    await context.close();
  });

  it(
    "without JavaScript, Back after sending a message or starting a topic does not offer the sent text again",
    { timeout: 60_000 },
    async () => {
      const { context, page } = await signedIn("bram", { javaScriptEnabled: false });
      await page.goto(topicUrl());
      const text = "Terug na het versturen: staat het er nog?";
      await page.getByRole("textbox", { name: "Schrijf een bericht" }).fill(text);
      await page.getByRole("button", { name: "Versturen" }).click();
      await visible(messages(page).getByText(text));
      await page.goBack();
      await visible(messages(page).getByText(text));
      // The browser used to put the sent text back in the box (with a new clientKey: sent again, stored twice).
      expect(await page.getByRole("textbox", { name: "Schrijf een bericht" }).inputValue()).toBe("");

      // The same for a new topic: Back shows the channel with an empty form.
      await page.goto(channelUrl());
      await page.getByLabel("Titel").fill("Terug na een nieuw onderwerp");
      await page.getByRole("textbox", { name: "Je bericht" }).fill("Staat dit er na Terug nog?");
      await page.getByRole("button", { name: "Onderwerp plaatsen" }).click();
      await visible(page.getByRole("heading", { name: "Terug na een nieuw onderwerp" }));
      await page.goBack();
      await visible(page.getByRole("link", { name: "Terug na een nieuw onderwerp" }));
      expect(await page.getByLabel("Titel").inputValue()).toBe("");
      expect(await page.getByRole("textbox", { name: "Je bericht" }).inputValue()).toBe("");
      await context.close();
    },
  );
});
