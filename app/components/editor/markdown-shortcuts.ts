import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CODE,
  type ElementTransformer,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  type Transformer,
  UNORDERED_LIST,
} from "@lexical/markdown";

/**
 * Markdown typed into the editor becomes what the toolbar makes (decision 244): `- ` or `1. ` a list,
 * `> ` a quote, three backticks a code block, `**vet**`, `*schuin*` and `` `code` `` text formats.
 * Only what the toolbar offers, so nothing comes out that the toolbar could not make or undo
 * (no check lists, strikethrough, highlight or h1/h4–h6; links stay the toolbar's and AutoLink's,
 * where the address is checked).
 */
const TEXT_FORMATS: Transformer[] = [
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
];

/** `## ` and `### ` give the toolbar's H2 and H3 (the page's title is the h1); `# ` stays text. */
export const SUBHEADING: ElementTransformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

/** Messages (discussions, comments): no headings (the server makes them bold paragraphs). */
export const MESSAGE_SHORTCUTS: Transformer[] = [QUOTE, UNORDERED_LIST, ORDERED_LIST, CODE, ...TEXT_FORMATS];
/** Articles and shared documents: headings too. */
export const ARTICLE_SHORTCUTS: Transformer[] = [SUBHEADING, ...MESSAGE_SHORTCUTS];
