/**
 * A co-editing change the server would refuse (decision 260): here one past the update limit. The
 * typist is told, the editor stops taking text that would not be stored either, and the text can be
 * copied before reloading; after the reload the saved text shows.
 */
import { describe, expect, it } from "vitest";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { caretToEndOf } from "../helpers/keyboard.ts";

let documentPath: string;

const app = useBrowserApp({
  before: async () => {
    const community = await createCommunity({ slug: "werkgevers", name: "Werkgevers", accessMode: "OPEN" });
    const anna = await createUser({ email: "anna@praktijkplein.test", displayName: "Anna de Vries" });
    await addMember(anna.id, community.id, "FACILITATOR");
    const document = await createDocumentIn(community.id, anna.id, "Afspraken stageplekken", editorState(p("Begin met een kennismaking.")));
    documentPath = `/communities/werkgevers/documenten/${document.id}`;
  },
  // A small limit, so an ordinary paste is past it.
  server: { env: { COLLAB_MAX_UPDATE_BYTES: "4096" } },
});

describe("a refused co-editing change", () => {
  it("is told, stops the typing and offers to copy the text and reload", { timeout: 120_000 }, async () => {
    const { context, page } = await app.signedInAs("anna@praktijkplein.test", { goto: documentPath });
    await page.setViewportSize({ width: 375, height: 740 });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
    const editor = page.getByTestId("document-editor");
    await editor.waitFor({ state: "visible", timeout: 15_000 });
    await page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 10_000 });

    await caretToEndOf(page, editor, "Begin met een kennismaking.");
    const pasted = ` ${"Een lange geplakte tekst over stageplekken. ".repeat(150)}`;
    await page.keyboard.insertText(pasted);

    const alert = page.getByRole("alert").filter({ hasText: "Je wijziging is niet opgeslagen" });
    await alert.waitFor({ timeout: 10_000 });
    await page.getByText(/Je laatste wijziging is niet opgeslagen\. Typen kan hier nu niet meer\./).waitFor();
    // Nothing more is taken: what would follow the refused change would not be stored either.
    await expect.poll(() => editor.getAttribute("contenteditable")).toBe("false");
    await editor.click();
    await page.keyboard.type("Nog meer");
    expect(await editor.innerText()).not.toContain("Nog meer");

    await alert.getByRole("button", { name: "Tekst kopiëren" }).click();
    await page.getByText("De tekst staat op het klembord.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Een lange geplakte tekst over stageplekken.");
    await expectAccessible(page);

    page.on("dialog", (dialog) => void dialog.accept());
    await alert.getByRole("button", { name: "Pagina opnieuw laden" }).click();
    await page.getByText("Verbonden. Alle wijzigingen zijn opgeslagen.").waitFor({ timeout: 15_000 });
    expect(await editor.innerText()).toContain("Begin met een kennismaking.");
    expect(await editor.innerText()).not.toContain("Een lange geplakte tekst");
    await context.close();
  });
});
