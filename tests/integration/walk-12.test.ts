/**
 * Walk 12 (decision 269), the parts a request can show: a filtered library or menukaart address
 * loses its empty parameters, and a document's exports leave out the template's hints that nobody
 * replaced (the stored document keeps them), and downloads are dated by the Dutch calendar.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { loader as libraryLoader } from "../../app/routes/bibliotheek._index.tsx";
import { loader as exportLoader } from "../../app/routes/communities.$slug.documenten.$id.export.$format.tsx";
import { loader as menukaartCsvLoader } from "../../app/routes/menukaart[.]csv.tsx";
import { loader as menukaartLoader } from "../../app/routes/menukaart.tsx";
import { loader as searchLoader } from "../../app/routes/zoeken._index.tsx";
import { closePublisher } from "../../server/collab/relay.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { documentContent } from "../../server/documents/content.ts";
import { editorState, h, ol, p, ul } from "../../server/documents/builder.ts";
import { templateState } from "../../server/documents/templates.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closePublisher();
});

describe("filter addresses", () => {
  it("drops empty parameters and keeps the rest in order: menukaart, library, search", async () => {
    const menukaart = await callLoader(menukaartLoader, getRequest("/menukaart?q=&thema=inclusief-werven&fase=werving"));
    expect(menukaart.status).toBe(302);
    expect(menukaart.headers.get("Location")).toBe("/menukaart?thema=inclusief-werven&fase=werving");
    const library = await callLoader(libraryLoader, getRequest("/bibliotheek?q=&soort=praktijkcase&tag="));
    expect(library.status).toBe(302);
    expect(library.headers.get("Location")).toBe("/bibliotheek?soort=praktijkcase");
    const nothing = await callLoader(menukaartLoader, getRequest("/menukaart?q="));
    expect(nothing.headers.get("Location")).toBe("/menukaart");
    expect((await callLoader(menukaartLoader, getRequest("/menukaart?thema=inclusief-werven"))).status).toBe(200);
    // The search page's filters send "period=" for "Altijd".
    const search = await callLoader(searchLoader, getRequest("/zoeken?q=werkgevers&kind=library&period=&sort=relevance"));
    // The default order goes too (decision 278).
    expect(search.headers.get("Location")).toBe("/zoeken?q=werkgevers&kind=library");
  });
});

describe("document exports", () => {
  async function exported(content: ReturnType<typeof editorState>) {
    const community = await createCommunity();
    const member = await createUser();
    await addMember(member.id, community.id);
    const document = await createDocumentIn(community.id, member.id, "Handreiking stages", content);
    const cookie = await sessionCookieFor(member.id);
    const file = async (format: "html" | "md") => {
      const params = { slug: community.slug, id: document.id, format };
      const response = await exportLoader({ request: getRequest("/x", cookie), params, context: {} } as never);
      expect(response.status).toBe(200);
      return response.text();
    };
    return { html: await file("html"), md: await file("md"), stored: (await documentContent(document.id))!.text };
  }

  it("leave out the handreiking template's hints nobody replaced; the document keeps them", async () => {
    const { html, md, stored } = await exported(templateState("handreiking") as ReturnType<typeof editorState>);
    for (const hint of ["Beschrijf in een paar zinnen", "Eerste werkzame aanpak", "Eerste stap", "Derde stap", "Noem bronnen"]) {
      expect(html).not.toContain(hint);
      expect(md).not.toContain(hint);
      expect(stored).toContain(hint);
    }
    expect(md).toBe("# Handreiking stages\n\n## Waarom deze handreiking\n\n## Wat werkt\n\n## Stap voor stap\n\n## Meer weten\n");
    expect(html).toContain("<h2>Stap voor stap</h2>");
  });

  it("keep what the writers wrote, also in a list that still holds a hint", async () => {
    const { md } = await exported(
      editorState(
        h("h2", "Waarom deze handreiking"),
        p("Beschrijf in een paar zinnen voor wie deze handreiking is en welk probleem ze helpt oplossen. Voor werkgevers in de zorg."),
        h("h2", "Stap voor stap"),
        ol(["Bel het werkgeversservicepunt", "Tweede stap", "Derde stap"]),
        ul(["Eerste stap: een kennismaking"]),
      ),
    );
    expect(md).toBe(
      "# Handreiking stages\n\n## Waarom deze handreiking\n\n" +
        "Beschrijf in een paar zinnen voor wie deze handreiking is en welk probleem ze helpt oplossen. Voor werkgevers in de zorg.\n\n" +
        "## Stap voor stap\n\n1. Bel het werkgeversservicepunt\n\n- Eerste stap: een kennismaking\n",
    );
  });
});

describe("download names", () => {
  it("carry the day in the Netherlands: half past midnight on 7 December is the 7th", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-06T23:30:00Z"), toFake: ["Date"] });
    try {
      const response = await menukaartCsvLoader({ request: getRequest("/menukaart.csv"), params: {}, context: {} } as never);
      expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="menukaart-2026-12-07.csv"');
    } finally {
      vi.useRealTimers();
    }
  });
});
