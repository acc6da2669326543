/**
 * Member content in its own language (WCAG 3.1.2, decision 230): every title, summary, body or
 * excerpt a member wrote goes through `Content` (or `useContentLang` where one element needs the
 * attribute itself), which adds `lang` when the text's language is known and differs from the page's.
 */
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "~/utils/translation.ts";
import type { ParseKeys } from "i18next";
import { contentLangAttribute, detectContentLanguage, textOfHtml } from "~/utils/content-language.ts";

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

/**
 * A name or label the platform holds in Dutch (a community's or an organisation's name, a region,
 * an indicator and its unit, a search word; decision 299): Dutch unless its own words say English.
 * Too short for `Content`'s detection, which rather marks nothing than guess; here the guess is
 * the platform's rule that such data is written in Dutch. Marked only where the page is not Dutch.
 */
export function useDutchLang(text: string | null | undefined): string | undefined {
  const { i18n } = useTranslation();
  const language = detectContentLanguage(text) ?? "nl";
  return language === i18n.language ? undefined : language;
}

/** `useDutchLang` in an element of its own (an inline span unless `as` says otherwise). */
export function Dutch({ as: As = "span", text, className }: { as?: "span" | "strong" | "p"; text: string; className?: string }) {
  const lang = useDutchLang(text);
  return lang || className ? (
    <As lang={lang} className={className}>
      {text}
    </As>
  ) : (
    <>{text}</>
  );
}

const MARK = "\u0000";
export type TranslationKey = ParseKeys<"translation">;

/**
 * A translated sentence with the platform's Dutch names in it ("Leave {{community}}?"): each name
 * in `dutch` gets a `Dutch` span of its own, so a screen reader reads the English around it in
 * English and the name in Dutch (WCAG 3.1.2). `values` are the other, plain variables.
 */
export function Sentence({
  k,
  dutch,
  values,
  nodes,
}: {
  k: TranslationKey;
  dutch: Record<string, string>;
  values?: Record<string, unknown>;
  /** Variables that are elements of their own: a sentence inside a sentence (the bell's "New notification: …"). */
  nodes?: Record<string, ReactNode>;
}) {
  const { t, i18n } = useTranslation();
  const translate = t as unknown as (key: string, options: object) => string;
  // Nothing to mark (the Dutch interface): one plain text, as `t` would give it.
  if (!nodes && Object.values(dutch).every((text) => (detectContentLanguage(text) ?? "nl") === i18n.language))
    return <>{translate(k, { ...values, ...dutch })}</>;
  const marked = [...Object.keys(dutch), ...Object.keys(nodes ?? {})];
  const marks = Object.fromEntries(marked.map((name) => [name, `${MARK}${name}${MARK}`]));
  const text = translate(k, { ...values, ...marks });
  return (
    <>
      {text
        .split(MARK)
        .map((part, index) =>
          index % 2 === 0 ? (
            part
          ) : nodes && part in nodes ? (
            <Fragment key={index}>{nodes[part]}</Fragment>
          ) : (
            <Dutch key={index} text={dutch[part] ?? ""} />
          ),
        )}
    </>
  );
}

/** An `<option>` whose label is one of the platform's Dutch names (a community, a region). */
export function DutchOption({ value, label }: { value: string; label: string }) {
  return (
    <option value={value} lang={useDutchLang(label)}>
      {label}
    </option>
  );
}
