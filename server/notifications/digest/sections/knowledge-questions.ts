/**
 * The work agenda's knowledge questions (kennisvragen) proposed since the
 * last digest (decision 086). Not tied to a community, so only in the
 * member's primary digest, like the library. Every logged-in member may read
 * a question (decision 075). Questions the member proposed themselves are
 * left out; a question deleted before the digest goes out is not there.
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { mailLink } from "../../../mail/layout.ts";
import type { DigestSection } from "../types.ts";
import { list, muted } from "./render.ts";

const LIMIT = 10;

type Item = { id: string; title: string; themeNl: string; themeEn: string };

export const knowledgeQuestionsSection: DigestSection<Item> = {
  id: "knowledge-questions",
  order: 55,
  async gather(context) {
    if (!context.primary) return [];
    const rows = await db().knowledgeQuestion.findMany({
      where: { createdAt: { gt: context.since, lte: context.until }, OR: [{ authorId: null }, { authorId: { not: context.member.id } }] },
      select: { id: true, title: true, theme: { select: { nameNl: true, nameEn: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: LIMIT,
    });
    return rows.map((row) => ({ id: row.id, title: row.title, themeNl: row.theme.nameNl, themeEn: row.theme.nameEn }));
  },
  title: (items, { t }) => t("mail.digest.knowledgeQuestions.title", { count: items.length }),
  render(items, { url, language }) {
    const theme = (item: Item) => (language === "en" ? item.themeEn : item.themeNl);
    return {
      html: list(items.map((item) => html`${mailLink(url(paths.knowledgeQuestion(item.id)), item.title)} ${muted(`(${theme(item)})`)}`)),
      text: items.map((item) => `- ${item.title} (${theme(item)}): ${url(paths.knowledgeQuestion(item.id))}`).join("\n"),
    };
  },
};
