/**
 * Two members write in the same document from two browsers and each sees the
 * other's text; a reader without JavaScript gets the server-rendered content;
 * the document pages pass axe-core.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { documentContent } from "../../server/documents/content.ts";
import { editorState, h, p, ul } from "../../server/documents/builder.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { addMember, createCommunity, createTheme, createUser } from "../helpers/factories.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { caretToEndOf } from "../helpers/keyboard.ts";

let documentPath: string;
let documentId: string;
const consoleErrors: string[] = [];

function signedIn(email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  return app.signedInAs(email, { ...options, consoleErrors });
}

const app = useBrowserApp({
  before: async () => {
    const theme = await createTheme({ nameNl: "Arbeidstoeleiding" });
    const community = await createCommunity({ slug: "klantmanagers", name: "Klantmanagers", accessMode: "OPEN", themeId: theme.id });
    const anna = await createUser({ email: "anna@praktijkplein.test", displayName: "Anna de Vries" });
    const bram = await createUser({ email: "bram@praktijkplein.test", displayName: "Bram Jansen" });
    await createUser({ email: "lezer@praktijkplein.test", displayName: "Lees Mee" });
    await addMember(anna.id, community.id, "FACILITATOR");
    await addMember(bram.id, community.id);
    const document = await createDocumentIn(
      community.id,
      anna.id,
      "Handreiking eerste werkdag",
      editorState(h("h2", "Voorbereiding"), p("Spreek een vaste begeleider af."), ul(["Rooster", "Werkkleding"])),
    );
    documentId = document.id;
    documentPath = `/communities/klantmanagers/documenten/${document.id}`;
  },
});

describe("shared documents in the browser", () => {
  it("two members type in the same document and see each other's text", { timeout: 120_000 }, async () => {
    const anna = await signedIn("anna@praktijkplein.test");
    const bram = await signedIn("bram@praktijkplein.test");

    await anna.page.goto(`${app.url}/communities/klantmanagers/documenten`);
    await expectAccessible(anna.page);
    await anna.page.getByRole("link", { name: "Handreiking eerste werkdag" }).click();
    await anna.page.waitForURL(`${app.url}${documentPath}`);
    await bram.page.goto(`${app.url}${documentPath}`);

    const annaEditor = anna.page.getByTestId("document-editor");
    const bramEditor = bram.page.getByTestId("document-editor");
    await annaEditor.waitFor({ state: "visible", timeout: 15_000 });
    await bramEditor.waitFor({ state: "visible", timeout: 15_000 });
    await anna.page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 10_000 });
    // Each sees the other as present.
    await anna.page.getByTestId("presence").getByText("Bram Jansen").waitFor({ timeout: 10_000 });
    await bram.page.getByTestId("presence").getByText("Anna de Vries").waitFor({ timeout: 10_000 });
    await expectAccessible(anna.page);

    await caretToEndOf(anna.page, annaEditor, "Spreek een vaste begeleider af.");
    await anna.page.keyboard.type(" Anna typt hier.");
    await caretToEndOf(bram.page, bramEditor, "Werkkleding");
    await bram.page.keyboard.type(" en een pasje van Bram");

    await bramEditor.getByText("Spreek een vaste begeleider af. Anna typt hier.").waitFor({ timeout: 10_000 });
    await annaEditor.getByText("Werkkleding en een pasje van Bram").waitFor({ timeout: 10_000 });
    await anna.page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 10_000 });
    await bram.page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 10_000 });

    const stored = await documentContent(documentId);
    expect(stored?.text).toContain("Spreek een vaste begeleider af. Anna typt hier.");
    expect(stored?.text).toContain("Werkkleding en een pasje van Bram");

    await anna.page.getByRole("link", { name: "Geschiedenis en versies" }).click();
    await anna.page.getByRole("heading", { name: /Geschiedenis van/ }).waitFor();
    await anna.page.getByText("Anna de Vries wijzigde het document").waitFor();
    await expectAccessible(anna.page);

    await anna.context.close();
    await bram.context.close();
    expect(consoleErrors).toEqual([]);
  });

  it("says at once when a writer goes offline, and merges what both wrote once back", { timeout: 120_000 }, async () => {
    // No console check here: Chromium logs each failed reconnect while offline.
    const anna = await app.signedInAs("anna@praktijkplein.test");
    const bram = await app.signedInAs("bram@praktijkplein.test");
    await anna.page.goto(`${app.url}${documentPath}`);
    await bram.page.goto(`${app.url}${documentPath}`);
    await anna.page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 15_000 });
    await bram.page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 15_000 });

    await bram.context.setOffline(true);
    // Without listening to the browser, socket.io's heartbeat would keep saying "Verbonden" for up to 45 s.
    await bram.page.getByText(/^Geen verbinding\./).waitFor({ timeout: 5_000 });
    const bramEditor = bram.page.getByTestId("document-editor");
    await caretToEndOf(bram.page, bramEditor, "Rooster");
    await bram.page.keyboard.type(" offline van Bram");
    await bram.page.getByText(/^Geen verbinding\. Je kunt doorschrijven\. Je wijzigingen staan in dit venster/).waitFor({ timeout: 5_000 });

    const annaEditor = anna.page.getByTestId("document-editor");
    await caretToEndOf(anna.page, annaEditor, "Spreek een vaste begeleider af.");
    await anna.page.keyboard.type(" Online van Anna.");

    await bram.context.setOffline(false);
    await annaEditor.getByText("Rooster offline van Bram").waitFor({ timeout: 20_000 });
    await bramEditor.getByText(/Online van Anna\./).waitFor({ timeout: 20_000 });
    await bram.page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 20_000 });
    const stored = await documentContent(documentId);
    expect(stored?.text).toContain("Rooster offline van Bram");
    expect(stored?.text).toContain("Online van Anna.");
    await anna.context.close();
    await bram.context.close();
  });

  it("serves the content as HTML to readers without JavaScript", { timeout: 60_000 }, async () => {
    const reader = await signedIn("lezer@praktijkplein.test", { javaScriptEnabled: false });
    await reader.page.goto(`${app.url}${documentPath}`);
    const html = reader.page.getByTestId("document-html");
    await html.getByRole("heading", { name: "Voorbereiding" }).waitFor();
    await html.getByText("Werkkleding").waitFor();
    await reader.page.getByText("Je kunt dit document lezen. Alleen leden van de community kunnen het bewerken.").waitFor();
    await reader.context.close();
    // The same page with JavaScript: a read-only live editor, accessible too.
    const withScript = await signedIn("lezer@praktijkplein.test");
    await withScript.page.goto(`${app.url}${documentPath}`);
    await withScript.page.getByText("Je leest mee. Wijzigingen van anderen zie je meteen.").waitFor({ timeout: 10_000 });
    await withScript.page.getByTestId("document-editor").getByText("Werkkleding").waitFor();
    expect(await withScript.page.getByTestId("document-editor").getAttribute("contenteditable")).toBe("false");
    await expectAccessible(withScript.page);
    await withScript.context.close();
    expect(consoleErrors).toEqual([]);
  });
});
