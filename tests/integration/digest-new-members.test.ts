/**
 * The new-members section counts in SQL (decision 217): one item per
 * community with the number of newcomers and the first four names in order of
 * joining. The member themselves, hidden profiles and members who joined
 * before the window are neither named nor counted; the digest's item count
 * is the number of newcomers, as when every newcomer was an item.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { gatherDigest } from "../../server/notifications/digest/gather.ts";
import { renderDigest } from "../../server/notifications/digest/render.ts";
import { newMembersSection } from "../../server/notifications/digest/sections/new-members.ts";
import { preferencesFromRows } from "../../server/notifications/preferences.ts";
import { createCommunity, createUser } from "../helpers/factories.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

describe("digest: new members", () => {
  it("names the first four newcomers, counts the rest, and leaves out oneself, hidden profiles and older members", async () => {
    const until = new Date();
    const since = new Date(until.getTime() - 7 * DAY);
    const community = await createCommunity({ name: "Werkgevers Oost" });
    const reader = await createUser({ displayName: "Lezer" });
    await db().membership.create({
      data: { userId: reader.id, communityId: community.id, joinedAt: new Date(until.getTime() - 30 * DAY) },
    });
    // Joined before the window: not new.
    const older = await createUser({ displayName: "Oud Lid" });
    await db().membership.create({ data: { userId: older.id, communityId: community.id, joinedAt: new Date(since.getTime() - HOUR) } });
    // Six newcomers, the earliest first.
    for (let n = 0; n < 6; n++) {
      const newcomer = await createUser({ displayName: `Nieuw ${n}` });
      await db().membership.create({
        data: { userId: newcomer.id, communityId: community.id, joinedAt: new Date(until.getTime() - (10 - n) * HOUR) },
      });
    }
    const hidden = await createUser({ displayName: "Verborgen Nieuw" });
    await db().user.update({ where: { id: hidden.id }, data: { hiddenAt: until, hiddenReason: "test" } });
    await db().membership.create({
      data: { userId: hidden.id, communityId: community.id, joinedAt: new Date(until.getTime() - 12 * HOUR) },
    });
    // A newcomer who reads their own digest: the other six are new to them, not they themselves.
    const joiner = await createUser({ displayName: "Zelf Nieuw" });
    await db().membership.create({ data: { userId: joiner.id, communityId: community.id, joinedAt: new Date(until.getTime() - HOUR) } });

    const digestOf = (user: { id: string; email: string; displayName: string }) =>
      gatherDigest({ ...user, globalRole: "MEMBER", language: "nl" }, "WEEKLY", since, until, {
        communities: [
          { id: community.id, slug: community.slug, name: community.name, themeId: community.themeId, role: "MEMBER", frequency: "WEEKLY" },
        ],
        preferences: preferencesFromRows([]),
      });

    const forReader = await digestOf(reader);
    const readerItems = forReader.sections.find((s) => s.section.id === "new-members")?.items;
    expect(readerItems).toEqual([{ communityId: community.id, count: 7, names: ["Nieuw 0", "Nieuw 1", "Nieuw 2", "Nieuw 3"] }]);
    expect(newMembersSection.count!(readerItems as Parameters<NonNullable<typeof newMembersSection.count>>[0])).toBe(7);
    const mail = renderDigest(forReader);
    expect(mail.text).toContain("Nieuw 0, Nieuw 1, Nieuw 2, Nieuw 3 en 3 anderen zijn nieuw.");
    expect(mail.text).toContain("7 NIEUWE LEDEN");
    expect(forReader.itemCount).toBe(7);
    for (const absent of ["Verborgen Nieuw", "Oud Lid", "Nieuw 4", "Nieuw 5"]) expect(mail.text + mail.html).not.toContain(absent);

    const forJoiner = await digestOf(joiner);
    expect(forJoiner.sections.find((s) => s.section.id === "new-members")?.items).toEqual([
      { communityId: community.id, count: 6, names: ["Nieuw 0", "Nieuw 1", "Nieuw 2", "Nieuw 3"] },
    ]);
    expect(renderDigest(forJoiner).text).toContain("Nieuw 0, Nieuw 1, Nieuw 2, Nieuw 3 en 2 anderen zijn nieuw.");
  });

  it("a newcomer among the first names, a seen marker and the order of communities, together in one batch (decision 307)", async () => {
    const until = new Date();
    const since = new Date(until.getTime() - 7 * DAY);
    const at = (hours: number) => new Date(until.getTime() - hours * HOUR);
    const oost = await createCommunity({ name: "Oost" });
    const west = await createCommunity({ name: "West" });
    // Oost: six newcomers, and the member "Zelf" joined second of all seven.
    const zelf = await createUser({ displayName: "Zelf" });
    const gezien = await createUser({ displayName: "Gezien" });
    await db().membership.create({ data: { userId: gezien.id, communityId: oost.id, joinedAt: at(30 * 24) } });
    const joins: [string, number][] = [
      ["Oost 0", 10],
      ["Oost 1", 9],
      ["Oost 2", 8],
      ["Oost 3", 7],
      ["Oost 4", 6],
      ["Oost 5", 5],
    ];
    for (const [name, hours] of joins) {
      const newcomer = await createUser({ displayName: name });
      await db().membership.create({ data: { userId: newcomer.id, communityId: oost.id, joinedAt: at(hours) } });
    }
    await db().membership.create({ data: { userId: zelf.id, communityId: oost.id, joinedAt: at(9.5) } });
    // West: "Zelf" joined first; the only other newcomer joined after everyone in Oost but one.
    await db().membership.create({ data: { userId: zelf.id, communityId: west.id, joinedAt: at(13) } });
    const westNewcomer = await createUser({ displayName: "West 0" });
    await db().membership.create({ data: { userId: westNewcomer.id, communityId: west.id, joinedAt: at(5.5) } });
    // "Gezien" looked at Oost's member list between the arrivals of Oost 2 and Oost 3.
    await db().seenMarker.create({ data: { userId: gezien.id, scope: `members-${oost.id}`, readAt: at(7.5) } });

    const community = (c: typeof oost) => ({
      id: c.id,
      slug: c.slug,
      name: c.name,
      themeId: c.themeId,
      role: "MEMBER" as const,
      frequency: "WEEKLY" as const,
    });
    const digestOf = (user: { id: string; email: string; displayName: string }, communities: (typeof oost)[]) =>
      gatherDigest({ ...user, globalRole: "MEMBER", language: "nl" }, "WEEKLY", since, until, {
        communities: communities.map(community),
        preferences: preferencesFromRows([]),
      });
    // Side by side, so both go in one statement.
    const [forZelf, forGezien] = await Promise.all([digestOf(zelf, [oost, west]), digestOf(gezien, [oost])]);
    const items = (digest: Awaited<ReturnType<typeof digestOf>>) => digest.sections.find((s) => s.section.id === "new-members")?.items;
    // Oost's first other newcomer (10 hours ago) came before West's (5.5 hours ago): Oost first, although "Zelf"
    // joined West before anyone joined Oost.
    expect(items(forZelf)).toEqual([
      { communityId: oost.id, count: 6, names: ["Oost 0", "Oost 1", "Oost 2", "Oost 3"] },
      { communityId: west.id, count: 1, names: ["West 0"] },
    ]);
    expect(items(forGezien)).toEqual([{ communityId: oost.id, count: 3, names: ["Oost 3", "Oost 4", "Oost 5"] }]);
  });
});
