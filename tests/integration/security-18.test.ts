/**
 * Security walk 18 (decision 330): what the walk found and the leftovers it was given, each closed
 * where its rule lives. Each test failed before its change.
 */
import { randomBytes } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { removeMember } from "../../server/communities/commands.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { db } from "../../server/db.ts";
import { buildExport, openExport } from "../../server/privacy/export.ts";
import { searchEngine } from "../../server/search/engine.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { searchAccess } from "../../server/search/service.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

afterAll(async () => {
  await closePublisher();
});

/**
 * A made-up Dutch-looking stem nothing else holds ("zwkomipart"): the Dutch stemmer gives its plural
 * ("zwkomiparten") the same stem, as it does "ontslag" and "ontslagen".
 */
const stem = () => {
  const pick = (from: string) => from[randomBytes(1)[0]! % from.length]!;
  return `zw${[0, 1, 2].map(() => `${pick("bdfgklmnpstvz")}${pick("aeiou")}`).join("")}rt`;
};

/**
 * A member of one invite-only community; `readable` is said in a topic they read, `hidden` in a message
 * a moderator hid there after it was indexed, `elsewhere` in a community they are not in.
 */
async function wordsIn(texts: { readable: string; hidden: string; elsewhere: string }) {
  const [mine, other] = [await createCommunity({ accessMode: "INVITE_ONLY" }), await createCommunity({ accessMode: "INVITE_ONLY" })];
  const [member, author] = [await createUser(), await createUser()];
  await addMember(member.id, mine.id);
  await addMember(author.id, mine.id);
  await addMember(author.id, other.id);
  const channel = await createChannel(mine.id);
  await createTopic(channel, author.id, { title: "Een gewone vraag", messages: [`Wat weet je over ${texts.readable}?`] });
  const hiddenTopic = await createTopic(channel, author.id, { title: "Nog een vraag", messages: ["Eerste bericht", texts.hidden] });
  await createTopic(await createChannel(other.id), author.id, { title: "Elders", messages: [texts.elsewhere] });
  // Indexed while readable (its words join the index's word list), then hidden by a moderator.
  await reconcile();
  await db().message.updateMany({ where: { topicId: hiddenTopic.id, seq: 2 }, data: { hiddenAt: new Date(), hiddenReason: "Test" } });
  await reconcile();
  return searchAccess({ id: member.id, globalRole: "MEMBER" });
}

describe("word forms that only hidden or unreadable content holds are never offered (decision 319's leftover)", () => {
  it('"Bedoelde je": a typo of a hidden or unreadable form is not corrected to it when a readable text holds another form', async () => {
    const [hiddenStem, elsewhereStem] = [stem(), stem()];
    const access = await wordsIn({
      readable: `${hiddenStem} en ${elsewhereStem}`,
      hidden: `Over ${hiddenStem}en`,
      elsewhere: `Over ${elsewhereStem}en`,
    });
    const typo = (word: string) => `${word.slice(0, 4)}${word.slice(5)}`; // one letter left out
    const offered = await searchEngine().similarWords([typo(`${hiddenStem}en`), typo(`${elsewhereStem}en`)], access);
    const all = Object.values(offered).flat();
    expect(all, "the hidden form").not.toContain(`${hiddenStem}en`);
    expect(all, "the form of a community the member is not in").not.toContain(`${elsewhereStem}en`);
    // The readable forms still are (the check is not simply "nothing").
    const readable = await searchEngine().similarWords([typo(hiddenStem)], access);
    expect(Object.values(readable).flat()).toContain(hiddenStem);
  });

  it("completions: the hidden or unreadable shorter form is not offered; the readable form of the same stem is", async () => {
    const [hiddenStem, elsewhereStem] = [stem(), stem()];
    const access = await wordsIn({
      readable: `${hiddenStem}en en ${elsewhereStem}en`,
      hidden: `Over ${hiddenStem}`,
      elsewhere: `Over ${elsewhereStem}`,
    });
    const completed = await searchEngine().completeWords([hiddenStem.slice(0, 6), elsewhereStem.slice(0, 6)], access);
    expect(completed[hiddenStem.slice(0, 6)], "the hidden form").toEqual([`${hiddenStem}en`]);
    expect(completed[elsewhereStem.slice(0, 6)], "the form of a community the member is not in").toEqual([`${elsewhereStem}en`]);
  });
});

describe("the data export (AVG) holds no title of a topic the member may no longer read", () => {
  async function exportText(userId: string): Promise<string> {
    const row = await db().dataExport.create({ data: { userId, expiresAt: new Date(Date.now() + 60_000) } });
    await buildExport(row.id);
    const file = await openExport(userId, row.id);
    const chunks: Buffer[] = [];
    for await (const chunk of file.body) chunks.push(chunk as Buffer);
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    return Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join("\n");
  }

  it("their replies keep their words, not the title of another's topic a moderator hid or of a community they were removed from", async () => {
    const [member, author, lead] = [await createUser(), await createUser(), await createUser()];
    const [first, second] = [await createCommunity({ accessMode: "ON_REQUEST" }), await createCommunity({ accessMode: "INVITE_ONLY" })];
    for (const community of [first, second]) {
      await addMember(member.id, community.id);
      await addMember(author.id, community.id);
      await addMember(lead.id, community.id, "FACILITATOR");
    }
    const hidden = await createTopic(await createChannel(first.id), author.id, {
      title: "Titel van verborgen onderwerp",
      messages: ["Vraag"],
    });
    const left = await createTopic(await createChannel(second.id), author.id, { title: "Titel uit besloten groep", messages: ["Vraag"] });
    const readable = await createTopic(await createChannel(first.id), author.id, {
      title: "Titel van gewoon onderwerp",
      messages: ["Vraag"],
    });
    for (const [topic, text] of [
      [hidden, "Mijn antwoord in het verborgen onderwerp"],
      [left, "Mijn antwoord in de besloten groep"],
      [readable, "Mijn antwoord in het gewone onderwerp"],
    ] as const)
      await db().message.create({
        data: { topicId: topic.id, seq: 2, authorId: member.id, bodyJson: {}, bodyHtml: `<p>${text}</p>`, bodyText: text },
      });
    await db().topic.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Test" } });
    await removeMember({ id: lead.id, globalRole: "MEMBER" }, second.slug, member.id);

    const text = await exportText(member.id);
    for (const words of [
      "Mijn antwoord in het verborgen onderwerp",
      "Mijn antwoord in de besloten groep",
      "Mijn antwoord in het gewone onderwerp",
    ])
      expect(text, "their own words").toContain(words);
    expect(text, "a readable topic's title").toContain("Titel van gewoon onderwerp");
    expect(text, "the title of a hidden topic").not.toContain("Titel van verborgen onderwerp");
    expect(text, "the title of a topic of a community they were removed from").not.toContain("Titel uit besloten groep");
  });
});
