/**
 * Every length check on a form says its limit (found by the outside walk: "Dit is te lang." left
 * people guessing how much to cut). A schema's message for a too long or too short text carries
 * the number, and reads as a sentence in Dutch and English.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { translator } from "../../app/i18n/index.ts";
import { channelSchema, newTopicSchema } from "../../app/shared/discussions.ts";
import { communityUpdateSchema, joinRequestSchema } from "../../app/shared/forms/communities.ts";
import { newDocumentSchema, saveVersionSchema } from "../../app/shared/forms/documents.ts";
import { questionSchema } from "../../app/shared/agenda.ts";
import { reportSchema } from "../../app/shared/moderation.ts";
import { tKey } from "../../app/utils/i18n.ts";

const cases: { name: string; schema: z.ZodType; field: string; value: string; rest?: Record<string, string>; says: [string, string] }[] = [
  {
    name: "join request",
    schema: joinRequestSchema,
    field: "message",
    value: "a".repeat(501),
    says: ["hoogstens 500 tekens", "at most 500 characters"],
  },
  {
    name: "version name",
    schema: saveVersionSchema,
    field: "name",
    value: "a".repeat(81),
    says: ["hoogstens 80 tekens", "at most 80 characters"],
  },
  { name: "document title", schema: newDocumentSchema, field: "title", value: "ab", says: ["minstens 3 tekens", "at least 3 characters"] },
  {
    name: "topic title",
    schema: newTopicSchema,
    field: "title",
    value: "a".repeat(141),
    says: ["hoogstens 140 tekens", "at most 140 characters"],
  },
  {
    name: "channel name",
    schema: channelSchema,
    field: "name",
    value: "a".repeat(61),
    says: ["hoogstens 60 tekens", "at most 60 characters"],
  },
  {
    name: "community about",
    schema: communityUpdateSchema,
    field: "about",
    value: "a".repeat(5001),
    rest: { name: "Klantmanagers", summary: "Samen leren over werk." },
    says: ["hoogstens 5.000 tekens", "at most 5,000 characters"],
  },
  {
    name: "report text",
    schema: reportSchema,
    field: "text",
    value: "a".repeat(1001),
    rest: { targetKind: "MESSAGE", targetId: "m1", reason: "SPAM" },
    says: ["hoogstens 1.000 tekens", "at most 1,000 characters"],
  },
  {
    name: "knowledge question",
    schema: questionSchema,
    field: "title",
    value: "Kort?",
    rest: { theme: "t", body: "a".repeat(20) },
    says: ["minstens 10 tekens", "at least 10 characters"],
  },
];

describe("length messages", () => {
  it.each(cases)("$name says the limit in Dutch and English", ({ schema, field, value, rest, says }) => {
    const parsed = schema.safeParse({ ...rest, [field]: value });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((candidate) => candidate.path[0] === field);
    expect(issue).toBeDefined();
    expect(tKey(translator("nl") as never, issue!.message)).toContain(says[0]);
    expect(tKey(translator("en") as never, issue!.message)).toContain(says[1]);
  });
});
