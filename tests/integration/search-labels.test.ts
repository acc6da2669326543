/**
 * Decision 254, through /zoeken's loader: a reply found in a discussion is
 * titled by its topic (the reply's own text is its snippet), for those who may
 * read it only; and the "also searched for" line calls only an equivalent
 * entry's words "same meaning" (asielzoeker => statushouder is one way: an
 * asylum seeker is not a permit holder).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { reconcile } from "../../server/search/indexer.ts";
import type { SearchResultsView } from "../../server/search/service.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";
import { publishedPassage } from "../helpers/search.ts";

async function page(q: string, cookie?: string): Promise<SearchResultsView> {
  const response = await callLoader(resultsLoader, getRequest(`/zoeken?q=${encodeURIComponent(q)}`, cookie));
  expect(response.status).toBe(200);
  return (response.body as { results: SearchResultsView }).results;
}

const TOPIC = "Ervaringen met proefplaatsingen";
const REPLY = "Bij ons liep de zwaluwstaartregeling goed: drie kandidaten kregen na de proefplaatsing een contract.";
let memberCookie: string;
let outsiderCookie: string;

beforeAll(async () => {
  const member = await createUser();
  const outsider = await createUser();
  const community = await createCommunity({ accessMode: "INVITE_ONLY" });
  await addMember(member.id, community.id);
  const channel = await createChannel(community.id);
  await createTopic(channel, member.id, { title: TOPIC, messages: ["Wie heeft hier ervaring mee?", REPLY] });
  await publishedPassage("labels", "Statushouders aan het werk", "De gemeente begeleidt statushouders naar een baan.");
  memberCookie = await sessionCookieFor(member.id);
  outsiderCookie = await sessionCookieFor(outsider.id);
  await reconcile();
});

describe("a reply found in a discussion (decision 254)", () => {
  it("is titled by its topic, with its own text as the snippet", async () => {
    const view = await page("zwaluwstaartregeling", memberCookie);
    const hit = view.hits.find((h) => h.kind === "message");
    expect(hit).toBeDefined();
    expect(hit!.topicTitle).toBe(TOPIC);
    expect(hit!.snippetHtml.replace(/<\/?mark>/g, "")).toContain("zwaluwstaartregeling goed");
    // Other kinds keep their own titles.
    expect(view.hits.filter((h) => h.kind !== "message").every((h) => h.topicTitle === null)).toBe(true);
  });

  it("names no topic to someone who may not read the community", async () => {
    const view = await page("zwaluwstaartregeling", outsiderCookie);
    expect(view.hits.filter((h) => h.kind === "message")).toEqual([]);
    expect(JSON.stringify(view)).not.toContain(TOPIC);
  });
});

describe("the 'also searched for' line (decision 254)", () => {
  it("says 'related, not the same' for a one-way entry: asielzoeker is no statushouder", async () => {
    const view = await page("asielzoeker");
    expect(view.expansions).toContainEqual({ word: "asielzoeker", reason: "oneWay", words: expect.arrayContaining(["statushouder"]) });
    expect(view.expansions.filter((e) => e.reason === "synonym").flatMap((e) => e.words)).not.toContain("statushouder");
  });

  it("keeps 'same meaning' for an equivalent entry: vergunninghouder is a statushouder", async () => {
    const view = await page("vergunninghouder");
    expect(view.expansions).toContainEqual(expect.objectContaining({ reason: "synonym", words: expect.arrayContaining(["statushouder"]) }));
    expect(view.expansions.some((e) => e.reason === "oneWay")).toBe(false);
  });
});
