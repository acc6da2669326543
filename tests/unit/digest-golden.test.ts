/**
 * Whole digests, byte for byte (decision 324): three digests rendered and
 * composed with a fixed date and Message-ID are compared with the message
 * main wrote before the render and composer were made cheaper
 * (tests/unit/fixtures/digest-golden.eml; only the MIME boundary's random
 * part is normalised). Shared parts reused across members, the footer with
 * one and with several communities, personal signed links, HTML escaping,
 * quoted-printable escapes (accents, an emoji, `=`, a tab, trailing spaces,
 * long lines) and the base64 HTML part are all in them. A deliberate change
 * to what members get means writing the fixture again (`UPDATE_GOLDEN=1`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeMail } from "../../server/mail/mime.ts";
import { preferencesFromRows } from "../../server/notifications/preferences.ts";
import type { GatheredDigest } from "../../server/notifications/digest/gather.ts";
import { amsterdamTime } from "../../server/notifications/digest/periods.ts";
import { renderDigest } from "../../server/notifications/digest/render.ts";
import { newCommunitiesSection } from "../../server/notifications/digest/sections/new-communities.ts";
import { newMembersSection } from "../../server/notifications/digest/sections/new-members.ts";
import { unreadNotificationsSection } from "../../server/notifications/digest/sections/unread-notifications.ts";
import type { DigestCommunity, DigestContext } from "../../server/notifications/digest/types.ts";

const FIXTURE = path.join(import.meta.dirname, "fixtures/digest-golden.eml");

const communities: DigestCommunity[] = [
  { id: "c1", slug: "cafe-co", name: "Café & co's <werkplaats>", themeId: "t1", role: "MEMBER" },
  {
    id: "c2",
    slug: "klantmanagers",
    name: "Klantmanagers: begeleiding naar duurzaam werk in de regio Súdwest-Fryslân",
    themeId: "t2",
    role: "FACILITATOR",
  },
  { id: "c3", slug: "werkgevers", name: "Doe-netwerk werkgevers", themeId: "t1", role: "MEMBER" },
];

function digest(
  member: { id: string; displayName: string; language: "nl" | "en" },
  own: DigestCommunity[],
  sections: GatheredDigest["sections"],
): GatheredDigest {
  const context: DigestContext = {
    member: { ...member, email: `${member.id}@praktijkplein.test`, globalRole: "MEMBER" },
    frequency: "WEEKLY",
    since: amsterdamTime(2026, 11, 30, 7),
    until: amsterdamTime(2026, 12, 7, 7),
    communities: own,
    primary: true,
    coveredKinds: [],
    preferences: preferencesFromRows([]),
  };
  const itemCount = sections.reduce((sum, { section, items }) => sum + (section.count ? section.count(items) : items.length), 0);
  return { context, sections, itemCount };
}

const mention = (id: string, topicTitle: string, excerpt: string, actorName: string | null) => ({
  id,
  kind: "mention",
  data: { topicId: `t-${id}`, messageId: `m-${id}`, topicTitle, excerpt },
  actorName,
  communityName: communities[0]!.name,
});

const newcomers = [
  { communityId: "c1", count: 7, names: ["Zoë Çelik-Brouwer", "Émile Dupont", "Aïcha El Idrissi-Ñúñez", "Bram"] },
  { communityId: "c2", count: 1, names: ["Lid 27"] },
];
const fresh = [{ slug: "nieuw", name: "Nieuw: 1+1=2 \u{1F44D} samen", summary: "Werkgevers\tdelen wat werkt.  " }];

function digests(): GatheredDigest[] {
  return [
    digest({ id: "u1", displayName: "Zoë", language: "nl" }, communities, [
      {
        section: unreadNotificationsSection,
        items: [
          mention(
            "n1",
            `Werkervaringsplaatsen bij gemeenten: wat werkt, wat niet? ${"Heel lang onderwerp ".repeat(5)}`,
            "Één vraag: hoe? ",
            "Émile",
          ),
          mention("n2", "Kort", ".punt aan het begin = gelijk", null),
        ],
      },
      { section: newMembersSection, items: newcomers },
      { section: newCommunitiesSection, items: fresh },
    ]),
    // The same shared parts again for another member: the cached parts must give the same bytes.
    digest({ id: "u2", displayName: 'Bram "B" <b>', language: "nl" }, communities, [
      { section: newMembersSection, items: newcomers },
      { section: newCommunitiesSection, items: fresh },
    ]),
    // One community: no stop lines.
    digest({ id: "u3", displayName: "Émile", language: "en" }, communities.slice(0, 1), [
      { section: newMembersSection, items: newcomers.slice(0, 1) },
    ]),
  ];
}

function composed(): string {
  return digests()
    .map((gathered, n) => {
      const rendered = renderDigest(gathered);
      const mail = composeMail(
        {
          from: "Praktijkplein <noreply@praktijkplein.local>",
          to: gathered.context.member.email,
          ...rendered,
          messageId: `<golden-${n}@praktijkplein.example>`,
        },
        new Date(Date.UTC(2026, 11, 7, 6, 0, 0)),
      )!;
      const raw = mail.raw.toString("latin1");
      const boundary = /boundary="([^"]+)"/.exec(raw)![1]!;
      return raw.split(boundary).join("=_Pp-BOUNDARY");
    })
    .join("\r\n==== next digest ====\r\n");
}

describe("digests byte for byte", () => {
  it("render and compose to exactly the bytes of the fixture, twice (shared parts reused)", () => {
    const first = composed();
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(FIXTURE, first, "latin1");
    const expected = readFileSync(FIXTURE, "latin1");
    expect(first).toBe(expected);
    // Rendered again: every shared part now comes from the cache.
    expect(composed()).toBe(expected);
  });
});
