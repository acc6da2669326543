/**
 * The work agenda's enums and form schemas, shared by the browser (conform)
 * and the server. Messages are i18n keys. See docs/decisions/075-079.
 */
import { z } from "zod";
import { parseDay } from "./dates.ts";
import { tooLong, tooMany, tooShort } from "./messages.ts";
import { withFieldErrors } from "./forms/checks.ts";
import { cleanLine, TITLE_CHARACTERS_CHECK, visibleLength, withoutBidiControls } from "./visible-text.ts";

export const ACTION_STATUSES = ["GEPLAND", "LOPEND", "AFGEROND", "GESTOPT"] as const;
export type ActionStatusValue = (typeof ACTION_STATUSES)[number];

export const INDICATOR_DIRECTIONS = ["HOGER", "LAGER"] as const;
export type IndicatorDirectionValue = (typeof INDICATOR_DIRECTIONS)[number];

export const DECISION_KINDS = ["GOAL_CHANGED", "ACTION_ADDED", "ACTION_STOPPED", "OTHER"] as const;
export type DecisionKindValue = (typeof DECISION_KINDS)[number];

export const QUESTION_STATUSES = ["OPEN", "BEANTWOORD"] as const;
export type QuestionStatusValue = (typeof QUESTION_STATUSES)[number];

/** A round's closing date is the last day for comments: it closes a day after that date's midnight. */
export const ROUND_DAY_MS = 86_400_000;

/** The community whose members record measurements (prisma/seed/content.ts). */
export const KENNISAGENDA_COMMUNITY_SLUG = "kennisagenda-via";

const id = z.string({ message: "errors.invalidRequest" }).trim().min(1, "errors.invalidRequest").max(40, "errors.invalidRequest");
/** A required select: left on its prompt it names what to choose (decision 278), not "Dit verzoek klopt niet.". */
const chosen = (missing: string, max = 40) => z.string({ message: missing }).trim().min(1, missing).max(max, "errors.invalidRequest");

/**
 * Required text: `missing` (which names the field, decision 260) when nothing shows, then the length,
 * counting visible characters (decisions 238, 241).
 */
const text = (min: number, max: number, missing: string, clean: (value: string) => string = (value) => value) =>
  z
    .string({ message: missing })
    .overwrite(clean)
    .trim()
    .refine((value) => visibleLength(value) > 0, missing)
    .pipe(
      z
        .string()
        .max(max, tooLong(max))
        .refine((value) => visibleLength(value) >= min, tooShort(min)),
    );

/** A title or name: required text without characters that reorder it (decision 254). */
const title = (min: number, max: number, missing = "errors.missing.title") =>
  text(min, max, missing, cleanLine).refine(withoutBidiControls, TITLE_CHARACTERS_CHECK);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((value) => (value ? value : null));

/** "12,5" and "12.5" both mean twelve and a half; anything else is not a number. */
export const NUMBER_PATTERN = /^-?\d{1,12}([.,]\d{1,6})?$/;
export function parseNumber(value: string): number {
  return Number(value.replace(",", "."));
}
const numberText = (requiredKey: string) =>
  z.string({ message: requiredKey }).trim().min(1, requiredKey).regex(NUMBER_PATTERN, "agenda.errors.notANumber").transform(parseNumber);

const day = (requiredKey: string) =>
  z
    .string({ message: requiredKey })
    .trim()
    .min(1, requiredKey)
    .refine((value) => parseDay(value) !== null, "agenda.errors.dateInvalid")
    .transform((value) => parseDay(value)!);

export const measurementSchema = z.object({
  indicatorId: chosen("errors.missing.indicator"),
  value: numberText("agenda.errors.valueRequired"),
  measuredOn: day("agenda.errors.dateRequired").refine((date) => date.getTime() <= Date.now() + 86_400_000, "agenda.errors.dateInFuture"),
  source: text(2, 300, "errors.missing.source"),
});
export type MeasurementInput = z.output<typeof measurementSchema>;

export const goalSchema = z.object({
  title: title(5, 200),
  description: text(10, 2000, "errors.missing.description"),
});
export type GoalInput = z.output<typeof goalSchema>;

export const actionSchema = z.object({
  goalId: chosen("errors.missing.goal"),
  title: title(5, 200),
  description: text(10, 2000, "errors.missing.description"),
  /** Comma-separated organisation names. */
  owners: z
    .string({ message: "agenda.errors.ownersRequired" })
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((owner) => owner.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(120, tooLong(120)))
        .min(1, "agenda.errors.ownersRequired")
        .max(12, tooMany(12)),
    ),
  status: z.enum(ACTION_STATUSES, { message: "errors.choose" }),
});
export type ActionInput = z.output<typeof actionSchema>;

export const actionStatusSchema = z.object({
  actionId: id,
  status: z.enum(ACTION_STATUSES, { message: "errors.choose" }),
});

export const indicatorSchema = z.object({
  goalId: chosen("errors.missing.goal"),
  actionId: optionalText(40),
  name: title(3, 200, "errors.missing.name"),
  unit: text(1, 40, "errors.missing.unit"),
  baseline: z
    .string()
    .trim()
    .regex(NUMBER_PATTERN, "agenda.errors.notANumber")
    .optional()
    .transform((value) => (value ? parseNumber(value) : null)),
  targetValue: numberText("agenda.errors.targetRequired"),
  targetDate: day("agenda.errors.dateRequired"),
  direction: z.enum(INDICATOR_DIRECTIONS, { message: "errors.choose" }),
});
export type IndicatorInput = z.output<typeof indicatorSchema>;

/** Editing what exists: the same rules as creating it; the goal or action an item hangs on does not move. */
export const goalEditSchema = goalSchema.extend({ goalId: id });
export type GoalEditInput = z.output<typeof goalEditSchema>;

export const actionEditSchema = actionSchema.omit({ goalId: true, status: true }).extend({ actionId: id });
export type ActionEditInput = z.output<typeof actionEditSchema>;

export const indicatorEditSchema = indicatorSchema.omit({ goalId: true, actionId: true }).extend({ indicatorId: id });
export type IndicatorEditInput = z.output<typeof indicatorEditSchema>;

export const roundSchema = z
  .object({
    title: title(5, 200),
    period: text(4, 40, "errors.missing.period"),
    opensAt: day("agenda.errors.dateRequired"),
    closesAt: day("agenda.errors.dateRequired"),
  })
  // Runs even when a field failed (a date that failed stays a string): compare real dates only.
  .refine(
    (round) => !(round.opensAt instanceof Date && round.closesAt instanceof Date) || round.closesAt.getTime() > round.opensAt.getTime(),
    {
      path: ["closesAt"],
      message: "agenda.errors.closesBeforeOpens",
      ...withFieldErrors,
    },
  );
export type RoundInput = z.output<typeof roundSchema>;

export const reviewCommentSchema = z.object({
  body: text(3, 4000, "errors.missing.comment"),
  goalRef: optionalText(40),
});

export const decisionSchema = z.object({
  kind: z.enum(DECISION_KINDS, { message: "errors.choose" }),
  text: text(5, 4000, "errors.missing.decision"),
  /** One link per line: a path on this site or an http(s) address. */
  links: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(/\r?\n/)
        .map((link) => link.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .max(500, tooLong(500))
            .regex(/^(\/[^/\\]|https?:\/\/)/, "agenda.errors.linkInvalid"),
        )
        .max(10, tooMany(10)),
    ),
});
export type DecisionInput = z.output<typeof decisionSchema>;

export const questionSchema = z.object({
  theme: chosen("errors.missing.theme", 80),
  title: title(10, 200),
  body: text(10, 4000, "errors.missing.question"),
});
export type QuestionInput = z.output<typeof questionSchema>;

export const knowledgeCommentSchema = z.object({ body: text(2, 4000, "errors.missing.comment") });

export const linkAnswerSchema = z.object({
  /** The slug of a library item, or its address (/bibliotheek/<slug>). */
  item: z
    .string({ message: "agenda.errors.itemRequired" })
    .trim()
    .min(1, "agenda.errors.itemRequired")
    .max(300, tooLong(300))
    .transform((value) => value.replace(/^.*\/bibliotheek\//, "").replace(/[/?#].*$/, "")),
});
