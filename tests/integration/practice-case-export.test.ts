/**
 * Decision 242: a practice case (praktijkvoorbeeld) downloads as HTML and as
 * Markdown, as a shared document does, for whoever may see its page; a case
 * hidden by moderation only for its author and the curators.
 */
import { describe, expect, it } from "vitest";
import { loader as exportLoader } from "../../app/routes/bibliotheek.$slug_.export.$format.tsx";
import { db } from "../../server/db.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { getRequest } from "../helpers/remix.ts";

async function download(slug: string, format: string, cookie?: string) {
  try {
    const response = (await exportLoader({
      request: getRequest(`/bibliotheek/${slug}/export/${format}`, cookie),
      params: { slug, format },
      context: {},
    })) as Response;
    return { status: response.status, headers: response.headers, body: await response.text() };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, headers: thrown.headers, body: await thrown.text() };
    throw thrown;
  }
}

let counter = 0;
async function practiceCase(authorId: string, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return db().libraryItem.create({
    data: {
      slug: `case-export-${counter}-${Date.now()}`,
      kind: "PRAKTIJKCASE",
      status: "PUBLISHED",
      publishedAt: new Date("2026-11-02T10:00:00Z"),
      title: "Werkervaringsplekken bij <Bouwbedrijf> & co",
      summary: "Een bouwbedrijf bood statushouders een werkervaringsplek.",
      body: {},
      organisationName: "Bouwbedrijf Van Dijk",
      region: null,
      challenge: "Vacatures bleven open.\n1. Geen reacties",
      approach: "Samen met de gemeente een traject opgezet.",
      results: "12 van de 15 deelnemers kregen een contract.",
      resultsMeasurement: "Telling na een jaar.",
      lessons: "Begin klein.",
      authorId,
      ...overrides,
    },
    select: { id: true, slug: true },
  });
}

describe("downloading a practice case (decision 242)", () => {
  it("as Markdown and as standalone HTML, with its sections, escaped", async () => {
    const [author, reader] = await Promise.all([createUser({ displayName: "Anna Auteur" }), createUser({ displayName: "Lars Lezer" })]);
    const item = await practiceCase(author.id);
    const cookie = await sessionCookieFor(reader.id);

    const md = await download(item.slug, "md", cookie);
    expect(md.status).toBe(200);
    expect(md.headers.get("Content-Type")).toBe("text/markdown; charset=utf-8");
    expect(md.headers.get("Content-Disposition")).toMatch(/^attachment; filename="werkervaringsplekken-bij-bouwbedrijf-co\.md"/);
    expect(md.body).toContain("# Werkervaringsplekken bij \\<Bouwbedrijf\\> & co");
    expect(md.body).toContain("*Bouwbedrijf Van Dijk*");
    expect(md.body).toContain("## De uitdaging\n\nVacatures bleven open.\n1\\. Geen reacties");
    expect(md.body).toContain("## De resultaten\n\n12 van de 15 deelnemers kregen een contract.");
    expect(md.body).toContain("**Hoe is dat gemeten?** Telling na een jaar.");
    expect(md.body).toContain("## Lessen voor anderen\n\nBegin klein.");

    const html = await download(item.slug, "html", cookie);
    expect(html.status).toBe(200);
    expect(html.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(html.body).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html.body).toContain("<h1>Werkervaringsplekken bij &lt;Bouwbedrijf&gt; &amp; co</h1>");
    expect(html.body).toContain("<h2>De aanpak</h2>\n<p>Samen met de gemeente een traject opgezet.</p>");
    expect(html.body).not.toContain("<Bouwbedrijf>");
    expect(html.body).toContain("Een praktijkvoorbeeld uit de bibliotheek van Praktijkplein, 2 november 2026.");

    expect((await download(item.slug, "pdf", cookie)).status).toBe(404);
  });

  it("an anonymous case names no organisation; other kinds of items have no such file", async () => {
    const author = await createUser({ displayName: "Anna Auteur" });
    const cookie = await sessionCookieFor(author.id);
    const anonymous = await practiceCase(author.id, { anonymous: true });
    const md = await download(anonymous.slug, "md", cookie);
    expect(md.body).toContain("*Anonieme organisatie*");
    expect(md.body).not.toContain("Van Dijk");
    const intervention = await practiceCase(author.id, { kind: "INTERVENTIE" });
    expect((await download(intervention.slug, "md", cookie)).status).toBe(404);
    expect((await download("bestaat-niet", "html", cookie)).status).toBe(404);
  });

  it("a hidden case: not for members, still for its author and moderators", async () => {
    const [author, reader, moderator] = await Promise.all([
      createUser({ displayName: "Anna Auteur" }),
      createUser({ displayName: "Lars Lezer" }),
      createUser({ displayName: "Mira Moderator", globalRole: "MODERATOR" }),
    ]);
    const item = await practiceCase(author.id, { hiddenAt: new Date(), hiddenReason: "Noemt een deelnemer bij naam" });
    expect((await download(item.slug, "md", await sessionCookieFor(reader.id))).status).toBe(404);
    expect((await download(item.slug, "html", await sessionCookieFor(reader.id))).status).toBe(404);
    expect((await download(item.slug, "md")).status).toBe(404);
    expect((await download(item.slug, "md", await sessionCookieFor(author.id))).status).toBe(200);
    expect((await download(item.slug, "html", await sessionCookieFor(moderator.id))).status).toBe(200);
  });
});
