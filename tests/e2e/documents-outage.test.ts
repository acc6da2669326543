/**
 * Issue 15 F2 in a real browser: a member keeps typing in a shared document
 * while PostgreSQL is stopped and started; the status line tells the truth
 * and nothing typed is lost. The app runs against a PostgreSQL of this test's
 * own (never the shared one), which the test stops and starts.
 */
import { describe, expect, it } from "vitest";
import { config, resetConfigForTests } from "../../server/config.ts";
import { disconnectDb } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { documentContent } from "../../server/documents/content.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";
import { type OwnPostgres, startOwnPostgres } from "../helpers/own-postgres.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { caretToEndOf } from "../helpers/keyboard.ts";

const SAVED = "Verbonden. Alle wijzigingen zijn opgeslagen.";

let own: OwnPostgres;
let documentPath: string;
let documentId: string;
let annaId: string;
const sharedDatabaseUrl = process.env.DATABASE_URL;

const app = useBrowserApp({
  before: async () => {
    own = await startOwnPostgres();
    await disconnectDb();
    process.env.DATABASE_URL = own.url;
    resetConfigForTests();
    const community = await createCommunity({ slug: "werkgevers", name: "Werkgevers", accessMode: "OPEN" });
    const anna = await createUser({ email: "anna@praktijkplein.test", displayName: "Anna de Vries" });
    annaId = anna.id;
    await addMember(anna.id, community.id);
    const document = await createDocumentIn(community.id, anna.id, "Afspraken", editorState(p("Eerste regel.")));
    documentId = document.id;
    documentPath = `/communities/werkgevers/documenten/${document.id}`;
  },
  server: () => ({ env: { DATABASE_URL: own.url, SESSION_SECRET: config().SESSION_SECRET } }),
  after: async () => {
    await disconnectDb();
    await own?.destroy();
    process.env.DATABASE_URL = sharedDatabaseUrl;
    resetConfigForTests();
  },
  timeout: 180_000,
});

describe("a shared document through a PostgreSQL outage", () => {
  it("keeps typing, says saving waits, and stores everything once PostgreSQL is back", { timeout: 180_000 }, async () => {
    const { context, page } = await app.signedInContext(annaId, { viewport: { width: 375, height: 800 } });
    await page.goto(`${app.url}${documentPath}`);
    const editor = page.getByTestId("document-editor");
    await editor.waitFor({ state: "visible", timeout: 20_000 });
    await page.getByText(SAVED).waitFor({ timeout: 15_000 });
    await caretToEndOf(page, editor, "Eerste regel.");
    await page.keyboard.type(" Voor.");
    await page.getByText(SAVED).waitFor({ timeout: 15_000 });

    await own.stop();
    await page.keyboard.type(" Tijdens de storing getypt.", { delay: 120 });
    // Not "saved" while PostgreSQL is away: the status line says the changes wait.
    await page
      .getByRole("status")
      .filter({ hasText: /Opslaan lukt nu even niet|Geen verbinding|Wijzigingen worden opgeslagen/ })
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await page.getByText(SAVED).count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    await own.start();
    await disconnectDb();
    await page.keyboard.type(" Erna.", { delay: 50 });

    await page.getByText(SAVED).waitFor({ timeout: 60_000 });
    const expected = "Eerste regel. Voor. Tijdens de storing getypt. Erna.";
    expect((await documentContent(documentId))?.text).toBe(expected);
    await page.reload();
    await page.getByTestId("document-editor").getByText(expected).waitFor({ timeout: 20_000 });
    await context.close();
  });
});
