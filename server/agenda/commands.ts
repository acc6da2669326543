/**
 * Changing the work agenda. Every command checks the policy first; input has
 * been validated with the shared zod schemas at the edge (app/shared/agenda.ts).
 */
import type {
  ActionEditInput,
  ActionStatusValue,
  DecisionInput,
  GoalEditInput,
  GoalInput,
  IndicatorEditInput,
  IndicatorInput,
  MeasurementInput,
  QuestionInput,
  RoundInput,
} from "~/shared/agenda.ts";
import { db } from "../db.ts";
import { AppError, badInput, conflict, notFound } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import { publishedFor } from "../library/queries.ts";
import { authorizeAgenda } from "./policy.ts";
import { agendaActor, acceptsComments } from "./queries.ts";
import { takeSnapshot } from "./snapshot.ts";

type User = { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN" };

async function themeId(slug: string): Promise<string> {
  const theme = await db().theme.findUnique({ where: { slug }, select: { id: true } });
  if (!theme) throw notFound();
  return theme.id;
}

export async function recordMeasurement(user: User, themeSlug: string, input: MeasurementInput) {
  authorizeAgenda(await agendaActor(user), "recordMeasurement");
  const indicator = await db().agendaIndicator.findFirst({
    where: { id: input.indicatorId, goal: { theme: { slug: themeSlug } } },
    select: { id: true },
  });
  if (!indicator) throw badInput("agenda.errors.unknownIndicator", { field: "indicatorId" });
  return transaction(async (tx) => {
    const measurement = await tx.agendaMeasurement.create({
      data: { indicatorId: indicator.id, value: input.value, measuredOn: input.measuredOn, source: input.source, recordedById: user.id },
      select: { id: true },
    });
    await emit(tx, "agendaMeasurement.recorded", { measurementId: measurement.id, indicatorId: indicator.id, actorId: user.id });
    return measurement;
  });
}

export async function createGoal(user: User, themeSlug: string, input: GoalInput) {
  authorizeAgenda(await agendaActor(user), "manage");
  const id = await themeId(themeSlug);
  const count = await db().agendaGoal.count({ where: { themeId: id } });
  return transaction(async (tx) => {
    const goal = await tx.agendaGoal.create({
      data: { themeId: id, title: input.title, description: input.description, sortOrder: count },
      select: { id: true },
    });
    await emit(tx, "agendaGoal.changed", { goalId: goal.id, actorId: user.id, change: "goalCreated" });
    return goal;
  });
}

async function goalInTheme(goalId: string, themeSlug: string) {
  const goal = await db().agendaGoal.findFirst({ where: { id: goalId, theme: { slug: themeSlug } }, select: { id: true } });
  if (!goal) throw badInput("agenda.errors.unknownGoal", { field: "goalId" });
  return goal;
}

export async function createAction(
  user: User,
  themeSlug: string,
  input: { goalId: string; title: string; description: string; owners: string[]; status: ActionStatusValue },
) {
  authorizeAgenda(await agendaActor(user), "manage");
  const goal = await goalInTheme(input.goalId, themeSlug);
  const count = await db().agendaAction.count({ where: { goalId: goal.id } });
  return transaction(async (tx) => {
    const action = await tx.agendaAction.create({
      data: {
        goalId: goal.id,
        title: input.title,
        description: input.description,
        owners: input.owners,
        status: input.status,
        sortOrder: count,
      },
      select: { id: true },
    });
    // The goal's search document lists its actions' titles.
    await emit(tx, "agendaGoal.changed", { goalId: goal.id, actorId: user.id, change: "actionCreated", actionId: action.id });
    return action;
  });
}

export async function setActionStatus(user: User, themeSlug: string, actionId: string, status: ActionStatusValue) {
  authorizeAgenda(await agendaActor(user), "manage");
  await transaction(async (tx) => {
    const action = await tx.agendaAction.findFirst({
      where: { id: actionId, goal: { theme: { slug: themeSlug } } },
      select: { id: true, goalId: true },
    });
    if (!action) throw notFound();
    await tx.agendaAction.update({ where: { id: action.id }, data: { status }, select: { id: true } });
    await emit(tx, "agendaGoal.changed", { goalId: action.goalId, actorId: user.id, change: "actionStatus", actionId: action.id });
  });
}

/** An indicator's own fields, the same on creating and editing (where it hangs never moves). */
const indicatorFields = (input: IndicatorInput | IndicatorEditInput) => ({
  name: input.name,
  unit: input.unit,
  baseline: input.baseline,
  targetValue: input.targetValue,
  targetDate: input.targetDate,
  direction: input.direction,
});

export async function createIndicator(user: User, themeSlug: string, input: IndicatorInput) {
  authorizeAgenda(await agendaActor(user), "manage");
  const goal = await goalInTheme(input.goalId, themeSlug);
  if (input.actionId) {
    const action = await db().agendaAction.findFirst({ where: { id: input.actionId, goalId: goal.id }, select: { id: true } });
    if (!action) throw badInput("agenda.errors.actionNotInGoal", { field: "actionId" });
  }
  return transaction(async (tx) => {
    const indicator = await tx.agendaIndicator.create({
      data: {
        goalId: goal.id,
        actionId: input.actionId,
        ...indicatorFields(input),
      },
      select: { id: true },
    });
    await emit(tx, "agendaIndicator.changed", { indicatorId: indicator.id, goalId: goal.id, actorId: user.id, change: "created" });
    return indicator;
  });
}

/*
 * Editing goals, actions and indicators. Only the live rows change: a review
 * round's snapshot is a copy taken when it opened (decision 076), so past
 * rounds keep showing the old text. An id of another theme is a 404.
 */
export async function updateGoal(user: User, themeSlug: string, input: GoalEditInput) {
  authorizeAgenda(await agendaActor(user), "manage");
  await transaction(async (tx) => {
    const { count } = await tx.agendaGoal.updateMany({
      where: { id: input.goalId, theme: { slug: themeSlug } },
      data: { title: input.title, description: input.description },
    });
    if (count === 0) throw notFound();
    await emit(tx, "agendaGoal.changed", { goalId: input.goalId, actorId: user.id, change: "goalUpdated" });
  });
}

export async function updateAction(user: User, themeSlug: string, input: ActionEditInput) {
  authorizeAgenda(await agendaActor(user), "manage");
  await transaction(async (tx) => {
    const action = await tx.agendaAction.findFirst({
      where: { id: input.actionId, goal: { theme: { slug: themeSlug } } },
      select: { id: true, goalId: true },
    });
    if (!action) throw notFound();
    await tx.agendaAction.update({
      where: { id: action.id },
      data: { title: input.title, description: input.description, owners: input.owners },
      select: { id: true },
    });
    // The goal's search document lists its actions' titles.
    await emit(tx, "agendaGoal.changed", { goalId: action.goalId, actorId: user.id, change: "actionUpdated", actionId: action.id });
  });
}

export async function updateIndicator(user: User, themeSlug: string, input: IndicatorEditInput) {
  authorizeAgenda(await agendaActor(user), "manage");
  await transaction(async (tx) => {
    const indicator = await tx.agendaIndicator.findFirst({
      where: { id: input.indicatorId, goal: { theme: { slug: themeSlug } } },
      select: { id: true, goalId: true },
    });
    if (!indicator) throw notFound();
    await tx.agendaIndicator.update({
      where: { id: indicator.id },
      data: indicatorFields(input),
      select: { id: true },
    });
    await emit(tx, "agendaIndicator.changed", { indicatorId: indicator.id, goalId: indicator.goalId, actorId: user.id, change: "updated" });
  });
}

/** Opens a herijking: the snapshot of the whole agenda is taken now and never changes. */
export async function openReviewRound(user: User, input: RoundInput, now = new Date()) {
  authorizeAgenda(await agendaActor(user), "manage");
  return transaction(
    async (tx) => {
      const snapshot = await takeSnapshot(tx, now);
      const round = await tx.reviewRound.create({
        data: {
          title: input.title,
          period: input.period,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          snapshot,
          snapshotAt: now,
          createdById: user.id,
        },
        select: { id: true },
      });
      await emit(tx, "reviewRound.changed", { roundId: round.id, actorId: user.id, change: "opened" });
      return round;
    },
    { isolationLevel: "RepeatableRead" },
  );
}

export async function closeReviewRound(user: User, roundId: string) {
  authorizeAgenda(await agendaActor(user), "manage");
  const count = await transaction(async (tx) => {
    const { count } = await tx.reviewRound.updateMany({ where: { id: roundId, status: "OPEN" }, data: { status: "CLOSED" } });
    if (count) await emit(tx, "reviewRound.changed", { roundId, actorId: user.id, change: "closed" });
    return count;
  });
  if (count === 0) {
    if (!(await db().reviewRound.findUnique({ where: { id: roundId }, select: { id: true } }))) throw notFound();
    throw conflict("agenda.errors.roundClosed");
  }
}

export async function commentOnRound(user: User, roundId: string, input: { body: string; goalRef: string | null }) {
  authorizeAgenda(await agendaActor(user), "comment");
  const round = await db().reviewRound.findUnique({
    where: { id: roundId },
    select: { id: true, status: true, opensAt: true, closesAt: true },
  });
  if (!round) throw notFound();
  if (!acceptsComments(round)) throw conflict("agenda.errors.roundNotOpen");
  return db().reviewComment.create({
    data: { roundId, authorId: user.id, body: input.body, goalRef: input.goalRef },
    select: { id: true },
  });
}

export async function recordDecision(user: User, roundId: string, input: DecisionInput) {
  authorizeAgenda(await agendaActor(user), "manage");
  if (!(await db().reviewRound.findUnique({ where: { id: roundId }, select: { id: true } }))) throw notFound();
  return transaction(async (tx) => {
    const decision = await tx.reviewDecision.create({
      data: { roundId, kind: input.kind, text: input.text, links: input.links, createdById: user.id },
      select: { id: true },
    });
    await emit(tx, "reviewRound.changed", { roundId, actorId: user.id, change: "decision", decisionId: decision.id });
    return decision;
  });
}

export async function proposeQuestion(user: User, input: QuestionInput) {
  authorizeAgenda(await agendaActor(user), "proposeQuestion");
  const theme = await db().theme.findUnique({ where: { slug: input.theme }, select: { id: true } });
  if (!theme) throw badInput("errors.choose", { field: "theme" });
  return transaction(async (tx) => {
    const question = await tx.knowledgeQuestion.create({
      data: { themeId: theme.id, title: input.title, body: input.body, authorId: user.id },
      select: { id: true },
    });
    await emit(tx, "knowledgeQuestion.created", { questionId: question.id, authorId: user.id });
    return question;
  });
}

async function questionExists(id: string) {
  const question = await db().knowledgeQuestion.findUnique({ where: { id }, select: { id: true, status: true } });
  if (!question) throw notFound();
  return question;
}

/** One vote per member: a second vote changes nothing (the primary key guarantees it). */
export async function vote(user: User, questionId: string, on: boolean): Promise<void> {
  authorizeAgenda(await agendaActor(user), "vote");
  await questionExists(questionId);
  if (on) {
    await db().$executeRaw`INSERT INTO "KnowledgeVote" ("questionId", "userId") VALUES (${questionId}, ${user.id}) ON CONFLICT DO NOTHING`;
  } else {
    await db().knowledgeVote.deleteMany({ where: { questionId, userId: user.id } });
  }
}

export async function commentOnQuestion(user: User, questionId: string, body: string) {
  authorizeAgenda(await agendaActor(user), "comment");
  await questionExists(questionId);
  return db().knowledgeComment.create({ data: { questionId, authorId: user.id, body }, select: { id: true } });
}

/** Links a published library item as an answer. */
export async function linkAnswer(user: User, questionId: string, librarySlug: string) {
  authorizeAgenda(await agendaActor(user), "curateQuestion");
  await questionExists(questionId);
  const item = await db().libraryItem.findFirst({ where: { slug: librarySlug, ...publishedFor(user) }, select: { id: true } });
  if (!item) throw badInput("agenda.errors.unknownItem", { field: "item" });
  await transaction(async (tx) => {
    const linked = await tx.knowledgeAnswer.createMany({
      data: [{ questionId, libraryItemId: item.id, linkedById: user.id }],
      skipDuplicates: true,
    });
    if (linked.count)
      await emit(tx, "knowledgeQuestion.curated", { questionId, actorId: user.id, change: "answerLinked", libraryItemId: item.id });
  });
}

export async function setQuestionAnswered(user: User, questionId: string, answered: boolean) {
  authorizeAgenda(await agendaActor(user), "curateQuestion");
  const question = await questionExists(questionId);
  if (answered && (await db().knowledgeAnswer.count({ where: { questionId } })) === 0) throw new AppError(409, "agenda.errors.answerFirst");
  if ((question.status === "BEANTWOORD") === answered) return;
  await transaction(async (tx) => {
    await tx.knowledgeQuestion.update({
      where: { id: questionId },
      data: answered ? { status: "BEANTWOORD", answeredAt: new Date() } : { status: "OPEN", answeredAt: null },
      select: { id: true },
    });
    await emit(tx, "knowledgeQuestion.curated", { questionId, actorId: user.id, change: answered ? "answered" : "reopened" });
  });
}
