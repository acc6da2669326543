/**
 * What a report is about: one loader per kind that returns the same shape
 * (community, author, title, excerpt, link, hidden state), and the writes
 * that hide, unhide and delete it. Reporters go through each area's own
 * access check first (`assertReadable`), so nobody can report, or learn of,
 * content they cannot read.
 */
import type { ReportTargetKindValue } from "~/shared/moderation.ts";
import type { Actor } from "../communities/policy.ts";
import { db, type DbClient } from "../db.ts";
import { loadMessage, loadTopic } from "../discussions/access.ts";
import { eraseMessages } from "../discussions/erase.ts";
import type { Tx } from "../events.ts";
import { loadDocumentById } from "../documents/access.ts";
import { removeDocument } from "../documents/commands.ts";
import { notFound } from "../errors.ts";
import { loadItem } from "../library/access.ts";
import { archiveItemForModeration } from "../library/commands.ts";

export type Target = {
  kind: ReportTargetKindValue;
  id: string;
  communityId: string | null;
  communityName: string | null;
  /** The member responsible: author, creator or the profile's owner. */
  subjectId: string | null;
  subjectName: string | null;
  title: string;
  excerpt: string;
  url: string;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  deleted: boolean;
};

const cut = (text: string, length = 400) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
};

/** Loads the target as it is (no access check: moderators and facilitators see hidden content). */
export async function loadTarget(kind: ReportTargetKindValue, id: string, client: DbClient = db()): Promise<Target | null> {
  switch (kind) {
    case "MESSAGE": {
      const row = await client.message.findUnique({
        where: { id },
        select: {
          id: true, seq: true, bodyText: true, deletedAt: true, hiddenAt: true, hiddenReason: true,
          author: { select: { id: true, displayName: true } },
          topic: { select: { id: true, title: true, communityId: true, channel: { select: { slug: true } }, community: { select: { slug: true, name: true } } } },
        },
      });
      if (!row) return null;
      return {
        kind, id, communityId: row.topic.communityId, communityName: row.topic.community.name,
        subjectId: row.author?.id ?? null, subjectName: row.author?.displayName ?? null,
        title: row.topic.title, excerpt: cut(row.bodyText),
        url: `/communities/${row.topic.community.slug}/discussies/${row.topic.channel.slug}/${row.topic.id}?vanaf=${row.seq}#bericht-${row.seq}`,
        hiddenAt: row.hiddenAt, hiddenReason: row.hiddenReason, deleted: row.deletedAt !== null,
      };
    }
    case "TOPIC": {
      const row = await client.topic.findUnique({
        where: { id },
        select: {
          id: true, title: true, communityId: true, deletedAt: true, hiddenAt: true, hiddenReason: true,
          author: { select: { id: true, displayName: true } },
          channel: { select: { slug: true } }, community: { select: { slug: true, name: true } },
        },
      });
      if (!row) return null;
      return {
        kind, id, communityId: row.communityId, communityName: row.community.name,
        subjectId: row.author?.id ?? null, subjectName: row.author?.displayName ?? null,
        title: row.title, excerpt: "", url: `/communities/${row.community.slug}/discussies/${row.channel.slug}/${row.id}`,
        hiddenAt: row.hiddenAt, hiddenReason: row.hiddenReason, deleted: row.deletedAt !== null,
      };
    }
    case "DOCUMENT": {
      const row = await client.document.findUnique({
        where: { id },
        select: { id: true, title: true, communityId: true, hiddenAt: true, hiddenReason: true, createdBy: { select: { id: true, displayName: true } }, community: { select: { slug: true, name: true } } },
      });
      if (!row) return null;
      return {
        kind, id, communityId: row.communityId, communityName: row.community.name,
        subjectId: row.createdBy?.id ?? null, subjectName: row.createdBy?.displayName ?? null,
        title: row.title, excerpt: "", url: `/communities/${row.community.slug}/documenten/${row.id}`,
        hiddenAt: row.hiddenAt, hiddenReason: row.hiddenReason, deleted: false,
      };
    }
    case "LIBRARY_ITEM": {
      const row = await client.libraryItem.findUnique({
        where: { id },
        select: { id: true, slug: true, title: true, summary: true, status: true, communityId: true, hiddenAt: true, hiddenReason: true, author: { select: { id: true, displayName: true } }, community: { select: { name: true } } },
      });
      if (!row) return null;
      return {
        kind, id, communityId: row.communityId, communityName: row.community?.name ?? null,
        subjectId: row.author?.id ?? null, subjectName: row.author?.displayName ?? null,
        title: row.title, excerpt: cut(row.summary), url: `/bibliotheek/${row.slug}`,
        hiddenAt: row.hiddenAt, hiddenReason: row.hiddenReason, deleted: row.status === "ARCHIVED",
      };
    }
    case "PROFILE": {
      const row = await client.user.findUnique({ where: { id }, select: { id: true, displayName: true, bio: true, organisation: true, hiddenAt: true, hiddenReason: true } });
      if (!row) return null;
      return {
        kind, id, communityId: null, communityName: null, subjectId: row.id, subjectName: row.displayName,
        title: row.displayName, excerpt: cut([row.organisation, row.bio].filter(Boolean).join(" — ")), url: `/leden/${row.id}`,
        hiddenAt: row.hiddenAt, hiddenReason: row.hiddenReason, deleted: false,
      };
    }
  }
}

/** 404 unless the actor may read the target (each area's own access rules). */
export async function assertReadable(actor: NonNullable<Actor>, kind: ReportTargetKindValue, id: string): Promise<void> {
  switch (kind) {
    case "MESSAGE": {
      const { message } = await loadMessage(actor, id);
      if (message.deletedAt) throw notFound();
      return;
    }
    case "TOPIC":
      await loadTopic(actor, id);
      return;
    case "DOCUMENT":
      await loadDocumentById(actor, id, "read");
      return;
    case "LIBRARY_ITEM":
      await loadItem(actor, { id }, "view");
      return;
    case "PROFILE": {
      const user = await db().user.findUnique({ where: { id }, select: { id: true } });
      if (!user) throw notFound();
      return;
    }
  }
}

/** Sets or clears the hidden mark. Returns false when the target is gone. */
export async function setHidden(client: DbClient, kind: ReportTargetKindValue, id: string, hidden: { at: Date; reason: string } | null): Promise<boolean> {
  const data = { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null };
  const where = { id };
  switch (kind) {
    case "MESSAGE":
      return (await client.message.updateMany({ where, data })).count === 1;
    case "TOPIC":
      return (await client.topic.updateMany({ where, data })).count === 1;
    case "DOCUMENT":
      return (await client.document.updateMany({ where, data })).count === 1;
    case "LIBRARY_ITEM":
      return (await client.libraryItem.updateMany({ where, data })).count === 1;
    case "PROFILE":
      return (await client.user.updateMany({ where, data })).count === 1;
  }
}

/** Deletes the target the way its area deletes: messages and topics softly, library items are archived. */
export async function deleteTarget(client: Tx, kind: ReportTargetKindValue, id: string, actorId: string, reason: string): Promise<boolean> {
  const now = new Date();
  switch (kind) {
    case "MESSAGE":
      // The discussions' own erase: body, reactions, mentions and a solved mark go, as when the author deletes it.
      return (await eraseMessages(client, { ids: [id] }, { deletedById: actorId, actorId: null }, now)).messages.length === 1;
    case "TOPIC":
      return (await client.topic.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } })).count === 1;
    case "DOCUMENT":
      return removeDocument(client, id, actorId, "moderation");
    case "LIBRARY_ITEM":
      return archiveItemForModeration(client, id, actorId, reason);
    case "PROFILE":
      return false;
  }
}
