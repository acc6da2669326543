/**
 * The content registry's contract (issue 13, decision 090). Each kind of
 * content (a topic, a library item, a member profile, …) has ONE adapter, in
 * its own area, in a file named `server/<area>/<kind>-content.ts` that
 * exports `content` (a ContentAdapter). The registry (registry.ts) finds those
 * files itself: adding a kind is that one file.
 *
 * An adapter says once what every feature otherwise repeats:
 *   - who may see the kind: `listed` (what is shown at all: not hidden, not
 *     deleted, published) and `readable(viewer)` (plus the viewer's access),
 *     each as a Prisma `where` and as an SQL fragment (`listedSql`, `readableSql`);
 *   - how to load it for display (`load`: title, excerpt, community, author, URL
 *     from app/shared/paths.ts);
 *   - how moderation hides, shows and removes it (through the area's commands,
 *     which emit the area's events);
 *   - its personal data: which columns name a member (export, erase).
 * Consumers (search sources, digest sections, moderation, reports, privacy,
 * notifications, the typo dictionary) ask the registry instead of switching
 * over kinds; tests/integration/content-registry.test.ts fails when a model
 * with hiddenAt, deletedAt, a publication status or an author has no adapter
 * or a consumer does not handle it.
 */
import type { ReportTargetKindValue } from "~/shared/moderation.ts";
import type { SearchKind } from "~/shared/search.ts";
import type { Actor } from "../communities/policy.ts";
import type { Tx } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export const CONTENT_KINDS = [
  "community",
  "channel",
  "topic",
  "message",
  "document",
  "libraryItem",
  "meeting",
  "knowledgeQuestion",
  "agendaGoal",
  "reviewRound",
  "member",
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** Who looks: the actor and the communities whose content they may read (readableCommunityIds). */
export type Viewer = { actor: Actor; readableCommunityIds: readonly string[] };

/** One record as every consumer shows it. */
export type ContentView = {
  kind: ContentKind;
  id: string;
  title: string;
  /** Plain text, short (moderation shows it; digests quote it). */
  excerpt: string;
  communityId: string | null;
  communityName: string | null;
  /** The member responsible: author, creator or the profile's owner (null: none, or a former member). */
  subjectId: string | null;
  subjectName: string | null;
  /** A path on this site, from app/shared/paths.ts. */
  url: string;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /** Deleted, archived or cancelled: no longer shown to anyone. */
  removed: boolean;
};

/** A column that names a member (an author foreign key): what account deletion and the export look at. */
export type AuthorColumn = { model: Prisma.ModelName; field: string };

/** How a member deletes their account (decision 066): contributions stay without author, or go. */
export type DeletionMode = "keep" | "remove";

/** What an adapter's `erase` changed, for the `user.deleted` event (search) and the summary. */
export type ErasedWork = {
  /** Messages emptied with the member ("remove"). */
  removedMessageIds?: string[];
  /** Other messages whose text changed (a mention of the member rewritten). */
  messageIds?: string[];
  /** Topics deleted with the member ("remove"). */
  removedTopicIds?: string[];
  /** Library items deleted with the member ("remove"). */
  removedLibraryItemIds?: string[];
  /** Knowledge questions deleted or left without author. */
  knowledgeQuestionIds?: string[];
  /** Files to delete from storage after commit. */
  storageKeys?: string[];
};

export type Hidden = { at: Date; reason: string } | null;

export interface ContentAdapter {
  readonly kind: ContentKind;
  /** The Prisma model of the kind's rows. */
  readonly model: Prisma.ModelName;
  /** The SQL table, when the model keeps another name (`@@map`): Meeting is the table "Event" (decision 159). Default: the model's name. */
  readonly table?: string;
  /** Models that are parts of this kind (versions, comments, …): covered by this adapter. */
  readonly parts?: readonly Prisma.ModelName[];
  /** The table alias the SQL fragments expect, e.g. `t` for "Topic" t (documentation). */

  /** What is shown at all, to anyone (not hidden, deleted, unpublished, cancelled). Prisma `where`. */
  readonly listed: Record<string, unknown>;
  /** The same as SQL over the table under `alias`, e.g. `t."hiddenAt" IS NULL AND t."deletedAt" IS NULL`. */
  listedSql(alias: string): Prisma.Sql;
  /** Listed and readable by the viewer (community access, members-only). Prisma `where`. */
  readable(viewer: Viewer): Record<string, unknown>;
  readableSql(alias: string, viewer: Viewer): Prisma.Sql;

  /** Loads records for display as they are (no access check: moderators see hidden content too). */
  load(ids: readonly string[], client?: Prisma.TransactionClient): Promise<ContentView[]>;

  /** Which consumers handle this kind; null says, on purpose, that one does not (with the reason in a comment). */
  readonly consumers: {
    /** The search kind (server/search/sources/<kind>.ts), or null. */
    search: SearchKind | null;
    /** The digest section that reports it (server/notifications/digest/sections), or null. */
    digest: string | null;
    /** The report target kind (/melden), or null when it cannot be reported. */
    report: ReportTargetKindValue | null;
  };

  /** Moderation: only for kinds that can be reported. Each goes through the area's own commands and events. */
  readonly moderation?: {
    /** 404 unless the actor may read it (the area's own access rules): nobody reports, or learns of, what they cannot read. */
    assertReadable(actor: NonNullable<Actor>, id: string): Promise<void>;
    setHidden(tx: Tx, id: string, hidden: Hidden): Promise<boolean>;
    /** Removes it as the area removes it; null when this kind cannot be removed by moderation (a profile). */
    remove: ((tx: Tx, id: string, actorId: string, reason: string) => Promise<boolean>) | null;
  };

  /**
   * Personal data. `authors`: the columns that name a member; account deletion
   * walks them (server/privacy/deletion.ts): it sets each to null after the
   * adapters' `erase`, in both modes, and the data export lists every record
   * they name. `erase`: what the area does besides, inside the deletion's
   * transaction, before the author columns go: under "remove" it removes what
   * the member wrote as the area removes it; in both modes it forgets what
   * names them elsewhere (a mention, a contact line).
   */
  readonly personalData: {
    readonly authors: readonly AuthorColumn[];
    erase?(tx: Tx, member: { id: string; email: string }, mode: DeletionMode, now: Date): Promise<ErasedWork>;
  };
}
