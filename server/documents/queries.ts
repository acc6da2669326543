import { loadCommunity } from "../communities/access.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { isModerator } from "../moderation/roles.ts";
import { type ExportFormat, exportFileBase, htmlFile, markdownFile } from "../richtext/export-file.ts";
import { renderHtml } from "../richtext/index.ts";
import { CHANGE_GAP_MS, loadState, pendingLog } from "../collab/store.ts";
import { loadDocument } from "./access.ts";
import { documentContent, renderState } from "./content.ts";
import { toMarkdown } from "./markdown.ts";
import { canCreateDocument } from "./policy.ts";
import { markTemplateHints } from "~/shared/template-hints.ts";
import { withoutTemplateHints } from "./templates.ts";

export async function listDocuments(actor: Actor, slug: string) {
  const { community, permissions } = await loadCommunity(actor, slug, "read");
  const documents = await db().document.findMany({
    // Hidden by moderation: listed for its creator and the community's managers only (issue 8).
    where: {
      communityId: community.id,
      ...(permissions.manage || isModerator(actor) ? {} : { OR: [{ hiddenAt: null }, { createdById: actor?.id ?? "" }] }),
    },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      locked: true,
      updatedAt: true,
      createdBy: { select: { id: true, displayName: true } },
      _count: { select: { editors: true } },
    },
  });
  return {
    community,
    canCreate: canCreateDocument(permissions),
    documents: documents.map(({ _count, ...document }) => ({ ...document, editorCount: _count.editors })),
  };
}

async function editorsOf(documentId: string) {
  const rows = await db().documentEditor.findMany({
    where: { documentId },
    orderBy: { lastEditAt: "desc" },
    select: { firstEditAt: true, lastEditAt: true, user: { select: { id: true, displayName: true } } },
  });
  return rows.map((row) => ({ ...row.user, firstEditAt: row.firstEditAt, lastEditAt: row.lastEditAt }));
}

/** The document page: details, the content rendered on the server, who edited, and what the actor may do. */
export async function documentPage(actor: Actor, slug: string, documentId: string) {
  const { community, document, permissions } = await loadDocument(actor, slug, documentId, "read");
  const [content, editors, createdBy, versionCount] = await Promise.all([
    documentContent(document.id),
    editorsOf(document.id),
    document.createdById ? db().user.findUnique({ where: { id: document.createdById }, select: { id: true, displayName: true } }) : null,
    db().documentVersion.count({ where: { documentId: document.id } }),
  ]);
  if (!content) throw notFound("documents.errors.notFound");
  return { community, document, permissions, html: markTemplateHints(content.html), editors, createdBy, versionCount };
}

type ChangeRow = {
  authorId: string | null;
  startedAt: Date;
  endedAt: Date;
  updates: number;
  wordsAdded: number | null;
  wordsRemoved: number | null;
  excerpt: string;
};

/** Groups log rows not yet compacted as compaction does, per member (counts only; the word summary comes with compaction). */
function groupPending(rows: { authorId: string | null; createdAt: Date }[]): ChangeRow[] {
  const groups: ChangeRow[] = [];
  const open = new Map<string | null, ChangeRow>();
  for (const row of rows) {
    const last = open.get(row.authorId);
    if (last && row.createdAt.getTime() - last.endedAt.getTime() < CHANGE_GAP_MS) {
      last.endedAt = row.createdAt;
      last.updates += 1;
    } else {
      const group = {
        authorId: row.authorId,
        startedAt: row.createdAt,
        endedAt: row.createdAt,
        updates: 1,
        wordsAdded: null,
        wordsRemoved: null,
        excerpt: "",
      };
      open.set(row.authorId, group);
      groups.push(group);
    }
  }
  return groups.sort((a, b) => a.endedAt.getTime() - b.endedAt.getTime());
}

/** Versions and who changed what and when, newest first. */
export async function documentHistory(actor: Actor, slug: string, documentId: string) {
  const { community, document, permissions } = await loadDocument(actor, slug, documentId, "read");
  const [versions, compacted, pending, editors] = await Promise.all([
    db().documentVersion.findMany({
      where: { documentId: document.id },
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        name: true,
        kind: true,
        createdAt: true,
        wordsAdded: true,
        wordsRemoved: true,
        author: { select: { id: true, displayName: true } },
      },
    }),
    db().documentChange.findMany({ where: { documentId: document.id }, orderBy: { toSeq: "desc" }, take: 200 }),
    pendingLog(document.id),
    editorsOf(document.id),
  ]);
  const changes: ChangeRow[] = [...groupPending(pending).reverse(), ...compacted];
  const authorIds = [...new Set(changes.map((change) => change.authorId).filter((id): id is string => id !== null))];
  const authors = new Map(
    (await db().user.findMany({ where: { id: { in: authorIds } }, select: { id: true, displayName: true } })).map((user) => [
      user.id,
      user,
    ]),
  );
  return {
    community,
    document,
    permissions,
    versions,
    editors,
    changes: changes.map((change, index) => ({
      key: `${change.startedAt.toISOString()}-${index}`,
      author: change.authorId ? (authors.get(change.authorId) ?? null) : null,
      startedAt: change.startedAt,
      endedAt: change.endedAt,
      updates: change.updates,
      wordsAdded: change.wordsAdded,
      wordsRemoved: change.wordsRemoved,
      excerpt: change.excerpt,
    })),
  };
}

export async function versionPage(actor: Actor, slug: string, documentId: string, versionId: string) {
  const { community, document, permissions } = await loadDocument(actor, slug, documentId, "read");
  const version = await db().documentVersion.findFirst({
    where: { id: versionId, documentId: document.id },
    select: {
      id: true,
      number: true,
      name: true,
      kind: true,
      createdAt: true,
      state: true,
      author: { select: { id: true, displayName: true } },
    },
  });
  if (!version) throw notFound("documents.errors.versionNotFound");
  const { state, ...rest } = version;
  return { community, document, permissions, version: rest, html: markTemplateHints(renderState(state).html) };
}

export type { ExportFormat };

/** A complete, standalone file: accessible HTML (lang, title, landmarks, headings in order) or Markdown. */
export async function exportDocument(actor: Actor, slug: string, documentId: string, format: ExportFormat, language: "nl" | "en" = "nl") {
  const { community, document } = await loadDocument(actor, slug, documentId, "read");
  const stored = await loadState(document.id);
  if (!stored) throw notFound("documents.errors.notFound");
  const rendered = renderState(stored.state).state;
  const state = rendered && withoutTemplateHints(rendered);
  const base = exportFileBase(document.title, "document");
  if (format === "md") return markdownFile(base, toMarkdown(document.title, state));
  const date = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(
    document.updatedAt,
  );
  const footer =
    language === "en"
      ? `From ${community.name} on Praktijkplein, last changed ${date}.`
      : `Uit ${community.name} op Praktijkplein, laatst gewijzigd op ${date}.`;
  return htmlFile(base, {
    language,
    title: document.title,
    bodyHtml: state ? renderHtml(state, { headingOffset: 0 }) : "",
    footer,
  });
}
