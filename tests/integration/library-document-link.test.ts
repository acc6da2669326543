/**
 * A handreiking that links a shared document: only a document from a
 * community the submitter can read may be linked, and the item page shows the
 * link only to those who may read the document; others see that it lives in a
 * community (named only when they may know the community exists).
 */
import { afterAll, describe, expect, it } from "vitest";
import { loader as itemLoader } from "../../app/routes/bibliotheek.$slug.tsx";
import { action as editAction, loader as editLoader } from "../../app/routes/bibliotheek.$slug_.bewerken.tsx";
import { action as newAction, loader as newLoader } from "../../app/routes/bibliotheek.nieuw.tsx";
import { closePublisher } from "../../server/collab/relay.ts";
import { db } from "../../server/db.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { transitionItem } from "../../server/library/commands.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closePublisher();
});

function toolkitForm(themeSlug: string, documentId: string, overrides: Record<string, string> = {}) {
  return {
    intent: "draft",
    kind: "HANDREIKING",
    title: "Toolkit inclusief werven",
    summary: "Stappen en voorbeelden voor inclusieve vacatureteksten en gesprekken.",
    themes: themeSlug,
    phases: "WERVING_SELECTIE",
    targetGroups: "WERKGEVERS",
    bodyText: "Begin bij de vacaturetekst: wat is echt nodig voor het werk?",
    documentId,
    ...overrides,
  };
}

async function setup() {
  const theme = await createTheme();
  const closed = await createCommunity({ name: "Besloten werkgroep recruiters", accessMode: "INVITE_ONLY", themeId: theme.id });
  const onRequest = await createCommunity({ name: "Netwerk HR-adviseurs", accessMode: "ON_REQUEST", themeId: theme.id });
  const [author, outsider, moderator] = await Promise.all([createUser(), createUser(), createUser({ globalRole: "MODERATOR" })]);
  await addMember(author.id, closed.id);
  await addMember(author.id, onRequest.id);
  const secretDoc = await createDocumentIn(closed.id, author.id, "Werkversie vacatureteksten", editorState(p("Concept van de werkgroep.")));
  const networkDoc = await createDocumentIn(onRequest.id, author.id, "Gespreksleidraad", editorState(p("Vragen voor het gesprek.")));
  return {
    theme,
    closed,
    onRequest,
    secretDoc,
    networkDoc,
    author: { ...author, cookie: await sessionCookieFor(author.id) },
    outsider: { ...outsider, cookie: await sessionCookieFor(outsider.id) },
    moderator,
  };
}

describe("library item ↔ shared document", () => {
  it("offers and accepts only documents the submitter can read", async () => {
    const s = await setup();
    const offered = async (cookie: string) =>
      (
        (await callLoader(newLoader, getRequest("/bibliotheek/nieuw?soort=handreiking", cookie))).body as {
          documents: { id: string; label: string }[];
        }
      ).documents.map((d) => d.id);
    expect(await offered(s.author.cookie)).toEqual(expect.arrayContaining([s.secretDoc.id, s.networkDoc.id]));
    expect(await offered(s.outsider.cookie)).not.toContain(s.secretDoc.id);
    expect(await offered(s.outsider.cookie)).not.toContain(s.networkDoc.id);

    // An outsider cannot link a document of a community they cannot read (even by posting its id).
    const refused = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", toolkitForm(s.theme.slug, s.secretDoc.id), s.outsider.cookie),
    );
    expect(refused.status).toBe(422);
    expect(await db().libraryItem.count({ where: { documentId: s.secretDoc.id } })).toBe(0);
    // An unknown id is refused the same way.
    expect(
      (
        await callAction(
          newAction,
          formRequest("/bibliotheek/nieuw", toolkitForm(s.theme.slug, "c0000000000000000000000000"), s.author.cookie),
        )
      ).status,
    ).toBe(422);

    const created = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", toolkitForm(s.theme.slug, s.secretDoc.id), s.author.cookie),
    );
    expect(created.status).toBe(302);
    const slug = created.headers.get("Location")!.replace("/bibliotheek/", "");
    expect(await db().libraryItem.findUniqueOrThrow({ where: { slug } })).toMatchObject({
      kind: "HANDREIKING",
      documentId: s.secretDoc.id,
    });

    // Other kinds do not keep a link.
    const faq = await callAction(
      newAction,
      formRequest(
        "/bibliotheek/nieuw",
        toolkitForm(s.theme.slug, s.networkDoc.id, { kind: "VEELGESTELDE_VRAAG", title: "Mag ik vragen naar een diploma?" }),
        s.author.cookie,
      ),
    );
    expect(faq.status).toBe(302);
    const faqSlug = faq.headers.get("Location")!.replace("/bibliotheek/", "");
    expect((await db().libraryItem.findUniqueOrThrow({ where: { slug: faqSlug } })).documentId).toBeNull();

    // The edit form keeps the link; changing it to another readable document works.
    const editForm = (await callLoader(editLoader, getRequest(`/bibliotheek/${slug}/bewerken`, s.author.cookie), { slug })).body as {
      documents: { id: string }[];
    };
    expect(editForm.documents.map((d) => d.id)).toContain(s.secretDoc.id);
    const edited = await callAction(
      editAction,
      formRequest(`/bibliotheek/${slug}/bewerken`, toolkitForm(s.theme.slug, s.networkDoc.id), s.author.cookie),
      { slug },
    );
    expect(edited.status).toBe(302);
    expect((await db().libraryItem.findUniqueOrThrow({ where: { slug } })).documentId).toBe(s.networkDoc.id);
  });

  it("shows the link to readers of the document and only where it lives to others", async () => {
    const s = await setup();
    const publish = async (documentId: string, title: string) => {
      const created = await callAction(
        newAction,
        formRequest("/bibliotheek/nieuw", toolkitForm(s.theme.slug, documentId, { title }), s.author.cookie),
      );
      const slug = created.headers.get("Location")!.replace("/bibliotheek/", "");
      await transitionItem(s.author, slug, "submit");
      await transitionItem(s.moderator, slug, "publish");
      return slug;
    };
    const secretSlug = await publish(s.secretDoc.id, "Toolkit uit de werkgroep");
    const networkSlug = await publish(s.networkDoc.id, "Toolkit uit het netwerk");
    type Page = { item: { document: { readable: boolean; title?: string; url?: string; community: string | null } | null } };
    const view = async (slug: string, cookie: string) =>
      ((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, cookie), { slug })).body as Page).item.document;

    expect(await view(secretSlug, s.author.cookie)).toEqual({
      readable: true,
      title: "Werkversie vacatureteksten",
      url: `/communities/${s.closed.slug}/documenten/${s.secretDoc.id}`,
      community: "Besloten werkgroep recruiters",
    });
    // An outsider learns neither the title nor the name of an invite-only community.
    expect(await view(secretSlug, s.outsider.cookie)).toEqual({ readable: false, community: null });
    // A listed community is named, the document's title is not.
    expect(await view(networkSlug, s.outsider.cookie)).toEqual({ readable: false, community: "Netwerk HR-adviseurs" });
    const page = JSON.stringify(
      (await callLoader(itemLoader, getRequest(`/bibliotheek/${secretSlug}`, s.outsider.cookie), { slug: secretSlug })).body,
    );
    expect(page).not.toContain("Werkversie vacatureteksten");
    expect(page).not.toContain(s.secretDoc.id);

    // Hidden by moderation: its title is neither shown nor offered, and it cannot be linked again (decision 060).
    const reader = await createUser();
    await addMember(reader.id, s.onRequest.id);
    const readerCookie = await sessionCookieFor(reader.id);
    expect(await view(networkSlug, readerCookie)).toMatchObject({ readable: true, title: "Gespreksleidraad" });
    await db().document.update({ where: { id: s.networkDoc.id }, data: { hiddenAt: new Date(), hiddenReason: "Persoonsgegevens" } });
    expect(await view(networkSlug, readerCookie)).toEqual({ readable: false, community: "Netwerk HR-adviseurs" });
    const offered = (
      (await callLoader(newLoader, getRequest("/bibliotheek/nieuw?soort=handreiking", readerCookie))).body as {
        documents: { id: string }[];
      }
    ).documents.map((d) => d.id);
    expect(offered).not.toContain(s.networkDoc.id);
    const relinked = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", toolkitForm(s.theme.slug, s.networkDoc.id, { title: "Nog een toolkit" }), readerCookie),
    );
    expect(relinked.status).toBe(422);

    // A deleted document leaves the item without a link.
    await db().document.delete({ where: { id: s.networkDoc.id } });
    expect(await view(networkSlug, s.author.cookie)).toBeNull();
  });
});
