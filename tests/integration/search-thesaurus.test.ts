/**
 * The search thesaurus page (/beheer/zoekwoorden): a moderator adds a rule
 * and search uses it at once; a shipped rule switched off stops expanding;
 * every change is an audit line; members are refused; bad forms get a field
 * error, never a 500.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/beheer.zoekwoorden.tsx";
import { parseSearchParams } from "../../app/shared/search.ts";
import { db } from "../../server/db.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { search } from "../../server/search/service.ts";
import { entryKey } from "../../server/search/thesaurus.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";

let moderator: { id: string; globalRole: "MODERATOR" };
let moderatorCookie: string;
let memberCookie: string;
const itemIds: Record<string, string> = {};

async function publish(key: string, title: string, summary: string) {
  const row = await db().libraryItem.create({
    data: {
      slug: `thes-${key}-${Date.now()}`,
      kind: "INTERVENTIE",
      title,
      summary,
      body: {},
      bodyText: "",
      status: "PUBLISHED",
      publishedAt: new Date(),
      publicOnWeb: true,
      authorId: moderator.id,
    },
  });
  itemIds[key] = row.id;
}

beforeAll(async () => {
  const user = await createUser({ globalRole: "MODERATOR" });
  moderator = { id: user.id, globalRole: "MODERATOR" };
  moderatorCookie = await sessionCookieFor(user.id);
  memberCookie = await sessionCookieFor((await createUser()).id);
  await publish("route", "De praktijkroute in het mbo", "Leren op de werkvloer met een diploma als doel.");
  await publish("lks", "Loonkostensubsidie aanvragen", "Zo vraagt een werkgever de subsidie aan.");
  await reconcile();
});

const found = async (q: string) => (await search(null, parseSearchParams(new URLSearchParams({ q })).params)).hits.map((hit) => hit.id);
const post = (fields: Record<string, string>, cookie = moderatorCookie) =>
  callAction(action, formRequest("/beheer/zoekwoorden", fields, cookie));
const auditLines = (targetId: string) =>
  db().auditLog.findMany({ where: { targetKind: "THESAURUS_ENTRY", targetId }, orderBy: { createdAt: "asc" } });

describe("/beheer/zoekwoorden", () => {
  it("adds a rule that search uses at once, with an audit line, and removes it again", async () => {
    expect(await found("werkleerroute")).not.toContain(itemIds.route);
    const added = await post({ intent: "add", mode: "equivalent", terms: "Praktijkroute, werkleerroute" });
    expect(added.status).toBe(302);
    expect(await found("werkleerroute")).toContain(itemIds.route);
    const row = await db().thesaurusEntry.findFirstOrThrow({ where: { terms: { has: "werkleerroute" } } });
    expect(row.terms).toEqual(["praktijkroute", "werkleerroute"]);
    expect((await auditLines(row.id)).map((line) => [line.action, line.actorId])).toEqual([["thesaurus.added", moderator.id]]);

    const page = await callLoader(loader, getRequest("/beheer/zoekwoorden", moderatorCookie));
    expect(JSON.stringify(page.body)).toContain("werkleerroute");

    expect((await post({ intent: "remove", id: row.id })).status).toBe(302);
    expect(await found("werkleerroute")).not.toContain(itemIds.route);
    expect((await auditLines(row.id)).map((line) => line.action)).toEqual(["thesaurus.added", "thesaurus.removed"]);
  });

  it("switches a shipped rule off and on, each with an audit line", async () => {
    const key = entryKey("equivalent", ["lks", "loonkostensubsidie"]);
    expect(await found("LKS")).toContain(itemIds.lks);
    expect((await post({ intent: "disable", id: key })).status).toBe(302);
    expect(await found("LKS")).not.toContain(itemIds.lks);
    expect((await post({ intent: "enable", id: key })).status).toBe(302);
    expect(await found("LKS")).toContain(itemIds.lks);
    expect((await auditLines(key)).map((line) => line.action)).toEqual(["thesaurus.disabled", "thesaurus.enabled"]);
  });

  it("one-way rules find the narrower words, not back", async () => {
    await publish("broad", "Een leerroute op maat", "Elke deelnemer kiest een eigen tempo.");
    await reconcile(["library"]);
    await post({ intent: "add", mode: "oneWay", terms: "leerroute, praktijkroute" });
    expect(await found("leerroute")).toEqual(expect.arrayContaining([itemIds.route, itemIds.broad]));
    // The narrower word does not find what only the broader word names.
    expect(await found("praktijkroute")).toContain(itemIds.route);
    expect(await found("praktijkroute")).not.toContain(itemIds.broad);
    const row = await db().thesaurusEntry.findFirstOrThrow({ where: { mode: "oneWay", terms: { has: "leerroute" } } });
    await post({ intent: "remove", id: row.id });
  });

  it("refuses members and answers bad forms with a field error", async () => {
    expect((await callLoader(loader, getRequest("/beheer/zoekwoorden", memberCookie))).status).toBe(403);
    expect((await post({ intent: "add", mode: "equivalent", terms: "a, b" }, memberCookie)).status).toBe(403);
    for (const fields of [
      { intent: "add", mode: "equivalent", terms: "alleen" },
      { intent: "add", mode: "sideways", terms: "a, b" },
      { intent: "add", mode: "equivalent", terms: "<script>, b" },
      { intent: "add", mode: "equivalent", terms: `${"x".repeat(61)}, b` },
      { intent: "add", mode: "equivalent", terms: Array.from({ length: 13 }, (_, n) => `woord${n}`).join(", ") },
    ]) {
      const response = await post(fields);
      expect(response.status, fields.terms).toBe(400);
      expect(JSON.stringify(response.body)).toContain("search.thesaurus.errors");
    }
    expect((await post({ intent: "add", mode: "equivalent", terms: "lks, loonkostensubsidie" })).status).toBe(409);
    // A rule that is not there (removed in another tab): back to the list, saying it no longer exists (errors.alreadyRemoved).
    const gone = await post({ intent: "remove", id: "bestaat-niet" });
    expect([gone.status, gone.headers.get("Location")]).toEqual([302, "/beheer/zoekwoorden"]);
    expect((await post({ intent: "dance" })).status).toBe(400);
  });
});
