import type { Translation } from "~/utils/translation.ts";

/** A version's name as the history shows it: automatic saves and the copies kept before a restore get a name of their own. */
export function versionName(t: Translation["t"], version: { kind: string; name: string }): string {
  if (version.kind === "AUTO") return t("documents.history.autoName");
  if (version.kind === "BEFORE_RESTORE") return t("documents.history.kind.BEFORE_RESTORE", { name: version.name });
  return version.name;
}
