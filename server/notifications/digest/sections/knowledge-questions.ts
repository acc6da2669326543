/**
 * The work agenda's knowledge questions (kennisvragen) proposed since the
 * last digest (decision 086). Not tied to a community, so only in the
 * member's primary digest, like the library. Every logged-in member may read
 * a question (decision 075). Questions the member proposed themselves are
 * left out; a question deleted before the digest goes out is not there.
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { mailLink } from "../../../mail/layout.ts";
import { digestQuery, digestRequests, onlyFor, perRequest, setBased } from "../batch.ts";
import { list, muted } from "./render.ts";

const LIMIT = 10;

type Item = { id: string; title: string; themeNl: string; themeEn: string };

export const knowledgeQuestionsSection = setBased<Item>({
  id: "knowledge-questions",
  order: 55,
  // One statement for many members: each request's first LIMIT questions.
  async gatherMany(contexts) {
    const questions = await contentAdapter("knowledgeQuestion");
    return onlyFor(
      contexts,
      (context) => context.primary,
      async (primary) => {
        const rows = await digestQuery<Item & { index: number }>(Prisma.sql`
        WITH req AS (${digestRequests(primary)}), hits AS (
          SELECT q."i", k."id", k."title", k."themeId",
                 row_number() OVER (PARTITION BY q."i" ORDER BY k."createdAt", k."id") AS "rank"
          FROM req q
          JOIN "KnowledgeQuestion" k ON k."createdAt" > q."since" AND k."createdAt" <= q."until"
          WHERE ${questions.listedSql("k")} AND k."authorId" IS DISTINCT FROM q."u"
        )
        SELECT h."i" AS "index", h."id", h."title", t."nameNl" AS "themeNl", t."nameEn" AS "themeEn"
        FROM hits h
        JOIN "Theme" t ON t."id" = h."themeId"
        WHERE h."rank" <= ${LIMIT}
        ORDER BY h."i", h."rank"`);
        return perRequest(primary.length, rows);
      },
    );
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.knowledgeQuestions.title", items.length], () =>
      t("mail.digest.knowledgeQuestions.title", { count: items.length }),
    ),
  // The same questions are rendered once for everyone who gets them (shared parts, decision 160).
  render(items, { url, language, shared }) {
    const theme = (item: Item) => (language === "en" ? item.themeEn : item.themeNl);
    return shared(["knowledge-questions", items], () => ({
      html: list(items.map((item) => html`${mailLink(url(paths.knowledgeQuestion(item.id)), item.title)} ${muted(`(${theme(item)})`)}`)),
      text: items.map((item) => `- ${item.title} (${theme(item)}): ${url(paths.knowledgeQuestion(item.id))}`).join("\n"),
    }));
  },
});
