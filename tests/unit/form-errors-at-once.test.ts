/**
 * A refused form names every problem at once (decision 240). Zod 4 skipped a
 * schema's own checks while a field was missing, so the walk of 6 December found
 * forms that answered in two rounds: a new meeting without title and place
 * said only "vul een titel in"; after that, "vul een plaats in". The same for a
 * practice case (organisation, sector, size, challenge, approach), a
 * werkagenda round (end before start) and a suspension (how many days).
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { roundSchema } from "~/shared/agenda.ts";
import { libraryItemSchema } from "~/shared/forms/library.ts";
import { meetingFormSchema } from "~/shared/meetings.ts";
import { moderationActionSchema } from "~/shared/moderation.ts";

/** The errors per field, as the form would show them after one submit. */
function errorsFor(schema: z.ZodType, fields: Record<string, string | string[]>): Record<string, string[]> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
  const submission = parseWithZod(form, { schema });
  expect(submission.status).toBe("error");
  return (submission.reply().error ?? {}) as Record<string, string[]>;
}

describe("form-wide checks come with the field errors, in one round", () => {
  it("a new meeting without a title also hears it needs a place, and that it ends before it starts", () => {
    const errors = errorsFor(meetingFormSchema, {
      title: "",
      description: "We praten over wat werkt.",
      startsAt: "2026-12-17T16:00",
      endsAt: "2026-12-17T14:00",
    });
    expect(Object.keys(errors).sort()).toEqual(["endsAt", "location", "title"]);
    expect(errors.location).toEqual(["events.errors.placeRequired"]);
    expect(errors.endsAt).toEqual(["events.errors.endsBeforeStart"]);
  });

  it("a practice case without a summary names every missing part of the case too", () => {
    const errors = errorsFor(libraryItemSchema, { kind: "PRAKTIJKCASE", title: "Bakkerij De Korenaar: taalmaatje" });
    expect(Object.keys(errors).sort()).toEqual(
      ["approach", "challenge", "organisationName", "organisationSizes", "sectors", "summary", "themes"].sort(),
    );
  });

  it("an intervention without a summary also asks for its phase and target group", () => {
    const errors = errorsFor(libraryItemSchema, { kind: "INTERVENTIE", title: "Anoniem solliciteren", themes: "diversiteit" });
    expect(Object.keys(errors).sort()).toEqual(["phases", "summary", "targetGroups"]);
  });

  it("a list that failed is counted as sent, not as empty: its own message, not also 'choose one'", () => {
    const errors = errorsFor(libraryItemSchema, {
      kind: "INTERVENTIE",
      title: "Anoniem solliciteren",
      summary: "Sollicitanten sturen een cv zonder naam, foto en geboortedatum.",
      themes: "diversiteit",
      phases: "geen-fase",
      targetGroups: "WERKGEVERS",
    });
    expect(Object.keys(errors)).toEqual(["phases[0]"]);
  });

  it("a werkagenda round without a period also hears that it closes before it opens", () => {
    const errors = errorsFor(roundSchema, { title: "Herijking najaar 2026", opensAt: "2026-12-10", closesAt: "2026-12-01" });
    expect(Object.keys(errors).sort()).toEqual(["closesAt", "period"]);
    expect(errors.closesAt).toEqual(["agenda.errors.closesBeforeOpens"]);
  });

  it("a suspension without a reason also asks for how many days", () => {
    const errors = errorsFor(moderationActionSchema, { reportId: "r1", action: "SUSPEND" });
    expect(Object.keys(errors).sort()).toEqual(["days", "reason"]);
  });

  it("something that is not a form at all is refused without running the checks", () => {
    for (const schema of [meetingFormSchema, libraryItemSchema, roundSchema, moderationActionSchema] as z.ZodType[]) {
      const result = schema.safeParse("geen formulier");
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
    }
  });
});
