/**
 * Walk 13 (decision 278), the parts a request can show: the default search order is left out of the
 * address; the document page marks the template's untouched hints so a print can hide them (a hint
 * with words added is the writers' own); required selects and an invitee's address name what is missing.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import { afterAll, describe, expect, it } from "vitest";
import { loader as documentLoader } from "../../app/routes/communities.$slug.documenten.$id._index.tsx";
import { loader as searchLoader } from "../../app/routes/zoeken._index.tsx";
import { actionSchema, indicatorSchema, measurementSchema, questionSchema } from "../../app/shared/agenda.ts";
import { inviteSchema } from "../../app/shared/forms/communities.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { editorState, h, ol, p } from "../../server/documents/builder.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closePublisher();
});

describe("search addresses", () => {
  it("leave out sort=relevance, the default order, and keep another order", async () => {
    const relevance = await callLoader(searchLoader, getRequest("/zoeken?q=werkgevers&sort=relevance&kind=library"));
    expect(relevance.status).toBe(302);
    expect(relevance.headers.get("Location")).toBe("/zoeken?q=werkgevers&kind=library");
    expect((await callLoader(searchLoader, getRequest("/zoeken?q=werkgevers&sort=newest"))).status).toBe(200);
  });
});

describe("the document page", () => {
  it("marks the template's untouched hints, not a hint with words added", async () => {
    const community = await createCommunity();
    const member = await createUser();
    await addMember(member.id, community.id);
    const content = editorState(
      h("h2", "Stap voor stap"),
      ol(["Eerste stap", "Eerste stap: bel de werkgever"]),
      p("Noem bronnen, voorbeelden uit de praktijk en contactpersonen."),
    );
    const document = await createDocumentIn(community.id, member.id, "Handreiking", content);
    const request = getRequest(`/communities/${community.slug}/documenten/${document.id}`, await sessionCookieFor(member.id));
    const page = (await documentLoader({ request, params: { slug: community.slug, id: document.id }, context: {} } as never)) as {
      html: string;
    };
    expect(page.html).toContain('<li data-template-hint="">Eerste stap</li>');
    expect(page.html).toContain("<li>Eerste stap: bel de werkgever</li>");
    expect(page.html).toContain('<p data-template-hint="">Noem bronnen, voorbeelden uit de praktijk en contactpersonen.</p>');
    expect(page.html).toMatch(/<h\d>Stap voor stap<\/h\d>/);
  });
});

describe("what is missing, by name", () => {
  const errors = (schema: Parameters<typeof parseWithZod>[1]["schema"], fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return parseWithZod(form, { schema }).reply().error ?? {};
  };

  it("a required select left on its prompt names what to choose", () => {
    expect(errors(actionSchema, { goalId: "" }).goalId).toEqual(["errors.missing.goal"]);
    expect(errors(indicatorSchema, { goalId: "" }).goalId).toEqual(["errors.missing.goal"]);
    expect(errors(measurementSchema, { indicatorId: "" }).indicatorId).toEqual(["errors.missing.indicator"]);
    expect(errors(questionSchema, { theme: "" }).theme).toEqual(["errors.missing.theme"]);
  });

  it("an invitation asks for the invitee's address, not one's own", () => {
    expect(errors(inviteSchema, { email: "" }).email).toEqual(["errors.missing.inviteeEmail"]);
  });
});
