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

/**
 * Lexical's bullet list shortcut remembers the typed marker (`-`, `*` or `+`) as node state on the
 * list (`mdListMarker`, for writing Markdown back). The toolbar's lists have none, the server keeps
 * none, and the co-editing server refuses an update that brings node state, so the other members
 * would never get the list: the shortcut here makes the list without it.
 */
export const BULLET_LIST: ElementTransformer = {
  ...UNORDERED_LIST,
  replace: (parentNode, children, match, isImport) => {
    // The marker is only remembered when the line starts with one of -*+; the rest of the match stays.
    const unmarked = Object.assign([...match], { index: (match as RegExpMatchArray).index, input: (match as RegExpMatchArray).input });
    unmarked[0] = (match[0] ?? "").replace(/[-*+]/, "•");
    return UNORDERED_LIST.replace(parentNode, children, unmarked, isImport);
  },
};

/** `## ` and `### ` give the toolbar's H2 and H3 (the page's title is the h1); `# ` stays text. */
export const SUBHEADING: ElementTransformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

/** Messages (discussions, comments): no headings (the server makes them bold paragraphs). */
export const MESSAGE_SHORTCUTS: Transformer[] = [QUOTE, BULLET_LIST, ORDERED_LIST, CODE, ...TEXT_FORMATS];
/** Articles and shared documents: headings too. */
export const ARTICLE_SHORTCUTS: Transformer[] = [SUBHEADING, ...MESSAGE_SHORTCUTS];
