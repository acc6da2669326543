/**
 * Domain events of the work agenda. Search indexes goals and knowledge
 * questions (server/search/sources/agenda-goal.ts, knowledge-question.ts); the
 * audit log records what moderators do: goals, actions, indicators,
 * measurements, review rounds and answering knowledge questions.
 */
import { z } from "zod";
import { event, id } from "../events/define.ts";

export const agendaEvents = {
  /** A goal or one of its actions was created or changed (the goal's search document lists its actions). */
  "agendaGoal.changed": event(
    z.object({
      goalId: id,
      actorId: id,
      change: z.enum(["goalCreated", "goalUpdated", "actionCreated", "actionUpdated", "actionStatus"]),
      actionId: id.optional(),
    }),
    {
      audit: (p) => ({
        actorId: p.actorId,
        action: `agenda.${p.change}`,
        targetKind: p.actionId ? "AGENDA_ACTION" : "AGENDA_GOAL",
        targetId: p.actionId ?? p.goalId,
        details: { goalId: p.goalId },
      }),
    },
  ),
  "agendaIndicator.changed": event(z.object({ indicatorId: id, goalId: id, actorId: id, change: z.enum(["created", "updated"]) }), {
    audit: (p) => ({
      actorId: p.actorId,
      action: `agenda.indicator${p.change === "created" ? "Created" : "Updated"}`,
      targetKind: "AGENDA_INDICATOR",
      targetId: p.indicatorId,
      details: { goalId: p.goalId },
    }),
  }),
  "agendaMeasurement.recorded": event(z.object({ measurementId: id, indicatorId: id, actorId: id }), {
    audit: (p) => ({
      actorId: p.actorId,
      action: "agenda.measurement",
      targetKind: "AGENDA_INDICATOR",
      targetId: p.indicatorId,
      details: { measurementId: p.measurementId },
    }),
  }),
  /** A review round (herijking) was opened or closed, or a decision recorded in it. */
  "reviewRound.changed": event(
    z.object({ roundId: id, actorId: id, change: z.enum(["opened", "closed", "decision"]), decisionId: id.optional() }),
    {
      audit: (p) => ({
        actorId: p.actorId,
        action: `review.${p.change}`,
        targetKind: "REVIEW_ROUND",
        targetId: p.roundId,
        details: p.decisionId ? { decisionId: p.decisionId } : {},
      }),
    },
  ),
  "knowledgeQuestion.created": event(z.object({ questionId: id, authorId: id })),
  /** A moderator linked an answer or marked the question (un)answered. */
  "knowledgeQuestion.curated": event(
    z.object({ questionId: id, actorId: id, change: z.enum(["answerLinked", "answered", "reopened"]), libraryItemId: id.optional() }),
    {
      audit: (p) => ({
        actorId: p.actorId,
        action: `knowledgeQuestion.${p.change}`,
        targetKind: "KNOWLEDGE_QUESTION",
        targetId: p.questionId,
        details: p.libraryItemId ? { libraryItemId: p.libraryItemId } : {},
      }),
    },
  ),
};
