/**
 * "Download mijn gegevens" (AVG art. 15 and 20). A request stores a DataExport
 * row and enqueues the `export-personal-data` job; the job collects the
 * member's data section by section (writing its progress to the row), zips
 * JSON files plus a readable HTML overview with fflate, and stores the zip in
 * file storage under `exports/<userId>/<exportId>.zip`. Only the member
 * themself can fetch it, until it expires (EXPORT_TTL_MS); expired files are
 * removed by the next export job and the daily session clean-up.
 * Other members' personal data stays out: names of co-members, e-mail
 * addresses of invitees and other authors' texts are not included.
 */
import { strToU8, zipSync } from "fflate";
import { privacy as en } from "~/i18n/en/privacy.ts";
import { privacy as nl } from "~/i18n/nl/privacy.ts";
import { db } from "../db.ts";
import { authoredCounts, contentAdapters, readableIds, viewerFor } from "../content/registry.ts";
import { CASE_PARTS_SELECT } from "../library/catalogue.ts";
import { shownNotificationsWhere } from "../notifications/queries.ts";
import { AppError } from "../errors.ts";
import { withTimeout } from "../events/relay.ts";
import { errorFields, log } from "../logger.ts";
import { enqueue } from "../queues/producer.ts";
import { escapeHtml } from "../richtext/html.ts";
import { dataExportLimit } from "../security/limits.ts";
import { fileStorage } from "../storage/index.ts";
import { dutchDay } from "~/shared/dates.ts";

export const EXPORT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** The longest a request waits to put the export job on the queue. */
const ENQUEUE_TIMEOUT_MS = 5_000;

export type ExportView = {
  id: string;
  status: "QUEUED" | "RUNNING" | "READY" | "FAILED";
  progress: number;
  size: number | null;
  createdAt: string;
  expiresAt: string;
};

const view = (row: {
  id: string;
  status: ExportView["status"];
  progress: number;
  size: number | null;
  createdAt: Date;
  expiresAt: Date;
}): ExportView => ({
  id: row.id,
  status: row.status,
  progress: row.progress,
  size: row.size,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

/** The member's newest export that has not expired, if any. */
export async function latestExport(userId: string): Promise<ExportView | null> {
  const row = await db().dataExport.findFirst({ where: { userId, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" } });
  return row ? view(row) : null;
}

/** Starts an export, or returns the one still being prepared (a double click makes one job). */
export async function requestExport(userId: string): Promise<ExportView> {
  const pending = await db().dataExport.findFirst({
    where: { userId, status: { in: ["QUEUED", "RUNNING"] } },
    orderBy: { createdAt: "desc" },
  });
  if (pending) return view(pending);
  await dataExportLimit().consume(userId);
  const row = await db().dataExport.create({ data: { userId, expiresAt: new Date(Date.now() + EXPORT_TTL_MS) } });
  try {
    // Redis unreachable: answer "failed, try again" instead of hanging until it returns (issue 15, F15).
    await withTimeout(
      enqueue("exportPersonalData", { exportId: row.id }, { jobId: `export-${row.id}` }),
      ENQUEUE_TIMEOUT_MS,
      "queueing the data export",
    );
  } catch (error) {
    log.warn("could not queue a data export; marked failed so the member can try again", { exportId: row.id, ...errorFields(error) });
    await markExportFailed(row.id);
    await dataExportLimit().refund(userId);
    return view({ ...row, status: "FAILED" });
  }
  return view(row);
}

/** The zip for its owner only; anyone else (or an expired export) gets a 404. */
export async function openExport(userId: string, exportId: string) {
  const row = await db().dataExport.findFirst({ where: { id: exportId, userId, status: "READY", expiresAt: { gt: new Date() } } });
  if (!row?.storageKey) throw new AppError(404, "errors.notFound");
  const file = await fileStorage().get(row.storageKey);
  if (!file) throw new AppError(404, "errors.notFound");
  return { ...file, fileName: `praktijkplein-gegevens-${dutchDay(row.createdAt)}.zip` };
}

/** Deletes expired exports, files first. */
export async function purgeExpiredExports(now = new Date()): Promise<number> {
  const expired = await db().dataExport.findMany({ where: { expiresAt: { lte: now } }, select: { id: true, storageKey: true } });
  for (const row of expired) if (row.storageKey) await fileStorage().delete(row.storageKey);
  await db().dataExport.deleteMany({ where: { id: { in: expired.map((r) => r.id) } } });
  return expired.length;
}

type Section = { key: keyof typeof nl.export.sections; rows: Record<string, unknown>[] | Record<string, unknown> | null };

/** Everything stored about one member, section by section; each loader reads only their rows. */
function sectionLoaders(userId: string, email: string): (() => Promise<Section>)[] {
  const d = db();
  return [
    async () => ({
      key: "profile",
      rows: await d.user.findUnique({
        where: { id: userId },
        select: {
          email: true,
          // The address asked for and waiting for its link, and when the address was confirmed (walk 16).
          pendingEmail: true,
          emailVerifiedAt: true,
          displayName: true,
          organisation: true,
          fieldRole: true,
          region: true,
          bio: true,
          globalRole: true,
          locale: true,
          showOrganisation: true,
          showFieldRole: true,
          showRegion: true,
          showBio: true,
          createdAt: true,
          updatedAt: true,
          hiddenAt: true,
          hiddenReason: true,
          suspendedUntil: true,
          suspensionReason: true,
        },
      }),
    }),
    async () => ({
      key: "memberships",
      rows: (
        await d.membership.findMany({
          where: { userId },
          select: { role: true, joinedAt: true, community: { select: { name: true, slug: true } } },
          orderBy: { joinedAt: "asc" },
        })
      ).map((m) => ({ community: m.community.name, slug: m.community.slug, role: m.role, joinedAt: m.joinedAt })),
    }),
    async () => ({
      key: "joinRequests",
      rows: (
        await d.joinRequest.findMany({
          where: { userId },
          select: { message: true, status: true, createdAt: true, decidedAt: true, community: { select: { name: true } } },
        })
      ).map((r) => ({ community: r.community.name, message: r.message, status: r.status, createdAt: r.createdAt, decidedAt: r.decidedAt })),
    }),
    async () => ({
      key: "invitationsReceived",
      rows: (
        await d.invitation.findMany({
          where: { email },
          select: { role: true, status: true, createdAt: true, expiresAt: true, acceptedAt: true, community: { select: { name: true } } },
        })
      ).map((i) => ({
        community: i.community.name,
        role: i.role,
        status: i.status,
        createdAt: i.createdAt,
        expiresAt: i.expiresAt,
        acceptedAt: i.acceptedAt,
      })),
    }),
    async () => ({
      // The invitee's address is someone else's personal data: only the fact and the community.
      key: "invitationsSent",
      rows: (
        await d.invitation.findMany({
          where: { invitedById: userId },
          select: { role: true, status: true, createdAt: true, community: { select: { name: true } } },
        })
      ).map((i) => ({ community: i.community.name, role: i.role, status: i.status, createdAt: i.createdAt })),
    }),
    async () => ({
      key: "topics",
      rows: (
        await d.topic.findMany({
          where: { authorId: userId },
          select: {
            id: true,
            title: true,
            createdAt: true,
            deletedAt: true,
            community: { select: { name: true } },
            channel: { select: { name: true } },
          },
          orderBy: { createdAt: "asc" },
        })
      ).map((t) => ({
        id: t.id,
        community: t.community.name,
        channel: t.channel.name,
        title: t.title,
        createdAt: t.createdAt,
        deletedAt: t.deletedAt,
      })),
    }),
    async () => {
      const messages = await d.message.findMany({
        where: { authorId: userId },
        select: {
          id: true,
          seq: true,
          bodyText: true,
          createdAt: true,
          editedAt: true,
          deletedAt: true,
          topicId: true,
          topic: { select: { title: true, authorId: true, community: { select: { name: true } } } },
        },
        orderBy: { createdAt: "asc" },
      });
      // Their words are theirs; the topic's title is its author's (decision 330): only when they may
      // still read the topic by the content registry's rule (not hidden, not deleted, a community they
      // can read) or wrote it themselves. Otherwise the topic's id, as the mentions section does.
      const topicIds = [...new Set(messages.filter((m) => m.topic.authorId !== userId).map((m) => m.topicId))];
      const user = await d.user.findUnique({ where: { id: userId }, select: { id: true, globalRole: true } });
      const readable = user ? await readableIds("topic", topicIds, await viewerFor(user)) : new Set<string>();
      return {
        key: "messages",
        rows: messages.map((m) => ({
          id: m.id,
          community: m.topic.community.name,
          topicId: m.topicId,
          topic: m.topic.authorId === userId || readable.has(m.topicId) ? m.topic.title : null,
          number: m.seq,
          text: m.bodyText,
          createdAt: m.createdAt,
          editedAt: m.editedAt,
          deletedAt: m.deletedAt,
        })),
      };
    },
    async () => ({
      // Where others named them (walk 17): the fact, where and when; not the message's text or its
      // author, which are someone else's, nor titles of topics they may no longer read.
      key: "mentions",
      rows: (
        await d.messageMention.findMany({
          where: { userId },
          select: { message: { select: { id: true, topicId: true, seq: true, createdAt: true, deletedAt: true } } },
          orderBy: { message: { createdAt: "asc" } },
        })
      ).map(({ message }) => ({
        messageId: message.id,
        topicId: message.topicId,
        number: message.seq,
        createdAt: message.createdAt,
        deletedAt: message.deletedAt,
      })),
    }),
    async () => ({
      key: "reactions",
      rows: (await d.reaction.findMany({ where: { userId }, select: { messageId: true, emoji: true, createdAt: true } })).map((r) => ({
        ...r,
      })),
    }),
    async () => ({
      key: "documents",
      rows: (
        await d.document.findMany({
          where: { createdById: userId },
          select: { id: true, title: true, status: true, createdAt: true, updatedAt: true, community: { select: { name: true } } },
        })
      ).map((doc) => ({
        id: doc.id,
        community: doc.community.name,
        title: doc.title,
        status: doc.status,
        createdAt: doc.createdAt,
        updatedAt: doc.updatedAt,
      })),
    }),
    async () => ({
      key: "documentEdits",
      rows: (
        await d.documentEditor.findMany({
          where: { userId },
          select: { firstEditAt: true, lastEditAt: true, document: { select: { id: true, title: true } } },
        })
      ).map((e) => ({ documentId: e.document.id, title: e.document.title, firstEditAt: e.firstEditAt, lastEditAt: e.lastEditAt })),
    }),
    async () => ({
      key: "library",
      rows: (
        await d.libraryItem.findMany({
          where: { authorId: userId },
          select: {
            id: true,
            slug: true,
            kind: true,
            status: true,
            title: true,
            summary: true,
            bodyText: true,
            tags: true,
            // A practice case's parts, all of them (with how results were measured and whether it is anonymous).
            ...CASE_PARTS_SELECT,
            contact: true,
            externalUrl: true,
            createdAt: true,
            submittedAt: true,
            publishedAt: true,
            // The shared document a handreiking links to (decision 083): its id only, the content is shared work.
            documentId: true,
            // A change they proposed to a published item and that is not decided yet (decision 102).
            proposedChange: true,
            proposedAt: true,
          },
        })
      ).map((item) => ({ ...item })),
    }),
    async () => ({
      key: "libraryRevisions",
      rows: (
        await d.libraryRevision.findMany({
          where: { actorId: userId },
          select: { action: true, comment: true, createdAt: true, item: { select: { title: true } } },
          orderBy: { createdAt: "asc" },
        })
      ).map((r) => ({ item: r.item.title, action: r.action, comment: r.comment, createdAt: r.createdAt })),
    }),
    async () => ({
      // Files they added to a library item (walk 17): the item by id only, as it may be someone else's draft.
      key: "attachments",
      rows: await d.libraryAttachment.findMany({
        where: { uploadedById: userId },
        select: { id: true, itemId: true, fileName: true, contentType: true, size: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      }),
    }),
    async () => ({
      key: "notifications",
      // Only what the member may still see (issue 15 F5): nothing about a community they were removed from.
      rows: (
        await d.notification.findMany({
          where: await visibleToExport(d, userId),
          select: { kind: true, url: true, data: true, createdAt: true, readAt: true, emailedAt: true },
          orderBy: { createdAt: "asc" },
        })
      ).map((n) => ({ ...n })),
    }),
    async () => ({
      key: "settings",
      rows: {
        notificationPreferences: await d.notificationPreference.findMany({
          where: { userId },
          select: { kind: true, inApp: true, email: true },
        }),
        mail: await d.mailSettings.findUnique({ where: { userId }, select: { digestsEnabled: true } }),
        digests: (
          await d.communityDigestSetting.findMany({ where: { userId }, select: { frequency: true, community: { select: { name: true } } } })
        ).map((s) => ({ community: s.community.name, frequency: s.frequency })),
        // "Seen up to" markers of the digest sections.
        seen: await d.seenMarker.findMany({ where: { userId }, select: { scope: true, readAt: true }, orderBy: { scope: "asc" } }),
        // How far they read each topic (walk 16): ids only, so nothing of a topic they can no longer see.
        readPositions: await d.readMarker.findMany({
          where: { userId },
          select: { topicId: true, lastReadSeq: true, updatedAt: true },
          orderBy: { updatedAt: "asc" },
        }),
        // The personal calendar feed: whether it exists, not its secret address.
        calendarFeed: await d.calendarFeed.findUnique({
          where: { userId },
          select: { generation: true, createdAt: true, updatedAt: true, revokedAt: true },
        }),
      },
    }),
    async () => ({
      key: "events",
      rows: {
        organised: (
          await d.meeting.findMany({
            where: { createdById: userId },
            select: {
              id: true,
              title: true,
              description: true,
              location: true,
              onlineUrl: true,
              startsAt: true,
              endsAt: true,
              capacity: true,
              cancelledAt: true,
              createdAt: true,
              community: { select: { name: true } },
            },
            orderBy: { startsAt: "asc" },
          })
        ).map(({ community, ...meeting }) => ({ ...meeting, community: community?.name ?? null })),
        answers: (
          await d.rsvp.findMany({
            where: { userId },
            select: {
              answer: true,
              status: true,
              waitlistedAt: true,
              createdAt: true,
              updatedAt: true,
              meeting: { select: { id: true, title: true, startsAt: true } },
            },
            orderBy: { createdAt: "asc" },
            // The export keeps its keys (eventId, event), so a new file reads like an older one.
          })
        ).map(({ meeting, ...rsvp }) => ({ eventId: meeting.id, event: meeting.title, startsAt: meeting.startsAt, ...rsvp })),
      },
    }),
    async () => ({
      // Reports and moderation. Reports about them name neither the reporter nor the reporter's text
      // (another member's data); actions they received name no moderator.
      key: "moderation",
      rows: {
        reportsMade: await d.report.findMany({
          where: { reporterId: userId },
          select: {
            targetKind: true,
            targetId: true,
            reason: true,
            text: true,
            status: true,
            outcome: true,
            handledAt: true,
            createdAt: true,
          },
          orderBy: { createdAt: "asc" },
        }),
        reportsAboutYou: await d.report.findMany({
          where: { subjectId: userId },
          select: { targetKind: true, targetId: true, reason: true, status: true, outcome: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        }),
        actionsReceived: await d.moderationAction.findMany({
          where: { subjectId: userId },
          select: { kind: true, targetKind: true, targetId: true, reason: true, until: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        }),
        actionsTaken: await d.moderationAction.findMany({
          where: { actorId: userId },
          select: { kind: true, targetKind: true, targetId: true, reason: true, until: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        }),
        // Messages they removed (their own, or as facilitator or moderator; walk 17): which and when.
        messagesDeleted: await d.message.findMany({
          where: { deletedById: userId },
          select: { id: true, topicId: true, seq: true, deletedAt: true },
          orderBy: { deletedAt: "asc" },
        }),
        auditLog: await d.auditLog.findMany({
          where: { actorId: userId },
          select: { action: true, targetKind: true, targetId: true, reason: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        }),
      },
    }),
    async () => ({
      key: "workAgenda",
      rows: {
        measurements: (
          await d.agendaMeasurement.findMany({
            where: { recordedById: userId },
            select: { value: true, measuredOn: true, source: true, createdAt: true, indicator: { select: { name: true, unit: true } } },
            orderBy: { createdAt: "asc" },
          })
        ).map(({ indicator, ...m }) => ({ indicator: indicator.name, unit: indicator.unit, ...m })),
        reviewRounds: await d.reviewRound.findMany({
          where: { createdById: userId },
          select: { id: true, title: true, period: true, opensAt: true, closesAt: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        }),
        reviewComments: (
          await d.reviewComment.findMany({
            where: { authorId: userId },
            select: { body: true, goalRef: true, createdAt: true, round: { select: { title: true } } },
            orderBy: { createdAt: "asc" },
          })
        ).map(({ round, ...c }) => ({ round: round.title, ...c })),
        reviewDecisions: (
          await d.reviewDecision.findMany({
            where: { createdById: userId },
            select: { kind: true, text: true, links: true, createdAt: true, round: { select: { title: true } } },
            orderBy: { createdAt: "asc" },
          })
        ).map(({ round, ...c }) => ({ round: round.title, ...c })),
        knowledgeQuestions: (
          await d.knowledgeQuestion.findMany({
            where: { authorId: userId },
            select: { id: true, title: true, body: true, status: true, createdAt: true, theme: { select: { slug: true } } },
            orderBy: { createdAt: "asc" },
          })
        ).map(({ theme, ...q }) => ({ theme: theme.slug, ...q })),
        knowledgeVotes: (
          await d.knowledgeVote.findMany({
            where: { userId },
            select: { createdAt: true, question: { select: { id: true, title: true } } },
            orderBy: { createdAt: "asc" },
          })
        ).map(({ question, createdAt }) => ({ questionId: question.id, question: question.title, createdAt })),
        knowledgeComments: (
          await d.knowledgeComment.findMany({
            where: { authorId: userId },
            select: { body: true, createdAt: true, question: { select: { title: true } } },
            orderBy: { createdAt: "asc" },
          })
        ).map(({ question, ...c }) => ({ question: question.title, ...c })),
        knowledgeAnswersLinked: (
          await d.knowledgeAnswer.findMany({
            where: { linkedById: userId },
            select: { createdAt: true, question: { select: { title: true } }, libraryItem: { select: { title: true } } },
            orderBy: { createdAt: "asc" },
          })
        ).map((a) => ({ question: a.question.title, libraryItem: a.libraryItem.title, createdAt: a.createdAt })),
      },
    }),
    async () => {
      // Every author column of the content registry (decision 150): a kind without a section of its
      // own above is still accounted for here, with how many of its records name the member.
      const adapters = await contentAdapters();
      const rows = [];
      for (const adapter of adapters) {
        const counts = await authoredCounts(userId, adapter.personalData.authors, d);
        for (const { model, field } of adapter.personalData.authors)
          rows.push({ kind: adapter.kind, model, field, records: counts.get(`${model}.${field}`) ?? 0 });
      }
      return { key: "contributions", rows };
    },
    async () => ({
      key: "sessions",
      rows: (await d.session.findMany({ where: { userId }, select: { createdAt: true, expiresAt: true, userAgent: true } })).map((s) => ({
        ...s,
      })),
    }),
    async () => ({
      key: "mails",
      rows: (await d.mailDelivery.findMany({ where: { userId }, select: { kind: true, status: true, sentAt: true, createdAt: true } })).map(
        (m) => ({ ...m }),
      ),
    }),
  ];
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (value instanceof Date) return value.toISOString().replace("T", " ").slice(0, 16);
  if (Array.isArray(value)) return value.map(cell).join(", ");
  if (typeof value === "object") return escapeHtml(JSON.stringify(value));
  return escapeHtml(String(value));
}

function table(rows: Record<string, unknown>[], empty: string): string {
  if (rows.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return `<table><thead><tr>${keys.map((k) => `<th scope="col">${escapeHtml(k)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${keys.map((k) => `<td>${cell(row[k])}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function fields(record: Record<string, unknown>): string {
  return `<table><tbody>${Object.entries(record)
    .map(([key, value]) => `<tr><th scope="row">${escapeHtml(key)}</th><td>${cell(value)}</td></tr>`)
    .join("")}</tbody></table>`;
}

function overview(sections: Section[], locale: string, now: Date): string {
  const t = locale === "en" ? en : nl;
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(now);
  const body = sections
    .map(({ key, rows }) => {
      const heading = `<h2 id="${key}">${escapeHtml(t.export.sections[key])}</h2>`;
      if (rows === null) return `${heading}<p>${escapeHtml(t.export.empty)}</p>`;
      if (Array.isArray(rows)) return heading + table(rows, t.export.empty);
      const nested = Object.values(rows).some((value) => value !== null && typeof value === "object" && !(value instanceof Date));
      // A record of plain values (the profile) reads best as one row per field.
      if (!nested) return heading + fields(rows);
      return (
        heading +
        Object.entries(rows)
          .map(
            ([name, value]) =>
              `<h3>${escapeHtml(name)}</h3>${Array.isArray(value) ? table(value as Record<string, unknown>[], t.export.empty) : value ? fields(value as Record<string, unknown>) : `<p>${escapeHtml(t.export.empty)}</p>`}`,
          )
          .join("")
      );
    })
    .join("\n");
  return `<!doctype html>
<html lang="${locale === "en" ? "en" : "nl"}"><head><meta charset="utf-8"><title>${escapeHtml(t.export.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eee}</style>
</head><body><main><h1>${escapeHtml(t.export.title)}</h1><p>${escapeHtml(t.export.intro.replace("{{date}}", date))}</p>
<nav><ul>${sections.map(({ key }) => `<li><a href="#${key}">${escapeHtml(t.export.sections[key])}</a></li>`).join("")}</ul></nav>
${body}</main></body></html>`;
}

/**
 * The job's work: collects, zips, stores, marks READY. Progress goes to the
 * row after each section. Idempotent: a retried job overwrites the same key.
 */
export async function buildExport(exportId: string, now = new Date()): Promise<{ size: number } | { skipped: true }> {
  const row = await db().dataExport.findUnique({
    where: { id: exportId },
    select: { userId: true, status: true, user: { select: { email: true, locale: true } } },
  });
  if (!row || row.status === "READY") return { skipped: true };
  await db().dataExport.update({ where: { id: exportId }, data: { status: "RUNNING", progress: 0 } });
  const loaders = sectionLoaders(row.userId, row.user.email);
  const sections: Section[] = [];
  for (const [index, load] of loaders.entries()) {
    sections.push(await load());
    await db().dataExport.update({ where: { id: exportId }, data: { progress: Math.floor(((index + 1) / (loaders.length + 1)) * 100) } });
  }
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
  const files: Record<string, Uint8Array> = {
    "overzicht.html": strToU8(overview(sections, row.user.locale, now)),
  };
  for (const section of sections) files[`${section.key}.json`] = json(section.rows);
  const zip = zipSync(files, { level: 6, mtime: now });
  const storageKey = `exports/${row.userId}/${exportId}.zip`;
  await fileStorage().put(storageKey, zip, { contentType: "application/zip", size: zip.byteLength });
  await db().dataExport.update({
    where: { id: exportId },
    data: { status: "READY", progress: 100, storageKey, size: zip.byteLength, finishedAt: new Date() },
  });
  return { size: zip.byteLength };
}

export async function markExportFailed(exportId: string): Promise<void> {
  await db().dataExport.updateMany({ where: { id: exportId, status: { not: "READY" } }, data: { status: "FAILED" } });
}

/** The member's notifications they may still see, as the bell shows them (shownNotificationsWhere). */
async function visibleToExport(d: typeof db extends () => infer C ? C : never, userId: string) {
  const user = await d.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, globalRole: true, emailVerifiedAt: true },
  });
  return user
    ? shownNotificationsWhere({ id: user.id, email: user.email, globalRole: user.globalRole, emailVerified: user.emailVerifiedAt !== null })
    : { userId };
}
