/**
 * Reading the work agenda: the overview, a theme's goals with their
 * dashboard series, review rounds and their comparison, knowledge questions.
 */
import { KENNISAGENDA_COMMUNITY_SLUG, ROUND_DAY_MS, type ActionStatusValue, type IndicatorDirectionValue } from "~/shared/agenda.ts";
import { publicData } from "../cache/public-data.ts";
import { db } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import { notFound } from "../errors.ts";
import { publishedFor } from "../library/queries.ts";
import { agendaPermissions, type AgendaActor } from "./policy.ts";
import { parseSnapshot, type AgendaSnapshot } from "./snapshot.ts";

type User = { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN" } | null;

// Both of the policy's facts about a reader in one prepared statement (decision 321; two Prisma reads before):
// a membership of the Kennisagenda community, and a verified address (false when the account is gone).
const AGENDA_ACTOR = `/* prepared */ SELECT
    EXISTS (SELECT 1 FROM "Membership" m JOIN "Community" c ON c."id" = m."communityId"
      WHERE m."userId" = $1 AND c."slug" = $2) AS "kennisagendaMember",
    coalesce((SELECT u."emailVerifiedAt" IS NOT NULL FROM "User" u WHERE u."id" = $1), false) AS "emailVerified"`;

/** The policy's view of a user: are they in the Kennisagenda community, is their address verified? Read on every call. */
export async function agendaActor(user: User): Promise<AgendaActor> {
  if (!user) return null;
  const [row] = await directQuery<{ kennisagendaMember: boolean; emailVerified: boolean }>(AGENDA_ACTOR, [
    user.id,
    KENNISAGENDA_COMMUNITY_SLUG,
  ]);
  return {
    id: user.id,
    globalRole: user.globalRole,
    kennisagendaMember: row?.kennisagendaMember === true,
    emailVerified: row?.emailVerified === true,
  };
}

export const dayString = (date: Date) => date.toISOString().slice(0, 10);

/** The overview's themes with their counts: the same for every reader, visitor or member (decision 304). */
async function overviewThemes() {
  const themes = await db().theme.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      nameNl: true,
      nameEn: true,
      summaryNl: true,
      summaryEn: true,
      agendaGoals: { select: { id: true, actions: { select: { status: true } }, _count: { select: { indicators: true } } } },
      _count: { select: { knowledgeQuestions: true } },
    },
  });
  return themes.map((theme) => {
    const statuses: Record<ActionStatusValue, number> = { GEPLAND: 0, LOPEND: 0, AFGEROND: 0, GESTOPT: 0 };
    for (const goal of theme.agendaGoals) for (const action of goal.actions) statuses[action.status] += 1;
    return {
      slug: theme.slug,
      nameNl: theme.nameNl,
      nameEn: theme.nameEn,
      summaryNl: theme.summaryNl,
      summaryEn: theme.summaryEn,
      goals: theme.agendaGoals.length,
      indicators: theme.agendaGoals.reduce((sum, goal) => sum + goal._count.indicators, 0),
      statuses,
      questions: theme._count.knowledgeQuestions,
    };
  });
}

export async function agendaOverview(user: User) {
  // Kept with the public data and dropped by every agenda event; who may do what is read for each reader.
  const [actor, themes] = await Promise.all([agendaActor(user), publicData("werkagenda-themes", overviewThemes)]);
  return { permissions: agendaPermissions(actor), themes };
}

export type SeriesPoint = { date: string; value: number; source: string };
export type IndicatorView = {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
  targetValue: number;
  targetDate: string;
  direction: IndicatorDirectionValue;
  actionId: string | null;
  /** Measurements oldest first: exactly what the chart and its table show. */
  series: SeriesPoint[];
};

/** A theme's goals, actions and indicators with their measurements: the same for every reader (decision 304). */
async function themeGoals(themeSlug: string) {
  const theme = await db().theme.findUnique({
    where: { slug: themeSlug },
    select: { id: true, slug: true, nameNl: true, nameEn: true, summaryNl: true, summaryEn: true },
  });
  if (!theme) throw notFound();
  const goals = await db().agendaGoal.findMany({
    where: { themeId: theme.id },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      actions: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        select: { id: true, title: true, description: true, owners: true, status: true },
      },
      indicators: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          unit: true,
          baseline: true,
          targetValue: true,
          targetDate: true,
          direction: true,
          actionId: true,
          measurements: { orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }], select: { value: true, measuredOn: true, source: true } },
        },
      },
    },
  });
  const statuses: Record<ActionStatusValue, number> = { GEPLAND: 0, LOPEND: 0, AFGEROND: 0, GESTOPT: 0 };
  for (const goal of goals) for (const action of goal.actions) statuses[action.status] += 1;
  return {
    theme,
    statuses,
    goals: goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      description: goal.description,
      actions: goal.actions,
      indicators: goal.indicators.map((indicator): IndicatorView => ({
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        baseline: indicator.baseline,
        targetValue: indicator.targetValue,
        targetDate: dayString(indicator.targetDate),
        direction: indicator.direction,
        actionId: indicator.actionId,
        series: indicator.measurements.map((m) => ({ date: dayString(m.measuredOn), value: m.value, source: m.source })),
      })),
    })),
  };
}

/** A theme's goals, actions and indicators with their measurements over time. */
export async function themeAgenda(user: User, themeSlug: string) {
  // Kept with the public data, dropped by every agenda event (an unknown theme is not kept); who may do what is read for each reader.
  const [actor, { theme, statuses, goals }] = await Promise.all([
    agendaActor(user),
    publicData(`werkagenda-theme:${themeSlug}`, () => themeGoals(themeSlug)),
  ]);
  return { theme, permissions: agendaPermissions(actor), statuses, goals };
}

export type ThemeAgenda = Awaited<ReturnType<typeof themeAgenda>>;

/** Indicators a measurement can be recorded for, grouped by goal (the form's select). */
export async function measurementTargets(themeSlug: string) {
  const theme = await db().theme.findUnique({ where: { slug: themeSlug }, select: { id: true, slug: true, nameNl: true, nameEn: true } });
  if (!theme) throw notFound();
  const indicators = await db().agendaIndicator.findMany({
    where: { goal: { themeId: theme.id } },
    orderBy: [{ goal: { sortOrder: "asc" } }, { createdAt: "asc" }],
    select: { id: true, name: true, unit: true, goal: { select: { title: true } } },
  });
  return { theme, indicators: indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, goal: i.goal.title })) };
}

export async function reviewRounds(user: User) {
  const actor = await agendaActor(user);
  const rounds = await db().reviewRound.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      period: true,
      opensAt: true,
      closesAt: true,
      status: true,
      snapshotAt: true,
      _count: { select: { comments: true, decisions: true } },
    },
  });
  return { permissions: agendaPermissions(actor), rounds };
}

/**
 * Open for comments: not closed by a moderator, and today is within its
 * period. `closesAt` is a calendar date and its whole day counts (ROUND_DAY_MS).
 */
export function acceptsComments(round: { status: "OPEN" | "CLOSED"; opensAt: Date; closesAt: Date }, now = new Date()): boolean {
  return round.status === "OPEN" && round.opensAt.getTime() <= now.getTime() && now.getTime() < round.closesAt.getTime() + ROUND_DAY_MS;
}

export async function reviewRound(user: User, id: string) {
  const actor = await agendaActor(user);
  const permissions = agendaPermissions(actor);
  const round = await db().reviewRound.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      period: true,
      opensAt: true,
      closesAt: true,
      status: true,
      snapshot: true,
      snapshotAt: true,
      // Not who recorded a decision: the page is public and names nobody (decision 075), and it showed no name anyway.
      decisions: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, text: true, links: true, createdAt: true } },
    },
  });
  if (!round) throw notFound();
  const comments = permissions.readDiscussion
    ? await db().reviewComment.findMany({
        where: { roundId: id },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, goalRef: true, createdAt: true, author: { select: { id: true, displayName: true } } },
      })
    : null;
  const { snapshot, ...rest } = round;
  return { round: { ...rest, snapshot: parseSnapshot(snapshot), open: acceptsComments(round) }, comments, permissions };
}

export type RoundChange =
  | { kind: "goalAdded" | "goalRemoved"; theme: string; title: string }
  | { kind: "goalChanged"; theme: string; from: string; to: string }
  | { kind: "actionAdded" | "actionRemoved"; theme: string; goal: string; title: string }
  | { kind: "actionStatus"; theme: string; goal: string; title: string; from: ActionStatusValue; to: ActionStatusValue }
  | { kind: "indicatorAdded" | "indicatorRemoved"; theme: string; goal: string; name: string }
  | {
      kind: "indicatorValue";
      theme: string;
      goal: string;
      name: string;
      unit: string;
      from: number | null;
      to: number | null;
      targetValue: number;
    };

/** What changed between two snapshots, keyed by the ids they hold. */
export function compareSnapshots(before: AgendaSnapshot, after: AgendaSnapshot): RoundChange[] {
  const changes: RoundChange[] = [];
  const index = (snapshot: AgendaSnapshot) => {
    const goals = new Map<string, { theme: string; goal: AgendaSnapshot["themes"][number]["goals"][number] }>();
    for (const theme of snapshot.themes) for (const goal of theme.goals) goals.set(goal.id, { theme: theme.nameNl, goal });
    return goals;
  };
  const a = index(before);
  const b = index(after);
  for (const [id, { theme, goal }] of b) {
    const old = a.get(id);
    if (!old) {
      changes.push({ kind: "goalAdded", theme, title: goal.title });
      continue;
    }
    if (old.goal.title !== goal.title || old.goal.description !== goal.description)
      changes.push({ kind: "goalChanged", theme, from: old.goal.title, to: goal.title });
    const oldActions = new Map(old.goal.actions.map((action) => [action.id, action]));
    for (const action of goal.actions) {
      const was = oldActions.get(action.id);
      if (!was) changes.push({ kind: "actionAdded", theme, goal: goal.title, title: action.title });
      else if (was.status !== action.status)
        changes.push({ kind: "actionStatus", theme, goal: goal.title, title: action.title, from: was.status, to: action.status });
    }
    const newActionIds = new Set(goal.actions.map((action) => action.id));
    for (const action of old.goal.actions)
      if (!newActionIds.has(action.id)) changes.push({ kind: "actionRemoved", theme, goal: goal.title, title: action.title });
    const oldIndicators = new Map(old.goal.indicators.map((indicator) => [indicator.id, indicator]));
    for (const indicator of goal.indicators) {
      const was = oldIndicators.get(indicator.id);
      if (!was) changes.push({ kind: "indicatorAdded", theme, goal: goal.title, name: indicator.name });
      else if ((was.latest?.value ?? null) !== (indicator.latest?.value ?? null))
        changes.push({
          kind: "indicatorValue",
          theme,
          goal: goal.title,
          name: indicator.name,
          unit: indicator.unit,
          from: was.latest?.value ?? null,
          to: indicator.latest?.value ?? null,
          targetValue: indicator.targetValue,
        });
    }
    const newIndicatorIds = new Set(goal.indicators.map((indicator) => indicator.id));
    for (const indicator of old.goal.indicators)
      if (!newIndicatorIds.has(indicator.id)) changes.push({ kind: "indicatorRemoved", theme, goal: goal.title, name: indicator.name });
  }
  for (const [id, { theme, goal }] of a) if (!b.has(id)) changes.push({ kind: "goalRemoved", theme, title: goal.title });
  return changes;
}

/** The rounds to choose from when comparing, newest first (the comparison page without two rounds). */
export async function roundsToCompare() {
  return db().reviewRound.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, title: true } });
}

export async function compareRounds(beforeId: string, afterId: string) {
  const rounds = await db().reviewRound.findMany({
    where: { id: { in: [beforeId, afterId] } },
    select: { id: true, title: true, period: true, snapshot: true, snapshotAt: true },
  });
  const before = rounds.find((round) => round.id === beforeId);
  const after = rounds.find((round) => round.id === afterId);
  if (!before || !after) throw notFound();
  return {
    before: { id: before.id, title: before.title, period: before.period, snapshotAt: before.snapshotAt },
    after: { id: after.id, title: after.title, period: after.period, snapshotAt: after.snapshotAt },
    changes: compareSnapshots(parseSnapshot(before.snapshot), parseSnapshot(after.snapshot)),
  };
}

export async function knowledgeQuestions(user: User, filter: { theme?: string | null; status?: "OPEN" | "BEANTWOORD" | null }) {
  const actor = await agendaActor(user);
  const themes = await db().theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, slug: true, nameNl: true, nameEn: true } });
  const theme = filter.theme ? themes.find((t) => t.slug === filter.theme) : undefined;
  const questions = await db().knowledgeQuestion.findMany({
    where: { ...(theme ? { themeId: theme.id } : {}), ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ votes: { _count: "desc" } }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      body: true,
      status: true,
      createdAt: true,
      theme: { select: { slug: true, nameNl: true, nameEn: true } },
      author: { select: { id: true, displayName: true } },
      _count: { select: { votes: true, comments: true, answers: { where: { libraryItem: publishedFor(actor) } } } },
      votes: actor ? { where: { userId: actor.id }, select: { userId: true } } : false,
    },
  });
  return {
    permissions: agendaPermissions(actor),
    themes: themes.map(({ slug, nameNl, nameEn }) => ({ slug, nameNl, nameEn })),
    questions: questions.map(({ votes, ...question }) => ({ ...question, voted: Array.isArray(votes) && votes.length > 0 })),
  };
}

export async function knowledgeQuestion(user: User, id: string) {
  const actor = await agendaActor(user);
  const question = await db().knowledgeQuestion.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      body: true,
      status: true,
      createdAt: true,
      answeredAt: true,
      theme: { select: { slug: true, nameNl: true, nameEn: true } },
      author: { select: { id: true, displayName: true } },
      _count: { select: { votes: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { id: true, displayName: true } } },
      },
      // A hidden, merged or archived item is no answer to show (ninth outside probe: hidden items' titles showed here).
      answers: {
        where: { libraryItem: publishedFor(user) },
        orderBy: { createdAt: "asc" },
        select: { id: true, libraryItem: { select: { slug: true, title: true, kind: true } } },
      },
    },
  });
  if (!question) throw notFound();
  const voted = actor ? (await db().knowledgeVote.count({ where: { questionId: id, userId: actor.id } })) > 0 : false;
  return {
    permissions: agendaPermissions(actor),
    question: { ...question, voted },
  };
}
