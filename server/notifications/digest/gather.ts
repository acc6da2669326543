/** Builds one member's digest content: the context, then every section's items. */
import type { DigestFrequencyValue } from "~/shared/notifications.ts";
import type { GlobalRoleValue } from "~/shared/enums.ts";
import type { Language } from "~/i18n/index.ts";
import { db } from "../../db.ts";
import { DEFAULT_DIGEST_FREQUENCY } from "../preferences.ts";
import type { DigestFrequencyDue } from "./periods.ts";
import { coveredNotificationKinds, digestSections } from "./registry.ts";
import type { AnyDigestSection, DigestCommunity, DigestContext } from "./types.ts";

export type DigestMember = { id: string; email: string; displayName: string; globalRole: GlobalRoleValue; language: Language };

export type GatheredDigest = {
  context: DigestContext;
  sections: { section: AnyDigestSection; items: unknown[] }[];
  itemCount: number;
};

export async function digestCommunities(userId: string): Promise<(DigestCommunity & { frequency: DigestFrequencyValue })[]> {
  const memberships = await db().membership.findMany({
    where: { userId },
    select: {
      role: true,
      community: { select: { id: true, slug: true, name: true, themeId: true, digestSettings: { where: { userId }, select: { frequency: true } } } },
    },
  });
  return memberships.map(({ role, community }) => ({
    id: community.id,
    slug: community.slug,
    name: community.name,
    themeId: community.themeId,
    role,
    frequency: community.digestSettings[0]?.frequency ?? DEFAULT_DIGEST_FREQUENCY,
  }));
}

export async function gatherDigest(member: DigestMember, frequency: DigestFrequencyDue, since: Date, until: Date): Promise<GatheredDigest> {
  const all = await digestCommunities(member.id);
  const communities = all.filter((c) => c.frequency === frequency).map(({ frequency: _f, ...c }) => c);
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
  };
  if (!communities.length) return { context, sections: [], itemCount: 0 };
  const results = await Promise.all(sections.map(async (section) => ({ section, items: (await section.gather(context)) as unknown[] })));
  const nonEmpty = results.filter((result) => result.items.length > 0);
  return { context, sections: nonEmpty, itemCount: nonEmpty.reduce((sum, result) => sum + result.items.length, 0) };
}
