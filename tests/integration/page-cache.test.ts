/**
 * Visitors' pages kept whole (issue 17.2, decision 163), against the real
 * server (production build) and a worker that runs the `public-pages`
 * processor: a visitor's page comes from the cache, with a nonce of its own;
 * a change through a command (its event) or a moderator's hide reaches
 * visitors' kept pages; members, visitors with a flash message and answers
 * that set a cookie never use or fill the cache; each language has its own copy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flashHeader } from "../../app/.server/flash.ts";
import { updateCommunity } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { scheduleIndexing } from "../../server/search/indexer.ts";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { until } from "../helpers/until.ts";

let server: AppServer;

type Page = { status: number; cache: string | null; body: string; headers: Headers };

async function get(path: string, headers: Record<string, string> = {}): Promise<Page> {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: "manual" });
  return { status: response.status, cache: response.headers.get("X-Page-Cache"), body: await response.text(), headers: response.headers };
}

/** Asks until the page comes from the cache (the first visits fill it once the process listens for drops). */
const kept = (path: string, headers: Record<string, string> = {}) =>
  until(`${path} from the page cache`, async () => ((await get(path, headers)).cache === "hit" ? get(path, headers) : null));

/** Well below the kept pages' lifetime (and the public data's 30 s). */
const DROP_WAIT_MS = 15_000;

const as = (user: { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN" }) => ({ id: user.id, globalRole: user.globalRole });

beforeAll(async () => {
  // Kept pages live longer than any wait below, so only a drop can make a change visible.
  server = await startAppServer({ env: { PAGE_CACHE_TTL_MS: "300000" } });
});

afterAll(async () => {
  await server?.stop();
});

describe("visitors' pages kept whole", () => {
  it("serves a visitor from the cache with a fresh nonce each time, and a change through a command reaches visitors", async () => {
    const lead = await createUser();
    const community = await createCommunity({ summary: "Wij werken samen aan inclusieve werving." });
    await addMember(lead.id, community.id, "FACILITATOR");
    const path = `/communities/${community.slug}`;

    const first = await kept(path);
    const second = await get(path);
    expect(second.cache).toBe("hit");
    expect(second.body).toContain("Wij werken samen aan inclusieve werving.");
    // Each answer has its own nonce, the one its Content-Security-Policy names.
    const nonceOf = (page: Page) => /'nonce-([^']+)'/.exec(page.headers.get("Content-Security-Policy") ?? "")?.[1];
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    for (const page of [first, second]) {
      expect(page.body).toContain(`nonce="${nonceOf(page)}"`);
      expect(page.body.match(/nonce="([^"]+)"/g)?.every((attribute) => attribute === `nonce="${nonceOf(page)}"`)).toBe(true);
    }
    expect(second.headers.get("Cache-Control")).toBe("private, no-cache");
    expect(second.headers.get("Vary")).toMatch(/Cookie.*Accept-Language/);
    // The browser's own copy is still good: a 304 from the cache, without a policy (decision 135).
    const again = await fetch(`${server.url}${path}`, { headers: { "If-None-Match": second.headers.get("ETag")! } });
    expect(again.status).toBe(304);
    expect(again.headers.get("Content-Security-Policy")).toBeNull();

    // A write that announces nothing: visitors keep the kept page (this is the cache answering).
    await db().community.update({ where: { id: community.id }, data: { summary: "Stil gewijzigd zonder gebeurtenis." } });
    expect((await get(path)).body).toContain("Wij werken samen aan inclusieve werving.");

    // The same change through the command: its event drops the kept pages in every web process.
    await updateCommunity(as(lead), community.slug, {
      name: community.name,
      summary: "Nieuwe samenvatting: werken met talent.",
      about: community.about,
      kind: "LEARNING",
      accessMode: "OPEN",
    });
    await until(
      "the new summary for visitors",
      async () => (await get(path)).body.includes("Nieuwe samenvatting: werken met talent."),
      DROP_WAIT_MS,
    );
    expect((await get("/communities")).body).toContain("Nieuwe samenvatting: werken met talent.");
  });

  it("takes a hidden library item off visitors' kept pages once the moderator hides it", async () => {
    const author = await createUser();
    const reporter = await createUser();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const item = await db().libraryItem.create({
      data: {
        slug: `werkfit-${Date.now()}`,
        kind: "HANDREIKING",
        status: "PUBLISHED",
        publishedAt: new Date(),
        publicOnWeb: true,
        title: "Werkfit maken met een buddy",
        summary: "Zo werkt het.",
        body: {},
        authorId: author.id,
      },
    });
    const path = `/bibliotheek?q=${encodeURIComponent("Werkfit maken")}`;
    await until("the item on the visitor's page", async () => (await get(path)).body.includes("Werkfit maken met een buddy"));
    expect((await kept(path)).body).toContain("Werkfit maken met een buddy");

    const { reportId } = await reportContent(as(reporter), {
      targetKind: "LIBRARY_ITEM",
      targetId: item.id,
      reason: "MISINFORMATION",
      text: undefined,
    });
    await moderateReport(as(moderator), { reportId, action: "HIDE", reason: "Verouderde informatie" });
    await until(
      "the hidden item gone for visitors",
      async () => !(await get(path)).body.includes("Werkfit maken met een buddy"),
      DROP_WAIT_MS,
    );
    // And it stays gone once the page is kept again.
    expect((await kept(path)).body).not.toContain("Werkfit maken met een buddy");
  });

  it("keeps a visitor's search page until the index changes", async () => {
    const author = await createUser();
    const reporter = await createUser();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const item = await db().libraryItem.create({
      data: {
        slug: `jobcoach-${Date.now()}`,
        kind: "HANDREIKING",
        status: "PUBLISHED",
        publishedAt: new Date(),
        publicOnWeb: true,
        title: "Jobcoaching bij kleine werkgevers",
        summary: "Zo werkt het.",
        body: {},
        authorId: author.id,
      },
    });
    const path = `/zoeken?q=${encodeURIComponent("jobcoaching kleine werkgevers")}`;
    // Hits carry highlighted words; the item's address is plain.
    const hit = `/bibliotheek/${item.slug}`;
    // Not indexed yet: the kept page has no hit.
    expect((await kept(path)).body).not.toContain(hit);

    // Only the worker's index job changes anything (no domain event): it drops the kept pages.
    await scheduleIndexing("library", [item.id]);
    await until("the new hit on visitors' search page", async () => (await get(path)).body.includes(hit), DROP_WAIT_MS);

    // Hidden by a moderator: gone from the kept pages too.
    const { reportId } = await reportContent(as(reporter), {
      targetKind: "LIBRARY_ITEM",
      targetId: item.id,
      reason: "MISINFORMATION",
      text: undefined,
    });
    await moderateReport(as(moderator), { reportId, action: "HIDE", reason: "Verouderde informatie" });
    await until("the hidden hit gone from visitors' search", async () => !(await get(path)).body.includes(hit), DROP_WAIT_MS);
    expect((await kept(path)).body).not.toContain(hit);
  });

  it("never gives a member a visitor's kept page, and never keeps a member's page", async () => {
    const member = await createUser({ displayName: "Margriet Lid" });
    const community = await createCommunity();
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    await kept("/");
    for (let i = 0; i < 3; i++) {
      const page = await get("/", { Cookie: cookie });
      expect(page.status).toBe(200);
      expect(page.cache).toBeNull();
      expect(page.headers.get("Cache-Control")).toBe("private, no-store");
      expect(page.body).toContain("Margriet Lid");
    }
    // A visitor never sees the member's page.
    expect((await get("/")).body).not.toContain("Margriet Lid");
    // Another cookie next to the language cookie: rendered for this request alone.
    const other = await get("/", { Cookie: "pp_lang=ImVuIg%3D%3D; elsewhere=1" });
    expect(other.cache).toBeNull();
  });

  it("never keeps or serves a kept page to a request with a flash message, whose answer sets a cookie", async () => {
    await kept("/werkagenda");
    const flash = (await flashHeader({ kind: "success", key: "auth.logout.done" })).split(";")[0]!;
    const withFlash = await get("/werkagenda", { Cookie: flash });
    expect(withFlash.cache).toBeNull();
    expect(withFlash.headers.get("Set-Cookie")).toContain("pp_flash=;");
    expect(withFlash.headers.get("Cache-Control")).toBe("private, no-store");
    expect(withFlash.body).toContain("Je bent uitgelogd");
    // The next visitor gets the kept page, without someone else's message.
    const next = await get("/werkagenda");
    expect(next.cache).toBe("hit");
    expect(next.body).not.toContain("Je bent uitgelogd");
  });

  it("keeps a copy per language", async () => {
    const dutch = await kept("/privacy");
    const english = await kept("/privacy", { "Accept-Language": "en-GB,en;q=0.9" });
    expect(dutch.body).toContain('lang="nl"');
    expect(english.body).toContain('lang="en"');
    const chosen = await kept("/privacy", { Cookie: `pp_lang=${encodeURIComponent(btoa(JSON.stringify("en")))}` });
    expect(chosen.body).toContain('lang="en"');
  });
});
