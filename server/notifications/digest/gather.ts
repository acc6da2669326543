/**
 * Builds one member's digest content: the context, then every section's
 * items. Every built-in section is set-based (one statement for the digests a
 * worker gathers at the same moment; decisions 131 and 160).
 */
import DataLoader from "dataloader";
import type { DigestFrequencyValue } from "~/shared/notifications.ts";
import type { CommunityRoleValue, GlobalRoleValue } from "~/shared/enums.ts";
import type { Language } from "~/i18n/index.ts";
import { db } from "../../db.ts";
import { type KindPreferences, kindPreferences } from "../preferences.ts";
import type { DigestFrequencyDue } from "./periods.ts";
import { coveredNotificationKinds, digestSections } from "./registry.ts";
import { type DigestScope, processScope, scopedLoader } from "./scope.ts";
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

/**
 * `asked` (barrier.ts) is called once the sections have been asked for, or when there is nothing to ask.
 * `scope` is where the section requests meet others (scope.ts): the process's, or a batch job's.
 */
export async function gatherDigest(
  member: DigestMember,
  frequency: DigestFrequencyDue,
  since: Date,
  until: Date,
  preloaded?: Preloaded,
  asked: () => void = () => undefined,
  scope: DigestScope = processScope(),
): Promise<GatheredDigest> {
  const [all, preferences] = preloaded
    ? [preloaded.communities, preloaded.preferences]
    : await Promise.all([digestCommunities(member.id), kindPreferences(member.id)]);
  const communities = all
    .filter((c) => c.frequency === frequency)
    .map(({ frequency: _f, ...c }) => ({ ...c, role: c.role as CommunityRoleValue }));
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
  if (!communities.length) {
    asked();
    return { context, sections: [], itemCount: 0 };
  }
  const pending = sections.map(async (section) => ({ section, items: (await gatherSection(section, context, scope)) as unknown[] }));
  asked();
  const results = await Promise.all(pending);
  const nonEmpty = results.filter((result) => result.items.length > 0);
  const itemCount = nonEmpty.reduce((sum, { section, items }) => sum + (section.count ? section.count(items) : items.length), 0);
  return { context, sections: nonEmpty, itemCount };
}

const MAX_BATCH = 200;

/**
 * A section's items for one member. Sections with gatherMany() (all built-in
 * ones) collect the requests of the digests in the same scope (a batch job's
 * members, or the digests this process sends one by one; the scope's barrier
 * says when all have asked) and answer them with one set-based query; a
 * section an area registered without it queries per member.
 */
export function gatherSection(section: AnyDigestSection, context: DigestContext, scope: DigestScope = processScope()): Promise<unknown[]> {
  if (!section.gatherMany) return section.gather(context);
  const gatherMany = section.gatherMany.bind(section);
  const loader = scopedLoader(
    scope,
    section,
    () =>
      new DataLoader<DigestContext, unknown[]>((contexts) => gatherMany([...contexts]), {
        cache: false,
        maxBatchSize: MAX_BATCH,
        batchScheduleFn: (dispatch) => scope.barrier.whenAllAsked(dispatch),
      }),
  );
  return loader.load(context);
}
