/**
 * Titles for audit-log lines, looked up when the log is read: the log itself
 * keeps ids only (decisions 061, 066), so what was renamed shows its current
 * name and what was erased shows none. Report targets go through
 * loadTarget(); the other kinds the audit processor writes are read here, one
 * query per kind.
 */
import { REPORT_TARGET_KINDS, type ReportTargetKindValue } from "~/shared/moderation.ts";
import { db } from "../db.ts";
import { loadTarget } from "./targets.ts";

type Row = { targetKind: string | null; targetId: string | null };
type Lookup = (ids: string[]) => Promise<{ id: string; title: string }[]>;

const LOOKUPS: Record<string, Lookup> = {
  MEMBER: async (ids) =>
    (await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((u) => ({
      id: u.id,
      title: u.displayName,
    })),
  COMMUNITY: async (ids) =>
    db()
      .community.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      .then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  CHANNEL: async (ids) =>
    db()
      .channel.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      .then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  EVENT: (ids) => db().meeting.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  AGENDA_GOAL: (ids) => db().agendaGoal.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  AGENDA_ACTION: (ids) => db().agendaAction.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  AGENDA_INDICATOR: async (ids) =>
    db()
      .agendaIndicator.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      .then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  REVIEW_ROUND: (ids) => db().reviewRound.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  KNOWLEDGE_QUESTION: (ids) => db().knowledgeQuestion.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  // INVITATION: deliberately none; its only name is an e-mail address.
};

/** `kind:id` → title (null: gone, or a kind without a title). */
export async function auditTitles(rows: Row[]): Promise<Map<string, string | null>> {
  const titles = new Map<string, string | null>();
  const byKind = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.targetKind && row.targetId) byKind.set(row.targetKind, (byKind.get(row.targetKind) ?? new Set()).add(row.targetId));
  }
  for (const [kind, ids] of byKind) {
    if (REPORT_TARGET_KINDS.includes(kind as ReportTargetKindValue)) {
      // What was moderated, as it is now: gone (deleted, or its member erased) means no title.
      for (const id of ids) {
        const target = await loadTarget(kind as ReportTargetKindValue, id);
        titles.set(`${kind}:${id}`, target && !target.deleted ? target.title : null);
      }
    } else if (LOOKUPS[kind]) {
      for (const found of await LOOKUPS[kind]([...ids])) titles.set(`${kind}:${found.id}`, found.title);
    }
  }
  return titles;
}
