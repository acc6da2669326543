import { useTranslation } from "~/utils/translation.ts";

/** "1 woord erbij, 3 eraf" under a version or a change in a document's history (singular and plural). */
export function WordCounts({ added, removed, change = false }: { added: number; removed: number | null; change?: boolean }) {
  const { t } = useTranslation();
  const params = { count: added, removed: removed ?? 0 };
  return <>{change ? t("documents.history.changeWords", params) : t("documents.history.words", params)}</>;
}
