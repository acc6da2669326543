/**
 * Markdown shortcuts typed in Chromium (decision 244): in a shared document (Yjs) the other member
 * sees the heading and the list, and the stored document has them; in the discussion composer a
 * list and bold text are sent, and `## ` stays text there (messages have no headings).
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { documentContent } from "../../server/documents/content.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { caretToEndOf } from "../helpers/keyboard.ts";

let documentPath = "";
let documentId = "";
let topicPath = "";
let topicId = "";
const consoleErrors: string[] = [];

/** Types each line and presses Enter between them, as a person would; an empty line is one more Enter. */
async function typeLines(page: Page, lines: string[]) {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press("Enter");
    if (line) await page.keyboard.type(line);
  }
}

function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  return app.signedInAs(email, { consoleErrors });
}

const app = useBrowserApp({
  before: async () => {
    const community = await createCommunity({ slug: "jobcoaches", name: "Jobcoaches", accessMode: "OPEN" });
    const anna = await createUser({ email: "anna@praktijkplein.test", displayName: "Anna de Vries" });
    const bram = await createUser({ email: "bram@praktijkplein.test", displayName: "Bram Jansen" });
    await addMember(anna.id, community.id, "FACILITATOR");
    await addMember(bram.id, community.id);
    const document = await createDocumentIn(community.id, anna.id, "Werkafspraken", editorState(p("Dit spreken we af.")));
    documentId = document.id;
    documentPath = `/communities/jobcoaches/documenten/${document.id}`;
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const topic = await createTopic(channel, anna.id, { title: "Eerste week", messages: ["Hoe begin je de eerste week?"] });
    topicId = topic.id;
    topicPath = `/communities/jobcoaches/discussies/algemeen/${topic.id}`;
  },
});

describe("markdown shortcuts in the browser", () => {
  it("in a shared document: '## ' and '- ' become a heading and a list, for the other member too", { timeout: 120_000 }, async () => {
    const anna = await signedIn("anna@praktijkplein.test");
    const bram = await signedIn("bram@praktijkplein.test");
    await anna.page.setViewportSize({ width: 375, height: 800 });
    await Promise.all([anna.page.goto(`${app.url}${documentPath}`), bram.page.goto(`${app.url}${documentPath}`)]);
    const annaEditor = anna.page.getByTestId("document-editor");
    const bramEditor = bram.page.getByTestId("document-editor");
    await annaEditor.waitFor({ state: "visible", timeout: 15_000 });
    await bramEditor.waitFor({ state: "visible", timeout: 15_000 });
    await anna.page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 10_000 });

    await caretToEndOf(anna.page, annaEditor, "Dit spreken we af.");
    await typeLines(anna.page, ["", "## Eerste dag", "- Rooster", "Werkkleding", "", "Neem **altijd** je pasje mee."]);

    await annaEditor.getByRole("heading", { name: "Eerste dag", level: 2 }).waitFor({ timeout: 10_000 });
    await bramEditor.getByRole("heading", { name: "Eerste dag", level: 2 }).waitFor({ timeout: 10_000 });
    await bramEditor.getByRole("listitem").filter({ hasText: "Werkkleding" }).waitFor({ timeout: 10_000 });
    await bramEditor.locator("strong, .font-bold", { hasText: "altijd" }).first().waitFor({ timeout: 10_000 });
    expect(await annaEditor.textContent()).not.toContain("##");
    expect(await annaEditor.textContent()).not.toContain("**");

    await anna.page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => JSON.stringify((await documentContent(documentId))?.state ?? null), { timeout: 20_000 })
      .toMatch(/"type":"heading".*"tag":"h2"|"tag":"h2".*"type":"heading"/);
    const stored = await documentContent(documentId);
    expect(stored?.html).toMatch(/<ul>.*Rooster.*Werkkleding.*<\/ul>/s);
    expect(stored?.html).toContain("<strong>altijd</strong>");
    expect(stored?.text).not.toContain("##");
    await anna.context.close();
    await bram.context.close();
  });

  it("in the discussion composer: '- ' and '**…**' work, '## ' stays text", { timeout: 120_000 }, async () => {
    const anna = await signedIn("anna@praktijkplein.test");
    await anna.page.setViewportSize({ width: 375, height: 800 });
    await anna.page.goto(`${app.url}${topicPath}`);
    await anna.page.getByText("Live verbonden").waitFor({ timeout: 20_000 });
    const editor = anna.page.getByRole("textbox", { name: "Schrijf een bericht" });
    await editor.click();
    await typeLines(anna.page, [
      "## Geen kop hier",
      "- Koffie met het team",
      "Rondleiding",
      "",
      "Dat werkt **heel goed** voor nieuwe mensen.",
    ]);
    await editor.getByRole("listitem").filter({ hasText: "Rondleiding" }).waitFor();
    expect(await editor.getByRole("heading").count()).toBe(0);
    await anna.page.getByRole("button", { name: "Versturen" }).click();

    const messages = anna.page.getByRole("list", { name: "Berichten" });
    await messages.getByText("Rondleiding").waitFor({ timeout: 20_000 });
    const stored = await db().message.findFirstOrThrow({ where: { topicId, bodyText: { contains: "Rondleiding" } } });
    expect(stored.bodyHtml).toMatch(/<ul>.*Koffie met het team.*Rondleiding.*<\/ul>/s);
    expect(stored.bodyHtml).toContain("<strong>heel goed</strong>");
    expect(stored.bodyText).toContain("## Geen kop hier");
    expect(stored.bodyHtml).not.toMatch(/<h\d/);
    expect(consoleErrors).toEqual([]);
    await anna.context.close();
  });
});
