/** What a signed unsubscribe link stops, and stopping it. */
import { db } from "../db.ts";
import type { UnsubscribeScope } from "../mail/unsubscribe.ts";
import { ALL_KINDS, isKind, KIND_DELIVERY } from "./catalog.ts";
import type { NotificationKind } from "./kinds.ts";
import {
  digestsEnabled,
  kindPreference,
  kindPreferences,
  saveCommunityDigestSettings,
  setDigestsEnabled,
  setEmailForKinds,
} from "./preferences.ts";

export type UnsubscribeTarget =
  | { kind: "digest" }
  | { kind: "digestCommunity"; communityId: string; communityName: string | null }
  | { kind: "email" }
  | { kind: "emailKind"; notificationKind: NotificationKind };

export async function describeUnsubscribe(userId: string, scope: UnsubscribeScope): Promise<UnsubscribeTarget | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return null;
  if (scope === "digest") return { kind: "digest" };
  if (scope === "email") return { kind: "email" };
  if (scope.startsWith("digest-community-")) {
    const communityId = scope.slice("digest-community-".length);
    // Only a member learns the community's name from the link.
    const membership = await db().membership.findUnique({
      where: { userId_communityId: { userId, communityId } },
      select: { community: { select: { name: true } } },
    });
    return { kind: "digestCommunity", communityId, communityName: membership?.community.name ?? null };
  }
  const kind = scope.slice("email-".length);
  return isKind(kind) ? { kind: "emailKind", notificationKind: kind } : null;
}

export async function applyUnsubscribe(userId: string, target: UnsubscribeTarget): Promise<void> {
  switch (target.kind) {
    case "digest":
      return setDigestsEnabled(userId, false);
    case "digestCommunity":
      return saveCommunityDigestSettings(userId, { [target.communityId]: "NONE" });
    case "email":
      return setEmailForKinds(
        userId,
        ALL_KINDS.filter((kind) => KIND_DELIVERY[kind].emailable),
        false,
      );
    case "emailKind":
      return setEmailForKinds(userId, [target.notificationKind], false);
  }
}

/**
 * Whether what the link stops is already stopped, so a second visit says so instead of asking
 * again: digests off; no digest for that community (set to none, or no longer a member: digests
 * only cover the member's communities); no e-mail for any kind that can be mailed; no e-mail for
 * that kind.
 */
export async function alreadyUnsubscribed(userId: string, target: UnsubscribeTarget): Promise<boolean> {
  switch (target.kind) {
    case "digest":
      return !(await digestsEnabled(userId));
    case "digestCommunity": {
      const membership = await db().membership.findUnique({
        where: { userId_communityId: { userId, communityId: target.communityId } },
        select: { community: { select: { digestSettings: { where: { userId }, select: { frequency: true } } } } },
      });
      return !membership || membership.community.digestSettings[0]?.frequency === "NONE";
    }
    case "email": {
      const preferences = await kindPreferences(userId);
      return ALL_KINDS.every((kind) => !KIND_DELIVERY[kind].emailable || !preferences[kind].email);
    }
    case "emailKind":
      return !(await kindPreference(userId, target.notificationKind)).email;
  }
}
