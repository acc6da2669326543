/**
 * Builds one member's digest content: the context, then every section's
 * items. The digest path runs once per member per period, so its queries are
 * few and plain SQL (see docs/benchmarks.md).
 */
import type { DigestFrequencyValue } from "~/shared/notifications.ts";
import type { CommunityRoleValue, GlobalRoleValue } from "~/shared/enums.ts";
import type { Language } from "~/i18n/index.ts";
import { db } from "../../db.ts";
import { type KindPreferences, kindPreferences } from "../preferences.ts";
import type { DigestFrequencyDue } from "./periods.ts";
import { coveredNotificationKinds, digestSections } from "./registry.ts";
import type { AnyDigestSection, DigestCommunity, DigestContext } from "./types.ts";

export type DigestMember = { id: string; email: string; displayName: string; globalRole: GlobalRoleValue; language: Language };

export type GatheredDigest = {
  context: DigestContext;
  sections: { section: AnyDigestSection; items: unknown[] }[];
  itemCount: number;
};

/** The member's communities with their digest frequency (no setting: weekly). */
export async function digestCommunities(userId: string): Promise<(DigestCommunity & { frequency: DigestFrequencyValue })[]> {
  return db().$queryRaw<(DigestCommunity & { frequency: DigestFrequencyValue })[]>`
    SELECT c."id", c."slug", c."name", c."themeId", m."role"::text AS "role", COALESCE(s."frequency"::text, 'WEEKLY') AS "frequency"
    FROM "Membership" m
    JOIN "Community" c ON c."id" = m."communityId"
    LEFT JOIN "CommunityDigestSetting" s ON s."userId" = m."userId" AND s."communityId" = m."communityId"
    WHERE m."userId" = ${userId}
    ORDER BY c."name"`;
}

/** What the digest job loaded with the member (one query), or nothing: then it is loaded here. */
export type Preloaded = { communities: (DigestCommunity & { frequency: DigestFrequencyValue })[]; preferences: KindPreferences };

export async function gatherDigest(member: DigestMember, frequency: DigestFrequencyDue, since: Date, until: Date, preloaded?: Preloaded): Promise<GatheredDigest> {
  const [all, preferences] = preloaded
    ? [preloaded.communities, preloaded.preferences]
    : await Promise.all([digestCommunities(member.id), kindPreferences(member.id)]);
  const communities = all.filter((c) => c.frequency === frequency).map(({ frequency: _f, ...c }) => ({ ...c, role: c.role as CommunityRoleValue }));
  const sections = digestSections();
  const primaryFrequency: DigestFrequencyDue = all.some((c) => c.frequency === "DAILY") ? "DAILY" : "WEEKLY";
  const context: DigestContext = {
    member,
    frequency,
    since,
    until,
    communities,
    primary: frequency === primaryFrequency,
    coveredKinds: coveredNotificationKinds(sections),
    preferences,
  };
  if (!communities.length) return { context, sections: [], itemCount: 0 };
  const results = await Promise.all(sections.map(async (section) => ({ section, items: (await section.gather(context)) as unknown[] })));
  const nonEmpty = results.filter((result) => result.items.length > 0);
  return { context, sections: nonEmpty, itemCount: nonEmpty.reduce((sum, result) => sum + result.items.length, 0) };
}
