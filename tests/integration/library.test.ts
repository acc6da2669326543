/**
 * The library through its routes: submitting, returning with a comment,
 * fixing, publishing; revisions and notifications; who sees what; curation,
 * merging and deleting; the moderators' queue; attachments.
 */
import { rm } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { action as attachmentAction } from "../../app/routes/bibliotheek.$slug_.bijlagen.tsx";
import { action as editAction, loader as editLoader } from "../../app/routes/bibliotheek.$slug_.bewerken.tsx";
import { action as itemAction, loader as itemLoader } from "../../app/routes/bibliotheek.$slug.tsx";
import { loader as manageLoader } from "../../app/routes/bibliotheek.beheer.tsx";
import { loader as downloadLoader } from "../../app/routes/bibliotheek.bijlage.$id.tsx";
import { action as newAction } from "../../app/routes/bibliotheek.nieuw.tsx";
import { loader as showcaseLoader } from "../../app/routes/communities.$slug.praktijkvoorbeelden.tsx";
import { ATTACHMENT_MAX_BYTES } from "../../app/shared/library.ts";
import { db } from "../../server/db.ts";
import { recordEvents } from "../helpers/events.ts";
import { inspectUpload } from "../../server/library/attachments.ts";
import { reviewCount, reviewQueue } from "../../server/library/queries.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { exe, makeZip, ooxml, pdf, png } from "../helpers/files.ts";
import { caseForm, uploadRequest } from "../helpers/library.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

const BASE = "http://localhost:3000";

// Uploads land under this file's own DATA_DIR (tests/setup/per-file.ts); leave nothing behind.
afterAll(async () => {
  if (process.env.DATA_DIR?.includes("files-")) await rm(process.env.DATA_DIR, { recursive: true, force: true });
});

async function people() {
  const theme = await createTheme();
  const network = await createCommunity({ kind: "DO_NETWORK", accessMode: "ON_REQUEST", themeId: theme.id });
  const [author, stranger, facilitator, otherFacilitator, moderator] = await Promise.all([
    createUser({ displayName: "Lotte Werkgever" }),
    createUser(),
    createUser(),
    createUser(),
    createUser({ globalRole: "MODERATOR" }),
  ]);
  await addMember(author.id, network.id);
  await addMember(facilitator.id, network.id, "FACILITATOR");
  const elsewhere = await createCommunity({ themeId: theme.id });
  await addMember(otherFacilitator.id, elsewhere.id, "FACILITATOR");
  const cookie = async (user: { id: string }) => sessionCookieFor(user.id);
  return {
    theme,
    network,
    author: { ...author, cookie: await cookie(author) },
    stranger: { ...stranger, cookie: await cookie(stranger) },
    facilitator: { ...facilitator, cookie: await cookie(facilitator) },
    otherFacilitator: { ...otherFacilitator, cookie: await cookie(otherFacilitator) },
    moderator: { ...moderator, cookie: await cookie(moderator) },
  };
}

async function itemBySlug(slug: string) {
  return db().libraryItem.findUniqueOrThrow({ where: { slug }, include: { revisions: { orderBy: { createdAt: "asc" } }, themes: true } });
}

describe("curation through the routes", () => {
  it("submit, return with a comment, fix, publish: with revisions, notifications and events", async () => {
    const p = await people();
    const recorded = recordEvents(["libraryItem.created", "libraryItem.updated", "libraryItem.transitioned"]);

    const created = await callAction(newAction, formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, p.network.id), p.author.cookie));
    expect(created.status).toBe(302);
    const slug = created.headers.get("Location")!.replace("/bibliotheek/", "");
    let item = await itemBySlug(slug);
    expect(item).toMatchObject({
      status: "SUBMITTED",
      kind: "PRAKTIJKCASE",
      communityId: p.network.id,
      authorId: p.author.id,
      sectors: ["AGRO_FOOD"],
      tags: ["meeloopdag", "mkb"],
    });
    expect(item.revisions.map((r) => r.action)).toEqual(["created", "submitted"]);

    // Concepts and submissions stay out of sight for others; a visitor is sent to log in.
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.stranger.cookie), { slug })).status).toBe(404);
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.otherFacilitator.cookie), { slug })).status).toBe(404);
    const visitor = await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`), { slug });
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toMatch(/^\/inloggen/);
    // The network's facilitator sees it (it came from their network), the author may not publish.
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.facilitator.cookie), { slug })).status).toBe(200);
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "publish" }, p.author.cookie), { slug })).status,
    ).toBe(403);
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "publish" }, p.facilitator.cookie), { slug })).status,
    ).toBe(403);

    // Returning needs a comment; without one nothing changes.
    const bare = await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "return", comment: " " }, p.moderator.cookie), {
      slug,
    });
    expect(bare.status).toBe(400);
    expect((await itemBySlug(slug)).status).toBe("SUBMITTED");
    const comment = "Kun je de resultaten met cijfers beschrijven?";
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "return", comment }, p.moderator.cookie), { slug }))
        .status,
    ).toBe(302);
    item = await itemBySlug(slug);
    expect(item).toMatchObject({ status: "RETURNED", returnComment: comment });
    expect(item.revisions.at(-1)).toMatchObject({
      action: "returned",
      actorId: p.moderator.id,
      comment,
      changes: { status: { from: "SUBMITTED", to: "RETURNED" } },
    });
    const returned = await db().notification.findFirstOrThrow({ where: { userId: p.author.id, kind: "libraryItemReturned" } });
    expect(returned).toMatchObject({ url: `/bibliotheek/${slug}`, actorId: p.moderator.id, data: { itemTitle: item.title, comment } });
    // The author sees the comment on the page.
    const authorView = await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.author.cookie), { slug });
    expect((authorView.body as { item: { returnComment: string } }).item.returnComment).toBe(comment);

    // The author fixes it and sends it in again; the revision holds exactly what changed.
    const fixed = await callAction(
      editAction,
      formRequest(
        `/bibliotheek/${slug}/bewerken`,
        caseForm(p.theme.slug, p.network.id, {
          results: "8 van de 10 kandidaten kregen een contract.",
          resultsMeasurement: "Eigen administratie.",
        }),
        p.author.cookie,
      ),
      { slug },
    );
    expect(fixed.status).toBe(302);
    item = await itemBySlug(slug);
    expect(item.status).toBe("SUBMITTED");
    const edit = item.revisions.find((r) => r.action === "edited")!;
    expect(edit.actorId).toBe(p.author.id);
    expect(edit.changes).toEqual({
      results: { from: null, to: "8 van de 10 kandidaten kregen een contract." },
      resultsMeasurement: { from: null, to: "Eigen administratie." },
    });
    expect(item.revisions.map((r) => r.action)).toEqual(["created", "submitted", "returned", "edited", "submitted"]);

    // Publishing: once; a second moderator click finds it already published.
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "publish" }, p.moderator.cookie), { slug })).status,
    ).toBe(302);
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "publish" }, p.moderator.cookie), { slug })).status,
    ).toBe(409);
    item = await itemBySlug(slug);
    expect(item.status).toBe("PUBLISHED");
    expect(item.publishedAt).not.toBeNull();
    expect(await db().notification.count({ where: { userId: p.author.id, kind: "libraryItemPublished" } })).toBe(1);
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.stranger.cookie), { slug })).status).toBe(200);
    // Not open to the web unless it says so.
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`), { slug })).status).toBe(302);
    // The author cannot change a published item directly any more, only propose a change (decision 102):
    // the same form again proposes nothing.
    expect(
      (
        await callAction(
          editAction,
          formRequest(
            `/bibliotheek/${slug}/bewerken`,
            caseForm(p.theme.slug, p.network.id, {
              results: "8 van de 10 kandidaten kregen een contract.",
              resultsMeasurement: "Eigen administratie.",
            }),
            p.author.cookie,
          ),
          { slug },
        )
      ).status,
    ).toBe(422);

    // It is in the do-network's showcase, marked as a good example by a moderator.
    expect(
      (
        await callAction(
          itemAction,
          formRequest(`/bibliotheek/${slug}`, { intent: "curate", goodExample: "on", reviewDate: "2099-06-01" }, p.moderator.cookie),
          { slug },
        )
      ).status,
    ).toBe(302);
    const showcase = await callLoader(showcaseLoader, getRequest(`/communities/${p.network.slug}/praktijkvoorbeelden`, p.stranger.cookie), {
      slug: p.network.slug,
    });
    expect((showcase.body as { cases: { slug: string; goodExample: boolean }[] }).cases).toEqual([
      expect.objectContaining({ slug, goodExample: true }),
    ]);
    item = await itemBySlug(slug);
    expect(item.revisions.at(-1)).toMatchObject({
      action: "curated",
      changes: { goodExample: { from: false, to: true }, reviewDate: { from: null, to: "2099-06-01" } },
    });
    // Members may not curate.
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "curate", featured: "on" }, p.author.cookie), { slug }))
        .status,
    ).toBe(403);

    recorded.stop();
    expect(recorded.names()).toEqual(expect.arrayContaining(["libraryItem.created", "libraryItem.updated", "libraryItem.transitioned"]));
    expect(recorded.of("libraryItem.transitioned").map((e) => e.transition)).toEqual(["return", "submit", "publish"]);
  });

  it("moderators are told when an item is submitted and when it is sent in again (issue 14.7)", async () => {
    const p = await people();
    const created = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, p.network.id, { title: "Taalcoach op de werkvloer" }), p.author.cookie),
    );
    const slug = created.headers.get("Location")!.replace("/bibliotheek/", "");
    const submitted = () =>
      db().notification.findMany({ where: { userId: p.moderator.id, kind: "libraryItemSubmitted", url: `/bibliotheek/${slug}` } });
    expect(await submitted()).toEqual([
      expect.objectContaining({ actorId: p.author.id, data: { itemTitle: "Taalcoach op de werkvloer", change: false } }),
    ]);
    // The author is not told about their own submission; a plain member hears nothing.
    expect(await db().notification.count({ where: { userId: { in: [p.author.id, p.stranger.id] }, kind: "libraryItemSubmitted" } })).toBe(
      0,
    );
    await callAction(
      itemAction,
      formRequest(`/bibliotheek/${slug}`, { intent: "return", comment: "Kun je de aanpak concreter maken?" }, p.moderator.cookie),
      { slug },
    );
    const again = await callAction(
      editAction,
      formRequest(
        `/bibliotheek/${slug}/bewerken`,
        caseForm(p.theme.slug, p.network.id, { title: "Taalcoach op de werkvloer", approach: "Elke nieuwe collega krijgt een taalcoach." }),
        p.author.cookie,
      ),
      { slug },
    );
    expect(again.status).toBe(302);
    expect(await submitted()).toHaveLength(2);
  });

  it("refuses invalid input with field errors and stores nothing", async () => {
    const p = await people();
    const before = await db().libraryItem.count();
    const noOrganisation = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, p.network.id, { organisationName: "", sectors: "" }), p.author.cookie),
    );
    expect(noOrganisation.status).toBe(400);
    const errors = (noOrganisation.body as { result: { error: Record<string, string[]> } }).result.error;
    expect(errors.organisationName).toEqual(["library.errors.organisationRequired"]);
    // The empty choice asks for a sector ("Kies een sector"): missing, by name (decision 269).
    expect(errors.sectors).toEqual(["errors.missing.sector"]);
    const noSize = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, p.network.id, { organisationSizes: "" }), p.author.cookie),
    );
    expect((noSize.body as { result: { error: Record<string, string[]> } }).result.error.organisationSizes).toEqual([
      "errors.missing.size",
    ]);
    const noBody = await callAction(
      newAction,
      formRequest(
        "/bibliotheek/nieuw",
        {
          intent: "draft",
          kind: "VEELGESTELDE_VRAAG",
          title: "Mag ik vragen naar afkomst?",
          summary: "Een vraag die werkgevers vaak stellen over de AVG.",
          themes: p.theme.slug,
          bodyText: "  ",
        },
        p.author.cookie,
      ),
    );
    expect(noBody.status).toBe(400);
    expect((noBody.body as { bodyError: string }).bodyError).toBe("library.errors.emptyAnswer");
    // Submitting from a community you are not in is refused.
    const elsewhere = await createCommunity({ accessMode: "ON_REQUEST" });
    expect(
      (await callAction(newAction, formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, elsewhere.id), p.stranger.cookie))).status,
    ).toBe(403);
    expect(await db().libraryItem.count()).toBe(before);
  });

  it("the moderators' queue: oldest first, returned items, overdue review dates; facilitators see their own community's", async () => {
    const p = await people();
    const make = async (title: string, cookie: string, communityId = p.network.id) => {
      const result = await callAction(newAction, formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, communityId, { title }), cookie));
      return result.headers.get("Location")!.replace("/bibliotheek/", "");
    };
    const first = await make("Eerste inzending van de werkgever", p.author.cookie);
    const second = await make("Tweede inzending van de werkgever", p.author.cookie);
    await db().libraryItem.update({ where: { slug: first }, data: { submittedAt: new Date(Date.now() - 5 * 86_400_000) } });
    await db().libraryItem.update({ where: { slug: second }, data: { submittedAt: new Date(Date.now() - 1 * 86_400_000) } });
    const outsider = await createUser();
    const outsiderCommunity = await createCommunity();
    await addMember(outsider.id, outsiderCommunity.id);
    const third = await make("Inzending uit een andere community", await sessionCookieFor(outsider.id), outsiderCommunity.id);

    const queue = await callLoader(manageLoader, getRequest("/bibliotheek/beheer", p.moderator.cookie));
    const waiting = (queue.body as { waiting: { slug: string }[] }).waiting.map((row) => row.slug);
    expect(waiting.indexOf(first)).toBeLessThan(waiting.indexOf(second));
    expect(waiting).toContain(third);

    // The facilitator's own submission waits for others, not in their own queue (walk 18).
    const own = await make("Inzending van de facilitator zelf", p.facilitator.cookie);
    expect((await reviewQueue(p.moderator)).waiting.map((row) => row.slug)).toContain(own);
    const facilitatorQueue = await reviewQueue(p.facilitator);
    expect(facilitatorQueue.waiting.map((row) => row.slug).sort()).toEqual([first, second].sort());
    expect(await reviewCount(p.facilitator)).toBe(2);
    expect(facilitatorQueue.overdue).toEqual([]);
    // Members who facilitate nothing have no queue.
    expect((await callLoader(manageLoader, getRequest("/bibliotheek/beheer", p.stranger.cookie))).status).toBe(404);

    // The facilitator returns one; a facilitator elsewhere may not.
    expect(
      (
        await callAction(
          itemAction,
          formRequest(`/bibliotheek/${first}`, { intent: "return", comment: "Wat leverde het op?" }, p.otherFacilitator.cookie),
          { slug: first },
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await callAction(
          itemAction,
          formRequest(`/bibliotheek/${first}`, { intent: "return", comment: "Wat leverde het op?" }, p.facilitator.cookie),
          { slug: first },
        )
      ).status,
    ).toBe(302);

    await callAction(itemAction, formRequest(`/bibliotheek/${second}`, { intent: "publish" }, p.moderator.cookie), { slug: second });
    // Its review date has passed (time did it: the form refuses a date in the past, decision 305).
    await db().libraryItem.update({ where: { slug: second }, data: { reviewDate: new Date("2020-01-01T00:00:00Z") } });
    const later = await reviewQueue(p.moderator);
    expect(later.returned.map((row) => row.slug)).toContain(first);
    expect(later.overdue.map((row) => row.slug)).toContain(second);
    expect(later.waiting.map((row) => row.slug)).not.toContain(second);
  });

  it("merging a duplicate: it redirects to the kept item, which takes its attachments and tags", async () => {
    const p = await people();
    const make = async (title: string, tags: string) => {
      const result = await callAction(
        newAction,
        formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, p.network.id, { title, tags }), p.author.cookie),
      );
      const slug = result.headers.get("Location")!.replace("/bibliotheek/", "");
      await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "publish" }, p.moderator.cookie), { slug });
      return slug;
    };
    const kept = await make("Meeloopdag bij de bakker", "meeloopdag");
    const duplicate = await make("Meeloopdag bij de bakkerij", "bakkerij");
    await callAction(attachmentAction, uploadRequest(duplicate, p.moderator.cookie, { name: "verslag.pdf", bytes: pdf() }), {
      slug: duplicate,
    });

    expect(
      (
        await callAction(itemAction, formRequest(`/bibliotheek/${duplicate}`, { intent: "merge", target: duplicate }, p.moderator.cookie), {
          slug: duplicate,
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await callAction(itemAction, formRequest(`/bibliotheek/${duplicate}`, { intent: "merge", target: kept }, p.author.cookie), {
          slug: duplicate,
        })
      ).status,
    ).toBe(403);
    const merged = await callAction(
      itemAction,
      formRequest(`/bibliotheek/${duplicate}`, { intent: "merge", target: `${BASE}/bibliotheek/${kept}` }, p.moderator.cookie),
      { slug: duplicate },
    );
    expect(merged.status).toBe(302);
    expect(merged.headers.get("Location")).toBe(`/bibliotheek/${kept}`);

    const old = await callLoader(itemLoader, getRequest(`/bibliotheek/${duplicate}`, p.stranger.cookie), { slug: duplicate });
    expect(old.status).toBe(301);
    expect(old.headers.get("Location")).toBe(`/bibliotheek/${kept}`);
    const keptItem = await db().libraryItem.findUniqueOrThrow({ where: { slug: kept }, include: { attachments: true, revisions: true } });
    expect(keptItem.tags.sort()).toEqual(["bakkerij", "meeloopdag"]);
    expect(keptItem.attachments.map((a) => a.fileName)).toEqual(["verslag.pdf"]);
    expect(keptItem.revisions.map((r) => r.action)).toContain("mergedFrom");
    const dup = await db().libraryItem.findUniqueOrThrow({ where: { slug: duplicate } });
    expect(dup).toMatchObject({ status: "ARCHIVED", mergedIntoId: keptItem.id });
    // Nothing moves a merged item any more.
    expect(
      (
        await callAction(itemAction, formRequest(`/bibliotheek/${duplicate}`, { intent: "restore" }, p.moderator.cookie), {
          slug: duplicate,
        })
      ).status,
    ).toBe(409);
  });

  it("authors delete their own concept, not someone else's", async () => {
    const p = await people();
    const result = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, p.network.id, { intent: "draft" }), p.author.cookie),
    );
    const slug = result.headers.get("Location")!.replace("/bibliotheek/", "");
    expect((await itemBySlug(slug)).status).toBe("DRAFT");
    // A concept the stranger cannot see is answered as one that is not there (no 404 page, nothing learnt), and stays.
    const refused = await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "delete" }, p.stranger.cookie), { slug });
    expect([refused.status, refused.headers.get("Location")]).toEqual([302, "/bibliotheek"]);
    expect(await db().libraryItem.count({ where: { slug } })).toBe(1);
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "delete" }, p.author.cookie), { slug })).status,
    ).toBe(302);
    expect(await db().libraryItem.count({ where: { slug } })).toBe(0);
  });
});

describe("a proposed change to a published item (issue 14.16)", () => {
  async function publishedCase() {
    const p = await people();
    const created = await callAction(
      newAction,
      formRequest(
        "/bibliotheek/nieuw",
        caseForm(p.theme.slug, p.network.id, { title: "Werkervaringsplek bij de bakker" }),
        p.author.cookie,
      ),
    );
    const slug = created.headers.get("Location")!.replace("/bibliotheek/", "");
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "publish" }, p.moderator.cookie), { slug })).status,
    ).toBe(302);
    return { p, slug };
  }
  const changed = (p: Awaited<ReturnType<typeof people>>, extra: Record<string, string> = {}) =>
    caseForm(p.theme.slug, p.network.id, {
      title: "Werkervaringsplek bij de bakker",
      results: "Zeven van de tien bleven in dienst.",
      ...extra,
    });

  it("the author proposes a change; the published version stays live until a moderator approves it", async () => {
    const { p, slug } = await publishedCase();
    const form = await callLoader(editLoader, getRequest(`/bibliotheek/${slug}/bewerken`, p.author.cookie), { slug });
    expect(form.status).toBe(200);
    expect((form.body as { mode: string }).mode).toBe("propose");
    // Others may not: a stranger, and a moderator (who edits directly) gets the edit form.
    expect(
      (await callAction(editAction, formRequest(`/bibliotheek/${slug}/bewerken`, changed(p), p.stranger.cookie), { slug })).status,
    ).toBe(403);
    expect(
      ((await callLoader(editLoader, getRequest(`/bibliotheek/${slug}/bewerken`, p.moderator.cookie), { slug })).body as { mode: string })
        .mode,
    ).toBe("edit");

    const proposed = await callAction(editAction, formRequest(`/bibliotheek/${slug}/bewerken`, changed(p), p.author.cookie), { slug });
    expect(proposed.status).toBe(302);
    let item = await itemBySlug(slug);
    expect(item).toMatchObject({ status: "PUBLISHED", results: null });
    expect(item.proposedAt).not.toBeNull();
    expect(item.revisions.at(-1)).toMatchObject({
      action: "changeProposed",
      actorId: p.author.id,
      changes: { results: { from: null, to: "Zeven van de tien bleven in dienst." } },
    });
    // Readers see the published version; the moderator is told and sees what would change.
    const reader = (await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.stranger.cookie), { slug })).body as {
      item: { results: string | null };
      proposal: unknown;
    };
    expect(reader).toMatchObject({ item: { results: null }, proposal: null });
    expect(
      await db().notification.count({
        where: {
          userId: p.moderator.id,
          kind: "libraryItemSubmitted",
          url: `/bibliotheek/${slug}`,
          data: { path: ["change"], equals: true },
        },
      }),
    ).toBe(1);
    const review = (await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.moderator.cookie), { slug })).body as {
      proposal: { changes: Record<string, unknown> };
      permissions: { reviewChange: boolean };
    };
    expect(review.permissions.reviewChange).toBe(true);
    expect(Object.keys(review.proposal.changes)).toEqual(["results"]);
    const queue = (await callLoader(manageLoader, getRequest("/bibliotheek/beheer", p.moderator.cookie))).body as {
      proposals: { slug: string }[];
    };
    expect(queue.proposals.map((row) => row.slug)).toContain(slug);

    // Returning needs a comment; the author sees it and proposes again.
    expect(
      (
        await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "returnChange", comment: "" }, p.moderator.cookie), {
          slug,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await callAction(
          itemAction,
          formRequest(`/bibliotheek/${slug}`, { intent: "returnChange", comment: "Hoe hebben jullie dat gemeten?" }, p.moderator.cookie),
          { slug },
        )
      ).status,
    ).toBe(302);
    expect(
      await db().notification.count({
        where: { userId: p.author.id, kind: "libraryItemReturned", data: { path: ["change"], equals: true } },
      }),
    ).toBe(1);
    const again = (await callLoader(editLoader, getRequest(`/bibliotheek/${slug}/bewerken`, p.author.cookie), { slug })).body as {
      proposalComment: string;
      item: { results: string };
    };
    expect(again).toMatchObject({
      proposalComment: "Hoe hebben jullie dat gemeten?",
      item: { results: "Zeven van de tien bleven in dienst." },
    });
    expect(
      (
        await callAction(
          editAction,
          formRequest(
            `/bibliotheek/${slug}/bewerken`,
            changed(p, { resultsMeasurement: "Eigen personeelsadministratie." }),
            p.author.cookie,
          ),
          { slug },
        )
      ).status,
    ).toBe(302);

    // Approving applies it; the author hears so.
    const stamp = (await itemBySlug(slug)).proposedAt!.toISOString();
    expect(
      (
        await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "approveChange", proposedAt: stamp }, p.author.cookie), {
          slug,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callAction(
          itemAction,
          formRequest(`/bibliotheek/${slug}`, { intent: "approveChange", proposedAt: stamp }, p.moderator.cookie),
          { slug },
        )
      ).status,
    ).toBe(302);
    item = await itemBySlug(slug);
    expect(item).toMatchObject({
      status: "PUBLISHED",
      results: "Zeven van de tien bleven in dienst.",
      resultsMeasurement: "Eigen personeelsadministratie.",
      proposedAt: null,
      proposedChange: null,
    });
    expect(item.revisions.at(-1)).toMatchObject({ action: "changeApproved", actorId: p.moderator.id });
    expect(
      await db().notification.count({
        where: { userId: p.author.id, kind: "libraryItemPublished", data: { path: ["change"], equals: true } },
      }),
    ).toBe(1);
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "approveChange" }, p.moderator.cookie), { slug })).status,
    ).toBe(409);
  });

  it("the author withdraws a proposal; a stale approval is refused", async () => {
    const { p, slug } = await publishedCase();
    await callAction(editAction, formRequest(`/bibliotheek/${slug}/bewerken`, changed(p), p.author.cookie), { slug });
    const first = (await itemBySlug(slug)).proposedAt!.toISOString();
    await callAction(editAction, formRequest(`/bibliotheek/${slug}/bewerken`, changed(p, { lessons: "Begin klein." }), p.author.cookie), {
      slug,
    });
    // The moderator looked at the first version: approving it now would apply something unseen.
    expect(
      (
        await callAction(
          itemAction,
          formRequest(`/bibliotheek/${slug}`, { intent: "approveChange", proposedAt: first }, p.moderator.cookie),
          { slug },
        )
      ).status,
    ).toBe(409);
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "withdrawChange" }, p.author.cookie), { slug })).status,
    ).toBe(302);
    expect(await itemBySlug(slug)).toMatchObject({ proposedAt: null, results: null, lessons: null });
    expect(
      (await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "withdrawChange" }, p.author.cookie), { slug })).status,
    ).toBe(409);
  });
});

describe("open to the web", () => {
  it("a published item marked public is visible to visitors, with its attachments; concepts never are", async () => {
    const p = await people();
    const result = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, p.network.id, { publicOnWeb: "on" }), p.author.cookie),
    );
    const slug = result.headers.get("Location")!.replace("/bibliotheek/", "");
    await callAction(attachmentAction, uploadRequest(slug, p.moderator.cookie, { name: "logo.png", bytes: png() }), { slug });
    const attachment = await db().libraryAttachment.findFirstOrThrow({ where: { item: { slug } } });
    // Still in review: a visitor is sent to log in and cannot fetch the file.
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`), { slug })).status).toBe(302);
    expect((await callLoader(downloadLoader, getRequest(`/bibliotheek/bijlage/${attachment.id}`), { id: attachment.id })).status).toBe(404);

    await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "publish" }, p.moderator.cookie), { slug });
    const page = await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`), { slug });
    expect(page.status).toBe(200);
    const body = page.body as {
      item: { title: string; returnComment: string | null };
      permissions: Record<string, boolean>;
      revisions: unknown[];
    };
    expect(body.item.title).toBe("Meeloopdag in plaats van een brief");
    // Visitors get no history and no actions.
    expect(body.revisions).toEqual([]);
    expect(
      Object.entries(body.permissions)
        .filter(([, allowed]) => allowed)
        .map(([name]) => name),
    ).toEqual(["view"]);
    const image = (await downloadLoader({
      request: getRequest(`/bibliotheek/bijlage/${attachment.id}`),
      params: { id: attachment.id },
      context: { cspNonce: "" },
    })) as Response;
    expect(image.headers.get("Content-Type")).toBe("image/png");
    expect(image.headers.get("Content-Disposition")).toMatch(/^inline; /);

    // Hidden by moderation: its file goes with the page, for everyone but the author and the curators (decision 060).
    await db().libraryItem.update({ where: { slug }, data: { hiddenAt: new Date(), hiddenReason: "Persoonsgegevens" } });
    const download = (cookie?: string) =>
      callLoader(downloadLoader, getRequest(`/bibliotheek/bijlage/${attachment.id}`, cookie), { id: attachment.id });
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.stranger.cookie), { slug })).status).toBe(404);
    expect((await download(p.stranger.cookie)).status).toBe(404);
    expect((await download()).status).toBe(404);
    expect((await download(p.author.cookie)).status).toBe(200);
    expect((await download(p.moderator.cookie)).status).toBe(200);
    await db().libraryItem.update({ where: { slug }, data: { hiddenAt: null, hiddenReason: null } });
    expect((await download(p.stranger.cookie)).status).toBe(200);

    // Archived: gone for visitors and members alike.
    await callAction(itemAction, formRequest(`/bibliotheek/${slug}`, { intent: "archive" }, p.moderator.cookie), { slug });
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`), { slug })).status).toBe(302);
    expect((await callLoader(itemLoader, getRequest(`/bibliotheek/${slug}`, p.stranger.cookie), { slug })).status).toBe(404);
  });
});

describe("attachments", () => {
  it("sniffs the type: OOXML, PDF and images pass; a renamed file or a program is refused", async () => {
    await expect(inspectUpload("plan.docx", ooxml("docx"))).resolves.toMatchObject({ extension: "docx" });
    await expect(inspectUpload("cijfers.xlsx", ooxml("xlsx"))).resolves.toMatchObject({ extension: "xlsx" });
    await expect(inspectUpload("dia's.pptx", ooxml("pptx"))).resolves.toMatchObject({ extension: "pptx" });
    await expect(inspectUpload("Foto.JPEG", Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex"))).resolves.toMatchObject({
      extension: "jpg",
    });
    await expect(inspectUpload("logo.png", png())).resolves.toMatchObject({ contentType: "image/png" });
    // A PDF renamed to .docx, a program renamed to .pdf, a plain zip named .docx, an SVG, text.
    await expect(inspectUpload("rapport.docx", pdf())).rejects.toMatchObject({ message: "library.errors.fileMismatch" });
    await expect(inspectUpload("factuur.pdf", exe())).rejects.toMatchObject({ message: "library.errors.fileType" });
    await expect(inspectUpload("archief.docx", makeZip({ "a.txt": "hallo" }))).rejects.toMatchObject({
      message: "library.errors.fileType",
    });
    await expect(
      inspectUpload("plaatje.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    ).rejects.toMatchObject({ message: "library.errors.fileType" });
    await expect(inspectUpload("notities.txt", Buffer.from("gewone tekst"))).rejects.toMatchObject({ message: "library.errors.fileType" });
    await expect(inspectUpload("leeg.pdf", new Uint8Array())).rejects.toMatchObject({ message: "library.errors.fileEmpty" });
    await expect(inspectUpload("../../etc/passwd.pdf", pdf())).resolves.toMatchObject({ fileName: "passwd.pdf" });
  });

  it("uploads through the multipart route, refuses what does not fit, and serves downloads with access checks", async () => {
    const p = await people();
    const result = await callAction(
      newAction,
      formRequest("/bibliotheek/nieuw", caseForm(p.theme.slug, p.network.id, { intent: "draft" }), p.author.cookie),
    );
    const slug = result.headers.get("Location")!.replace("/bibliotheek/", "");

    const ok = await callAction(
      attachmentAction,
      uploadRequest(slug, p.author.cookie, { name: "Stappenplan één.docx", bytes: ooxml("docx") }),
      { slug },
    );
    expect(ok.status).toBe(302);
    const renamed = await callAction(attachmentAction, uploadRequest(slug, p.author.cookie, { name: "rapport.docx", bytes: pdf() }), {
      slug,
    });
    expect(renamed).toMatchObject({ status: 422, body: { formError: "library.errors.fileMismatch", field: "file" } });
    const program = await callAction(attachmentAction, uploadRequest(slug, p.author.cookie, { name: "factuur.pdf", bytes: exe() }), {
      slug,
    });
    expect(program).toMatchObject({ status: 422, body: { formError: "library.errors.fileType" } });
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x20);
    pdf().copy(big);
    const oversized = await callAction(attachmentAction, uploadRequest(slug, p.author.cookie, { name: "groot.pdf", bytes: big }), { slug });
    expect(oversized).toMatchObject({ status: 413, body: { formError: "library.errors.fileTooLarge" } });
    // A body that announces more than the limit is refused before it is read.
    const announced = new Request(`${BASE}/bibliotheek/${slug}/bijlagen`, {
      method: "POST",
      body: "x",
      headers: {
        Cookie: p.author.cookie,
        Origin: BASE,
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": String(ATTACHMENT_MAX_BYTES * 2),
      },
    });
    expect(await callAction(attachmentAction, announced, { slug })).toMatchObject({
      status: 413,
      body: { formError: "library.errors.fileTooLarge" },
    });
    // Someone who may not edit the item cannot add to it.
    expect(
      (await callAction(attachmentAction, uploadRequest(slug, p.stranger.cookie, { name: "x.pdf", bytes: pdf() }), { slug })).status,
    ).toBe(404);

    const attachments = await db().libraryAttachment.findMany({ where: { item: { slug } } });
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({
      fileName: "Stappenplan één.docx",
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      size: ooxml("docx").length,
    });

    const download = (await downloadLoader({
      request: getRequest(`/bibliotheek/bijlage/${attachments[0]!.id}`, p.author.cookie),
      params: { id: attachments[0]!.id },
      context: { cspNonce: "" },
    })) as Response;
    expect(download.status).toBe(200);
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Stappenplan een.docx"; filename*=UTF-8''Stappenplan%20%C3%A9%C3%A9n.docx`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(ooxml("docx"))).toBe(true);
    // The item is a concept: nobody else may download its attachment.
    const denied = await callLoader(downloadLoader, getRequest(`/bibliotheek/bijlage/${attachments[0]!.id}`, p.stranger.cookie), {
      id: attachments[0]!.id,
    });
    expect(denied.status).toBe(404);
    expect(
      (await callLoader(downloadLoader, getRequest(`/bibliotheek/bijlage/${attachments[0]!.id}`), { id: attachments[0]!.id })).status,
    ).toBe(404);

    // Removing it records a revision and deletes the stored file.
    expect(
      (
        await callAction(
          itemAction,
          formRequest(`/bibliotheek/${slug}`, { intent: "removeAttachment", attachmentId: attachments[0]!.id }, p.author.cookie),
          { slug },
        )
      ).status,
    ).toBe(302);
    expect(await db().libraryAttachment.count({ where: { item: { slug } } })).toBe(0);
    const revisions = (await itemBySlug(slug)).revisions.map((r) => r.action);
    expect(revisions).toEqual(["created", "attachmentAdded", "attachmentRemoved"]);
  });
});
