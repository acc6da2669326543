/**
 * A missing field is named (decision 260): "Geef de titel op." instead of the generic "Vul dit
 * veld in.", which leaves a screen-reader user (who hears the message, not the form) guessing.
 * Empty fields reach the schemas as undefined (conform) or as blank text (plain forms).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { translator } from "../../app/i18n/index.ts";
import { goalSchema, measurementSchema, questionSchema, reviewCommentSchema } from "../../app/shared/agenda.ts";
import { channelSchema, newTopicSchema } from "../../app/shared/discussions.ts";
import { communityUpdateSchema } from "../../app/shared/forms/communities.ts";
import { newDocumentSchema } from "../../app/shared/forms/documents.ts";
import { mergeSchema } from "../../app/shared/forms/library.ts";
import { meetingFormSchema } from "../../app/shared/meetings.ts";
import { thesaurusEntrySchema } from "../../app/shared/thesaurus.ts";
import { tKey } from "../../app/utils/i18n.ts";

const cases: { name: string; schema: z.ZodType; field: string; value?: string; says: [string, string] }[] = [
  { name: "document title", schema: newDocumentSchema, field: "title", says: ["Geef de titel op.", "Enter the title."] },
  { name: "topic title", schema: newTopicSchema, field: "title", says: ["Geef de titel op.", "Enter the title."] },
  { name: "channel name", schema: channelSchema, field: "name", says: ["Geef de naam op.", "Enter the name."] },
  {
    name: "community summary",
    schema: communityUpdateSchema,
    field: "summary",
    says: ["Schrijf een korte samenvatting.", "Write a short summary."],
  },
  {
    name: "meeting description",
    schema: meetingFormSchema,
    field: "description",
    value: " ",
    says: ["Schrijf een beschrijving.", "Write a description."],
  },
  { name: "goal title (blank)", schema: goalSchema, field: "title", value: "  ", says: ["Geef de titel op.", "Enter the title."] },
  { name: "measurement source", schema: measurementSchema, field: "source", says: ["Geef de bron op.", "Enter the source."] },
  { name: "knowledge question", schema: questionSchema, field: "body", says: ["Leg je vraag uit.", "Explain your question."] },
  {
    name: "review comment",
    schema: reviewCommentSchema,
    field: "body",
    value: "\u200b",
    says: ["Schrijf eerst je reactie.", "Write your comment first."],
  },
  { name: "thesaurus words", schema: thesaurusEntrySchema, field: "terms", says: ["Vul de woorden in.", "Enter the words."] },
  {
    name: "merge target",
    schema: mergeSchema,
    field: "target",
    value: "",
    says: ["Plak het adres van de pagina.", "Paste the address of the page."],
  },
];

describe("named required messages", () => {
  it.each(cases)("$name names what is missing in Dutch and English", ({ schema, field, value, says }) => {
    const parsed = schema.safeParse(value === undefined ? {} : { [field]: value });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((candidate) => candidate.path[0] === field);
    expect(issue).toBeDefined();
    expect(tKey(translator("nl") as never, issue!.message)).toBe(says[0]);
    expect(tKey(translator("en") as never, issue!.message)).toBe(says[1]);
  });

  it("no form schema falls back on the generic message", () => {
    const root = path.resolve(import.meta.dirname, "../../app/shared");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
      (file) => file.endsWith(".ts") && !file.endsWith(".test.ts"),
    );
    const generic = files.filter((file) => readFileSync(path.join(root, file), "utf8").includes('"errors.required"'));
    expect(generic).toEqual([]);
  });
});
