/**
 * Issue 15 F2: a PostgreSQL outage under live editors loses nothing. The
 * server runs against a PostgreSQL of this test's own (never the shared one),
 * which is stopped and started while an editor keeps typing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config, resetConfigForTests } from "../../server/config.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { disconnectDb } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { documentContent } from "../../server/documents/content.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";
import { connectEditor, paragraphText, saved, synced, type TestEditor, typeText, waitFor } from "../helpers/collab.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type OwnPostgres, ownPostgresUrl, startOwnPostgres } from "../helpers/own-postgres.ts";
import { freePort } from "../../scripts/lib/services.ts";

const ENTRY = "tests/helpers/realtime-entry.ts";

let own: OwnPostgres;
let server: AppServer;
let communityId: string;
let anna: { id: string; cookie: string };
let bram: { id: string; cookie: string };
const editors: TestEditor[] = [];
const sharedDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  // The server loads while PostgreSQL is made and migrated beside it (decision 313): it connects on
  // first use, and nothing reaches it before the users below exist.
  const port = await freePort();
  const starting = startAppServer({ entry: ENTRY, env: { DATABASE_URL: ownPostgresUrl(port), SESSION_SECRET: config().SESSION_SECRET } });
  const users = async () => {
    own = await startOwnPostgres(undefined, port);
    await disconnectDb();
    process.env.DATABASE_URL = own.url;
    resetConfigForTests();
    const community = await createCommunity({ accessMode: "OPEN" });
    communityId = community.id;
    for (const who of ["anna", "bram"] as const) {
      const user = await createUser({ displayName: who });
      await addMember(user.id, community.id);
      const created = { id: user.id, cookie: await sessionCookieFor(user.id) };
      if (who === "anna") anna = created;
      else bram = created;
    }
  };
  [server] = await Promise.all([starting, users()]);
}, 120_000);

afterAll(async () => {
  for (const created of editors) created.close();
  await server?.stop();
  await closePublisher();
  await closeQueues();
  await disconnectDb();
  await own?.destroy();
  process.env.DATABASE_URL = sharedDatabaseUrl;
  resetConfigForTests();
});

function editor(documentId: string, cookie: string) {
  const created = connectEditor(server.url, documentId, cookie);
  editors.push(created);
  return created;
}

describe("co-editing through a PostgreSQL outage", () => {
  it("keeps what is typed during and after the outage and stores it when PostgreSQL is back", { timeout: 120_000 }, async () => {
    const document = await createDocumentIn(communityId, anna.id, "Werkplan", editorState(p("Begin.")));
    const writer = editor(document.id, anna.cookie);
    const reader = editor(document.id, bram.cookie);
    await Promise.all([synced(writer), synced(reader)]);
    typeText(writer.doc, " Voor de storing.");
    await saved(writer);

    await own.stop();
    const storageStates: boolean[] = [];
    writer.provider.on("storage", ({ saving }) => storageStates.push(saving));
    for (let i = 0; i < 5; i++) {
      typeText(writer.doc, ` tijdens${i}`);
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    expect(writer.provider.saved).toBe(false);
    // Relayed before it is stored (decision 187): the other editor already sees what cannot be saved yet.
    await waitFor(
      () => paragraphText(reader.doc),
      (text) => text.endsWith(" tijdens4"),
      20_000,
      "the other editor to see unsaved text",
    );
    expect(writer.provider.saved).toBe(false);
    await own.start();
    await disconnectDb();
    typeText(writer.doc, " Na de storing.");

    await saved(writer, 60_000);
    const expected = "Begin. Voor de storing. tijdens0 tijdens1 tijdens2 tijdens3 tijdens4 Na de storing.";
    expect(paragraphText(writer.doc)).toBe(expected);
    expect((await documentContent(document.id))?.text).toBe(expected);
    // The editor was told the truth while saving was delayed, and told again when it worked.
    expect(storageStates.length === 0 || storageStates.at(-1) === true).toBe(true);
    // The other editor still follows, and a newcomer loads everything from PostgreSQL.
    await waitFor(
      () => paragraphText(reader.doc),
      (text) => text === expected,
      20_000,
      "the other editor to follow",
    );
    const late = editor(document.id, bram.cookie);
    await synced(late, 20_000);
    expect(paragraphText(late.doc)).toBe(expected);
    expect(writer.errors.filter((error) => error !== "documents.errors.saveFailed" && error !== "documents.errors.connection")).toEqual([]);
  });
});
