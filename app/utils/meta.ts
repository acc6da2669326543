import type { MetaDescriptor } from "@remix-run/node";
import type { TFunction } from "i18next";
import { DEFAULT_LANGUAGE, isLanguage, translator, type Language } from "~/i18n/index.ts";

type Matches = readonly { id: string; data: unknown }[];

export function languageOf(matches: Matches): Language {
  const root = matches.find((match) => match.id === "root")?.data as { language?: unknown } | undefined;
  return isLanguage(root?.language) ? root.language : DEFAULT_LANGUAGE;
}

/** A translator for meta functions, which run outside React. */
export function metaT(matches: Matches): TFunction {
  return translator(languageOf(matches)) as TFunction;
}

/**
 * `<title>` as "Page | Praktijkplein", plus a meta description: the page's
 * own, or the site's when the page has none (every page gets one, for search
 * engines and link previews).
 */
export function pageMeta(matches: Matches, title: string, description?: string): MetaDescriptor[] {
  const t = metaT(matches);
  return [{ title: `${title} | ${t("common.appName")}` }, { name: "description", content: description || t("common.metaDescription") }];
}
