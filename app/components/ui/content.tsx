/**
 * Member content in its own language (WCAG 3.1.2, decision 230): every title, summary, body or
 * excerpt a member wrote goes through `Content` (or `useContentLang` where one element needs the
 * attribute itself), which adds `lang` when the text's language is known and differs from the page's.
 */
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { contentLangAttribute, textOfHtml } from "~/utils/content-language.ts";

type Sample = string | null | undefined;

/** The `lang` for an element holding member text; `samples` together decide (a title with its summary). */
export function useContentLang(...samples: Sample[]): string | undefined {
  const { i18n } = useTranslation();
  return contentLangAttribute(i18n.language, ...samples);
}

type Tag = "span" | "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "blockquote" | "dd" | "td";

/**
 * A member's text in an element of its own. `sample` decides the language (default: the text
 * itself); give the longer text next to a short title, so the title is marked too.
 * `html` is already sanitised HTML (rendered on the server from Lexical state).
 */
export function Content({
  as: As = "span",
  text,
  html,
  sample,
  className,
  id,
  tabIndex,
  children,
}: {
  as?: Tag;
  text?: string | null;
  html?: string;
  sample?: Sample | Sample[];
  className?: string;
  id?: string;
  /** -1 for a fragment target that should take focus when the page opens at it (decision 260). */
  tabIndex?: number;
  children?: ReactNode;
}) {
  const samples = sample === undefined ? [html !== undefined ? textOfHtml(html) : text] : Array.isArray(sample) ? sample : [sample];
  const lang = useContentLang(...samples);
  if (html !== undefined)
    return <As id={id} tabIndex={tabIndex} className={className} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
  return (
    <As id={id} tabIndex={tabIndex} className={className} lang={lang}>
      {children ?? text}
    </As>
  );
}
