import { Dutch, Sentence } from "~/components/ui/content.tsx";
import { useTranslation } from "~/utils/translation.ts";

/**
 * A version's name as `versionName` gives it, with the name a member typed marked Dutch in the English
 * interface (decision 299); an automatic save's name is the interface's own.
 */
export function VersionLabel({ version }: { version: { kind: string; name: string } }) {
  const { t } = useTranslation();
  if (version.kind === "AUTO") return <>{t("documents.history.autoName")}</>;
  if (version.kind === "BEFORE_RESTORE") return <Sentence k="documents.history.kind.BEFORE_RESTORE" dutch={{ name: version.name }} />;
  return <Dutch text={version.name} />;
}
