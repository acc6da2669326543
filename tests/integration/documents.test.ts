/**
 * Documents through their routes (real requests to loaders and actions),
 * the access matrix, storage (compaction, change list, automatic versions,
 * the BullMQ job) and export.
 */
import * as Y from "yjs";
import { afterAll, describe, expect, it } from "vitest";
import { loader as listLoader } from "../../app/routes/communities.$slug.documenten._index.tsx";
import { action as newAction } from "../../app/routes/communities.$slug.documenten.nieuw.tsx";
import { action as pageAction, loader as pageLoader } from "../../app/routes/communities.$slug.documenten.$id._index.tsx";
import { action as historyAction, loader as historyLoader } from "../../app/routes/communities.$slug.documenten.$id.geschiedenis.tsx";
import { loader as versionLoader } from "../../app/routes/communities.$slug.documenten.$id.versies.$versionId.tsx";
import { loader as exportLoader } from "../../app/routes/communities.$slug.documenten.$id.export.$format.tsx";
import { communityPermissions } from "../../server/communities/policy.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { appendUpdates, compactDocument, loadState } from "../../server/collab/store.ts";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { documentContent } from "../../server/documents/content.ts";
import { editorState, h, link, ol, p, quote, table, text, ul } from "../../server/documents/builder.ts";
import { toMarkdown } from "../../server/documents/markdown.ts";
import { documentPermissions } from "../../server/documents/policy.ts";
import { autoVersion } from "../../server/documents/versions.ts";
import { recordEvents } from "../helpers/events.ts";
import { ARTICLE_LIMITS, sanitizeRichText } from "../../server/richtext/index.ts";
import { enqueue } from "../../server/queues/producer.ts";
import { startWorkers } from "../../workers/registry.ts";
import { typeText } from "../helpers/collab.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closePublisher();
});

async function setup(accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY" = "OPEN") {
  const community = await createCommunity({ accessMode });
  const [facilitator, member, other, reader] = await Promise.all([
    createUser({ displayName: "Fenna Facilitator" }),
    createUser({ displayName: "Mo Member" }),
    createUser({ displayName: "Otto Other" }),
    createUser({ displayName: "Rik Reader" }),
  ]);
  await addMember(facilitator.id, community.id, "FACILITATOR");
  await addMember(member.id, community.id);
  await addMember(other.id, community.id);
  const cookies = {
    facilitator: await sessionCookieFor(facilitator.id),
    member: await sessionCookieFor(member.id),
    other: await sessionCookieFor(other.id),
    reader: await sessionCookieFor(reader.id),
  };
  return { community, slug: community.slug, facilitator, member, other, reader, cookies };
}

/** An edit as the browser would send it: the update from typing into the current content. */
async function edit(documentId: string, authorId: string, words: string) {
  const stored = await loadState(documentId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored!.state);
  const before = Y.encodeStateVector(doc);
  typeText(doc, words);
  await appendUpdates(documentId, [{ data: Y.encodeStateAsUpdate(doc, before), authorId }]);
}

describe("who may do what", () => {
  const member = { role: "MEMBER" as const, accessMode: "OPEN" as const };
  const actor = { id: "u1", globalRole: "MEMBER" as const };
  const cases: [
    string,
    Parameters<typeof communityPermissions>[1],
    { locked: boolean; createdById: string | null; hiddenAt: Date | null },
    Record<string, boolean>,
  ][] = [
    [
      "member, open document",
      member,
      { locked: false, createdById: null, hiddenAt: null },
      { read: true, edit: true, lock: false, delete: false, live: true },
    ],
    [
      "member who started it",
      member,
      { locked: false, createdById: "u1", hiddenAt: null },
      { read: true, edit: true, lock: false, delete: true, live: true },
    ],
    [
      "member, locked document",
      member,
      { locked: true, createdById: "u1", hiddenAt: null },
      { read: true, edit: false, lock: false, delete: false, live: true },
    ],
    [
      "facilitator, locked document",
      { role: "FACILITATOR", accessMode: "OPEN" },
      { locked: true, createdById: null, hiddenAt: null },
      { read: true, edit: true, lock: true, delete: true, live: true },
    ],
    [
      "non-member, open community",
      { role: null, accessMode: "OPEN" },
      { locked: false, createdById: null, hiddenAt: null },
      { read: true, edit: false, lock: false, delete: false, live: true },
    ],
    [
      "non-member, on request",
      { role: null, accessMode: "ON_REQUEST" },
      { locked: false, createdById: null, hiddenAt: null },
      { read: false, edit: false, lock: false, delete: false, live: false },
    ],
    [
      "non-member, invite only",
      { role: null, accessMode: "INVITE_ONLY" },
      { locked: false, createdById: "u1", hiddenAt: null },
      { read: false, edit: false, lock: false, delete: false, live: false },
    ],
    // Hidden by a moderator (decision 241): frozen for all; its creator may still delete it; only moderators open it live.
    [
      "member who started it, hidden",
      member,
      { locked: false, createdById: "u1", hiddenAt: new Date() },
      { read: true, edit: false, lock: false, delete: true, live: false },
    ],
    [
      "facilitator, hidden",
      { role: "FACILITATOR", accessMode: "OPEN" },
      { locked: false, createdById: null, hiddenAt: new Date() },
      { read: true, edit: false, lock: false, delete: true, live: false },
    ],
  ];
  it.each(cases)("%s", (_name, context, facts, expected) => {
    expect(documentPermissions(actor, communityPermissions(actor, context), facts)).toEqual(expected);
  });
  it("a moderator reads everything and edits nothing; an admin edits what facilitators edit", () => {
    const outside = { role: null, accessMode: "INVITE_ONLY" as const };
    const moderator = { id: "m", globalRole: "MODERATOR" as const };
    const admin = { id: "a", globalRole: "ADMIN" as const };
    expect(
      documentPermissions(moderator, communityPermissions(moderator, outside), { locked: false, createdById: null, hiddenAt: null }),
    ).toEqual({
      read: true,
      edit: false,
      lock: false,
      delete: false,
      live: true,
    });
    expect(
      documentPermissions(admin, communityPermissions(admin, { role: "MEMBER", accessMode: "OPEN" }), {
        locked: true,
        createdById: null,
        hiddenAt: null,
      }),
    ).toEqual({ read: true, edit: true, lock: true, delete: true, live: true });
  });
});

describe("documents through the routes", () => {
  it("a member starts a document without JavaScript; it is bootstrapped from the template and rendered on the server", async () => {
    const { slug, member, cookies } = await setup();
    const recorded = recordEvents(["document.created"]);
    const created = await callAction(
      newAction,
      formRequest(`/communities/${slug}/documenten/nieuw`, { title: "Handreiking stages", template: "handreiking" }, cookies.member),
      { slug },
    );
    recorded.stop();
    expect(created.status).toBe(302);
    const id = created.headers.get("Location")!.split("#")[0]!.split("/").pop()!;
    const document = await db().document.findUniqueOrThrow({ where: { id } });
    expect(document).toMatchObject({ title: "Handreiking stages", status: "CONCEPT", createdById: member.id, locked: false });
    expect(recorded.of("document.created")).toEqual([{ documentId: id, communityId: document.communityId, userId: member.id }]);

    const page = await callLoader(pageLoader, getRequest(`/communities/${slug}/documenten/${id}`, cookies.member), { slug, id });
    expect(page.status).toBe(200);
    const body = page.body as { html: string; permissions: Record<string, boolean>; editors: { id: string }[] };
    expect(body.html).toContain("<h3>Waarom deze handreiking</h3>");
    // The template's hints are marked for print (decision 278).
    expect(body.html).toContain('<ol><li data-template-hint="">Eerste stap</li>');
    expect(body.permissions).toEqual({ read: true, edit: true, lock: false, delete: true, live: true });
    expect(body.editors.map((editor) => editor.id)).toEqual([member.id]);

    const list = await callLoader(listLoader, getRequest(`/communities/${slug}/documenten`, cookies.member), { slug });
    expect((list.body as { documents: { id: string }[]; canCreate: boolean }).documents.map((d) => d.id)).toEqual([id]);
  });

  it("checks the form, and who may create", async () => {
    const { slug, cookies } = await setup();
    const invalid = await callAction(newAction, formRequest(`/communities/${slug}/documenten/nieuw`, { title: "x" }, cookies.member), {
      slug,
    });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain("errors.minChars");
    // A reader of an open community is no member: no new documents.
    const refused = await callAction(
      newAction,
      formRequest(`/communities/${slug}/documenten/nieuw`, { title: "Mag niet" }, cookies.reader),
      { slug },
    );
    expect(refused.status).toBe(403);
    const list = await callLoader(listLoader, getRequest(`/communities/${slug}/documenten`, cookies.reader), { slug });
    expect((list.body as { canCreate: boolean }).canCreate).toBe(false);
    expect(await db().document.count({ where: { community: { slug } } })).toBe(0);
  });

  it("keeps invite-only documents invisible to outsiders everywhere", async () => {
    const { community, slug, member, cookies } = await setup("INVITE_ONLY");
    const document = await createDocumentIn(community.id, member.id, "Vertrouwelijk", editorState(p("Alleen voor leden.")));
    const params = { slug, id: document.id };
    expect((await callLoader(listLoader, getRequest(`/communities/${slug}/documenten`, cookies.reader), { slug })).status).toBe(404);
    expect((await callLoader(pageLoader, getRequest(`/x`, cookies.reader), params)).status).toBe(404);
    expect((await callLoader(historyLoader, getRequest(`/x`, cookies.reader), params)).status).toBe(404);
    expect((await callLoader(exportLoader, getRequest(`/x`, cookies.reader), { ...params, format: "md" })).status).toBe(404);
    expect((await callAction(pageAction, formRequest(`/x`, { intent: "lock" }, cookies.reader), params)).status).toBe(404);
    // A document id from another community is not found through this one.
    const open = await setup();
    expect((await callLoader(pageLoader, getRequest(`/x`, open.cookies.member), { slug: open.slug, id: document.id })).status).toBe(404);
    // Without a session: to the login page.
    expect((await callLoader(pageLoader, getRequest(`/x`), params)).status).toBe(302);
  });

  it("title, status, lock and delete", async () => {
    const { community, slug, member, other, cookies } = await setup();
    const document = await createDocumentIn(community.id, member.id, "Verslag", editorState(p("Tekst")));
    const params = { slug, id: document.id };
    const url = `/communities/${slug}/documenten/${document.id}`;

    const saved = await callAction(
      pageAction,
      formRequest(url, { intent: "details", title: "Verslag 10 maart", status: "PUBLISHED" }, cookies.other),
      params,
    );
    expect(saved.status).toBe(302);
    expect(await db().document.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({
      title: "Verslag 10 maart",
      status: "PUBLISHED",
    });
    const badStatus = await callAction(
      pageAction,
      formRequest(url, { intent: "details", title: "Verslag", status: "KLAAR" }, cookies.other),
      params,
    );
    expect(badStatus.status).toBe(400);
    expect(
      (await callAction(pageAction, formRequest(url, { intent: "details", title: "Lezer", status: "CONCEPT" }, cookies.reader), params))
        .status,
    ).toBe(403);

    expect((await callAction(pageAction, formRequest(url, { intent: "lock" }, cookies.member), params)).status).toBe(403);
    expect((await callAction(pageAction, formRequest(url, { intent: "lock" }, cookies.facilitator), params)).status).toBe(302);
    const locked = await callAction(
      pageAction,
      formRequest(url, { intent: "details", title: "Toch wijzigen", status: "CONCEPT" }, cookies.other),
      params,
    );
    expect(locked.status).toBe(403);
    expect(locked.body).toMatchObject({ formError: "documents.errors.readOnly" });
    // The starter may not delete a locked document; a facilitator may.
    expect((await callAction(pageAction, formRequest(url, { intent: "delete", confirm: "yes" }, cookies.member), params)).status).toBe(403);
    expect((await callAction(pageAction, formRequest(url, { intent: "unlock" }, cookies.facilitator), params)).status).toBe(302);

    const unconfirmed = await callAction(pageAction, formRequest(url, { intent: "delete" }, cookies.member), params);
    expect(unconfirmed.status).toBe(400);
    expect((await callAction(pageAction, formRequest(url, { intent: "delete", confirm: "yes" }, cookies.other), params)).status).toBe(403);
    const deleted = await callAction(pageAction, formRequest(url, { intent: "delete", confirm: "yes" }, cookies.member), params);
    expect(deleted.status).toBe(302);
    expect(await db().document.count({ where: { id: document.id } })).toBe(0);
    expect(await db().documentSnapshot.count({ where: { documentId: document.id } })).toBe(0);
    expect(other.id).toBeTruthy();
  });

  it("versions: save one, view it, restore it from the history as a new change", async () => {
    const { community, slug, member, other, cookies } = await setup();
    const document = await createDocumentIn(community.id, member.id, "Toolkit", editorState(p("Eerste opzet.")));
    const params = { slug, id: document.id };
    const url = `/communities/${slug}/documenten/${document.id}`;
    expect((await callAction(pageAction, formRequest(url, { intent: "version", name: "versie 1" }, cookies.member), params)).status).toBe(
      302,
    );
    await edit(document.id, other.id, " Aangevuld door Otto.");
    expect((await documentContent(document.id))?.text).toBe("Eerste opzet. Aangevuld door Otto.");

    const history = await callLoader(historyLoader, getRequest(`${url}/geschiedenis`, cookies.reader), params);
    const body = history.body as {
      versions: { id: string; name: string; kind: string; author: { id: string } }[];
      changes: { author: { id: string } | null; updates: number }[];
      canRestore: boolean;
    };
    expect(body.canRestore).toBe(false);
    expect(body.versions).toMatchObject([{ name: "versie 1", kind: "NAMED", author: { id: member.id } }]);
    expect(body.changes).toMatchObject([{ author: { id: other.id }, updates: 1 }]);
    const versionId = body.versions[0]!.id;

    const view = await callLoader(versionLoader, getRequest(`${url}/versies/${versionId}`, cookies.reader), { ...params, versionId });
    expect((view.body as { html: string }).html).toBe("<p>Eerste opzet.</p>");

    expect(
      (await callAction(historyAction, formRequest(`${url}/geschiedenis`, { intent: "restore", versionId }, cookies.reader), params))
        .status,
    ).toBe(403);
    const restored = await callAction(
      historyAction,
      formRequest(`${url}/geschiedenis`, { intent: "restore", versionId }, cookies.other),
      params,
    );
    expect(restored.status).toBe(302);
    expect((await documentContent(document.id))?.text).toBe("Eerste opzet.");
    const versions = await db().documentVersion.findMany({ where: { documentId: document.id }, orderBy: { number: "asc" } });
    expect(versions.map((version) => version.kind)).toEqual(["NAMED", "BEFORE_RESTORE"]);
    const missing = await callAction(
      historyAction,
      formRequest(`${url}/geschiedenis`, { intent: "restore", versionId: "bestaat-niet" }, cookies.other),
      params,
    );
    expect(missing.status).toBe(404);
  });

  it("exports a complete HTML file and Markdown", async () => {
    const { community, slug, member, cookies } = await setup();
    const document = await createDocumentIn(
      community.id,
      member.id,
      "Werkervaringsplaatsen: wat werkt?",
      editorState(
        h("h2", "Aanpak"),
        p([text("Vet", "bold"), text(" en "), link("https://example.nl/a", "een link")]),
        ul(["een", "twee"]),
        table([
          ["Wie", "Wat"],
          ["Jobcoach", "Begeleiden"],
        ]),
      ),
    );
    const params = { slug, id: document.id };
    const response = await exportLoader({
      request: getRequest(`/x`, cookies.reader),
      params: { ...params, format: "html" },
      context: {},
    } as never);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain('filename="werkervaringsplaatsen-wat-werkt.html"');
    const page = await response.text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(page).toContain("<title>Werkervaringsplaatsen: wat werkt?</title>");
    expect(page).toContain("<main>\n<h1>Werkervaringsplaatsen: wat werkt?</h1>\n<h2>Aanpak</h2>");
    expect(page).toContain('<a href="https://example.nl/a" rel="noopener noreferrer nofollow">een link</a>');

    const md = await exportLoader({ request: getRequest(`/x`, cookies.reader), params: { ...params, format: "md" }, context: {} } as never);
    expect(md.headers.get("Content-Type")).toBe("text/markdown; charset=utf-8");
    expect(await md.text()).toBe(
      "# Werkervaringsplaatsen: wat werkt?\n\n## Aanpak\n\n**Vet** en [een link](https://example.nl/a)\n\n- een\n- twee\n\n| Wie | Wat |\n| --- | --- |\n| Jobcoach | Begeleiden |\n",
    );
    expect((await callLoader(exportLoader, getRequest(`/x`, cookies.reader), { ...params, format: "pdf" })).status).toBe(404);
  });
});

describe("Markdown", () => {
  it("escapes what would become markup and keeps structure", () => {
    const state = sanitizeRichText(
      editorState(
        p("*geen* nadruk, # geen kop"),
        ol(["één", "twee"]),
        quote("Citaat"),
        p([text("code()", "code"), text(" en "), text("schuin ", "italic")]),
      ),
      ARTICLE_LIMITS,
    );
    expect(toMarkdown("Titel [1]", state)).toBe(
      "# Titel \\[1\\]\n\n\\*geen\\* nadruk, \\# geen kop\n\n1. één\n2. twee\n\n> Citaat\n\n`code()` en _schuin_ \n",
    );
  });
});

describe("storage", () => {
  it("compaction folds the log into the snapshot and the change list, and the content stays the same", async () => {
    const { community, member, other } = await setup();
    const document = await createDocumentIn(community.id, member.id, "Log", editorState(p("Begin.")));
    await edit(document.id, member.id, " Een twee drie.");
    await edit(document.id, member.id, " Vier.");
    await edit(document.id, other.id, " Vijf zes.");
    const before = await documentContent(document.id);
    const stateBefore = await loadState(document.id);
    expect(stateBefore?.pending).toBe(3);

    expect(await compactDocument(document.id)).toMatchObject({ compacted: 3 });
    expect(await db().documentUpdate.count({ where: { documentId: document.id } })).toBe(0);
    expect(await db().documentSnapshot.findUniqueOrThrow({ where: { documentId: document.id } })).toMatchObject({ seq: 3 });
    expect(await documentContent(document.id)).toEqual(before);
    const changes = await db().documentChange.findMany({ where: { documentId: document.id }, orderBy: { fromSeq: "asc" } });
    expect(changes.map((c) => [c.authorId, c.fromSeq, c.toSeq, c.updates, c.wordsAdded, c.wordsRemoved])).toEqual([
      [member.id, 1, 2, 2, 4, 0],
      [other.id, 3, 3, 1, 2, 0],
    ]);
    expect(changes.map((change) => change.excerpt)).toEqual(["Een twee drie. Vier.", "Vijf zes."]);
    expect((await db().document.findUniqueOrThrow({ where: { id: document.id } })).size).toBe(
      (await db().documentSnapshot.findUniqueOrThrow({ where: { documentId: document.id } })).state.byteLength,
    );
    // Nothing to do the second time; more edits extend the last change of the same member.
    expect(await compactDocument(document.id)).toEqual({ compacted: 0, bytes: 0 });
    await edit(document.id, other.id, " Zeven.");
    await compactDocument(document.id);
    expect(await db().documentChange.count({ where: { documentId: document.id } })).toBe(2);
  });

  it("automatic versions only when something changed", async () => {
    const { community, member } = await setup();
    const document = await createDocumentIn(community.id, member.id, "Auto", editorState(p("Begin.")));
    expect(await autoVersion(document.id)).toBeNull();
    await edit(document.id, member.id, " Meer tekst hier.");
    expect(await autoVersion(document.id)).toMatchObject({ number: 1, kind: "AUTO" });
    expect(await autoVersion(document.id)).toBeNull();
    const version = await db().documentVersion.findFirstOrThrow({ where: { documentId: document.id } });
    expect([version.wordsAdded, version.wordsRemoved]).toEqual([4, 0]);
  });

  it("the worker compacts a document when the job is queued", async () => {
    const { community, member } = await setup();
    const document = await createDocumentIn(community.id, member.id, "Job", editorState(p("Begin.")));
    await edit(document.id, member.id, " Via de wachtrij.");
    const workers = await startWorkers({ schedule: false });
    try {
      await enqueue("compactDocument", { documentId: document.id });
      for (let i = 0; i < 100 && (await db().documentUpdate.count({ where: { documentId: document.id } })) > 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await db().documentUpdate.count({ where: { documentId: document.id } })).toBe(0);
      expect((await documentContent(document.id))?.text).toBe("Begin. Via de wachtrij.");
    } finally {
      await workers.close();
    }
  });
});
