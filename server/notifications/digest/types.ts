/**
 * The digest section contract. A section gathers, for one member and one
 * digest, what is new in the member's digest communities since their last
 * digest and not yet read (each section says what "read" means), and renders
 * it in the member's language as HTML and plain text. Sections are listed in
 * sections/index.ts; an empty result leaves the section out, and a digest
 * with no sections is not sent at all.
 */
import type { TFunction } from "i18next";
import type { CommunityRoleValue, GlobalRoleValue } from "~/shared/enums.ts";
import type { Language } from "~/i18n/index.ts";
import type { SafeHtml } from "../../mail/html.ts";
import type { NotificationKind } from "../kinds.ts";
import type { KindPreferences } from "../preferences.ts";
import type { DigestFrequencyDue } from "./periods.ts";

export type DigestCommunity = { id: string; slug: string; name: string; themeId: string; role: CommunityRoleValue };

export type DigestContext = {
  member: { id: string; email: string; displayName: string; globalRole: GlobalRoleValue; language: Language };
  frequency: DigestFrequencyDue;
  /** The window: after `since`, up to and including `until`. */
  since: Date;
  until: Date;
  /** The member's communities whose digest has this frequency (all readable: members read). */
  communities: DigestCommunity[];
  /** True for the member's most frequent digest: things without a community go in this one only. */
  primary: boolean;
  /** Notification kinds some section reports itself (see coversNotificationKinds). */
  coveredKinds: NotificationKind[];
  /** The member's per-kind choices (in-app, e-mail). */
  preferences: KindPreferences;
};

export type DigestRenderContext = {
  t: TFunction;
  language: Language;
  /** Absolute URL of a path on this site. */
  url: (path: string) => string;
  community: (id: string) => DigestCommunity;
  /**
   * A part that is the same for everyone it is rendered for, made once and
   * reused (shared-parts.ts): `key` must name everything `make` depends on
   * besides the language (which is added), e.g. the community and its items.
   */
  shared: <T>(key: readonly unknown[], make: () => T) => T;
};

export type RenderedSection = { html: SafeHtml; text: string };

export interface DigestSection<Item = unknown> {
  /** Stable id (html anchors, tests). */
  id: string;
  /** Position in the mail; lower first. Discussions belong near the top (10–30). */
  order: number;
  /** Notification kinds this section already reports, so the notifications section leaves them out. */
  coversNotificationKinds?: readonly NotificationKind[];
  gather(context: DigestContext): Promise<Item[]>;
  /** How many things the items stand for (the digest's item count); items.length when absent. */
  count?(items: Item[]): number;
  /**
   * Optional: the same for many members at once (set-based SQL), one result per
   * context in the same order, each exactly what gather() gives for it. Digest
   * jobs running at the same time in a worker are batched through it
   * (gather.ts; docs/decisions/131-batched-digest-sections.md).
   */
  gatherMany?(contexts: DigestContext[]): Promise<Item[][]>;
  /** The section's heading. */
  title(items: Item[], render: DigestRenderContext): string;
  render(items: Item[], render: DigestRenderContext): RenderedSection;
}

/** For the registry: sections with different item types in one list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDigestSection = DigestSection<any>;
