/**
 * A member's delivery choices: per kind (in-app, e-mail), digests on or off,
 * and per community none / daily / weekly (default weekly).
 */
import type { GlobalRoleValue } from "~/shared/enums.ts";
import type { DigestFrequencyValue } from "~/shared/notifications.ts";
import { db } from "../db.ts";
import { isModerator } from "../moderation/policy.ts";
import { ALL_KINDS, isKind, KIND_DELIVERY } from "./catalog.ts";
import type { NotificationKind } from "./kinds.ts";

export type KindPreference = { inApp: boolean; email: boolean };
export type KindPreferences = Record<NotificationKind, KindPreference>;

export const DEFAULT_DIGEST_FREQUENCY: DigestFrequencyValue = "WEEKLY";

export async function kindPreferences(userId: string): Promise<KindPreferences> {
  return preferencesFromRows(
    await db().notificationPreference.findMany({ where: { userId }, select: { kind: true, inApp: true, email: true } }),
  );
}

/** The defaults, overridden by the member's stored choices. */
export function preferencesFromRows(rows: { kind: string; inApp: boolean; email: boolean }[]): KindPreferences {
  const result = Object.fromEntries(ALL_KINDS.map((kind) => [kind, { ...KIND_DELIVERY[kind].defaults }])) as KindPreferences;
  for (const row of rows) {
    if (isKind(row.kind)) result[row.kind] = { inApp: row.inApp, email: KIND_DELIVERY[row.kind].emailable && row.email };
  }
  return result;
}

export async function kindPreference(userId: string, kind: NotificationKind): Promise<KindPreference> {
  const row = await db().notificationPreference.findUnique({
    where: { userId_kind: { userId, kind } },
    select: { inApp: true, email: true },
  });
  const value = row ?? KIND_DELIVERY[kind].defaults;
  return { inApp: value.inApp, email: KIND_DELIVERY[kind].emailable && value.email };
}

/** Kinds the member switched off in-app (hidden from the bell and the list). */
export async function hiddenKinds(userId: string): Promise<NotificationKind[]> {
  const prefs = await kindPreferences(userId);
  return ALL_KINDS.filter((kind) => !prefs[kind].inApp);
}

/**
 * The kinds this member can receive, so the settings offer (and store) nothing else: a join request
 * reaches a community's facilitators, a library submission the moderators (decision 260).
 */
export async function receivableKinds(user: { id: string; globalRole: GlobalRoleValue }): Promise<NotificationKind[]> {
  const moderator = isModerator(user);
  const needsFacilitator = ALL_KINDS.some((kind) => KIND_DELIVERY[kind].audience === "facilitators");
  const facilitator =
    needsFacilitator &&
    (await db().membership.findFirst({ where: { userId: user.id, role: "FACILITATOR" }, select: { userId: true } })) !== null;
  return ALL_KINDS.filter((kind) => {
    const audience = KIND_DELIVERY[kind].audience;
    return audience === undefined || (audience === "moderators" ? moderator : facilitator);
  });
}

/** Stores the choices for `kinds` (default: every kind); a stored choice for any other kind stays as it is. */
export async function saveKindPreferences(
  userId: string,
  choices: { inApp: NotificationKind[]; email: NotificationKind[] },
  kinds: NotificationKind[] = ALL_KINDS,
): Promise<void> {
  await db().$transaction(
    kinds.map((kind) =>
      db().notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, inApp: choices.inApp.includes(kind), email: KIND_DELIVERY[kind].emailable && choices.email.includes(kind) },
        update: { inApp: choices.inApp.includes(kind), email: KIND_DELIVERY[kind].emailable && choices.email.includes(kind) },
      }),
    ),
  );
}

export async function setEmailForKinds(userId: string, kinds: NotificationKind[], email: boolean): Promise<void> {
  const current = await kindPreferences(userId);
  await db().$transaction(
    kinds.map((kind) =>
      db().notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, inApp: current[kind].inApp, email },
        update: { email },
      }),
    ),
  );
}

export async function digestsEnabled(userId: string): Promise<boolean> {
  const row = await db().mailSettings.findUnique({ where: { userId }, select: { digestsEnabled: true } });
  return row?.digestsEnabled ?? true;
}

export async function setDigestsEnabled(userId: string, enabled: boolean): Promise<void> {
  await db().mailSettings.upsert({ where: { userId }, create: { userId, digestsEnabled: enabled }, update: { digestsEnabled: enabled } });
}

/** The member's communities with their digest frequency (explicit or the default). */
export async function communityDigestSettings(userId: string) {
  const memberships = await db().membership.findMany({
    where: { userId },
    select: {
      community: { select: { id: true, slug: true, name: true, digestSettings: { where: { userId }, select: { frequency: true } } } },
    },
    orderBy: { community: { name: "asc" } },
  });
  return memberships.map(({ community }) => ({
    id: community.id,
    slug: community.slug,
    name: community.name,
    frequency: (community.digestSettings[0]?.frequency ?? DEFAULT_DIGEST_FREQUENCY) as DigestFrequencyValue,
  }));
}

/** Saves frequencies for communities the member belongs to; others are ignored. */
export async function saveCommunityDigestSettings(userId: string, choices: Record<string, DigestFrequencyValue>): Promise<void> {
  const memberOf = new Set(
    (await db().membership.findMany({ where: { userId, communityId: { in: Object.keys(choices) } }, select: { communityId: true } })).map(
      (m) => m.communityId,
    ),
  );
  await db().$transaction(
    Object.entries(choices)
      .filter(([communityId]) => memberOf.has(communityId))
      .map(([communityId, frequency]) =>
        db().communityDigestSetting.upsert({
          where: { userId_communityId: { userId, communityId } },
          create: { userId, communityId, frequency },
          update: { frequency },
        }),
      ),
  );
}
