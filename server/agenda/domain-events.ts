/** Domain events of the work agenda; search listens (server/search/sources/agenda-*.ts). */
import "../events.ts";

declare module "../events.ts" {
  interface DomainEvents {
    /** A goal was created or its text changed (also: an action was added to it). */
    "agendaGoal.changed": { goalId: string };
    "knowledgeQuestion.created": { questionId: string; authorId: string };
  }
}

export {};
