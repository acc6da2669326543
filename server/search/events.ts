/**
 * Domain events of search: a moderator's change to the search thesaurus
 * (/beheer/zoekwoorden, decision 128). The audit log writes one line for each.
 */
import { z } from "zod";
import { event, id } from "../events/define.ts";

export const searchEvents = {
  /** `entryId`: the row of an own entry, or the key of a shipped entry switched off or on. */
  "thesaurus.changed": event(
    z.object({
      entryId: z.string().min(1).max(1_000),
      change: z.enum(["added", "removed", "disabled", "enabled"]),
      mode: z.enum(["equivalent", "oneWay", "related"]),
      terms: z.array(z.string().max(60)).max(40),
      actorId: id,
    }),
    {
      // The terms are vocabulary, not personal data: the line may keep them.
      audit: (p) => ({
        actorId: p.actorId,
        action: `thesaurus.${p.change}`,
        targetKind: "THESAURUS_ENTRY",
        targetId: p.entryId,
        details: { mode: p.mode, terms: p.terms.join(", ") },
      }),
    },
  ),
};
