import type { TFunction } from "i18next";
import type { EnumFilterName } from "~/shared/library.ts";

/** The i18n group of each enum filter's values. */
export const FACET_VALUE_KEYS: Record<EnumFilterName, string> = {
  kind: "library.kinds",
  phase: "library.phases",
  targetGroup: "library.targetGroups",
  sector: "library.sectors",
  size: "library.sizes",
  evidence: "library.evidence",
};

/** Translates an enum value of a facet: ("phase", "ONBOARDING") → "Onboarding". */
export function facetValueLabel(t: TFunction, facet: EnumFilterName, value: string): string {
  return (t as unknown as (key: string) => string)(`${FACET_VALUE_KEYS[facet]}.${value}`);
}

export function labelList(t: TFunction, facet: EnumFilterName, values: readonly string[]): string {
  return values.map((value) => facetValueLabel(t, facet, value)).join(", ");
}

/** Stored change keys that are not the name of a form field. */
const CHANGE_FIELD_KEYS: Record<string, string> = { bodyText: "body", documentId: "document" };
/** Changes the revision's own title already names ("Bijlage toegevoegd", "Samengevoegd …"), and the status. */
const NAMED_BY_ACTION = new Set(["status", "attachment", "mergedInto", "duplicate"]);

/** A changed field as the form names it: "bodyText" → "Uitleg", "summary" → "Korte samenvatting". */
export function changedFieldLabel(t: TFunction, field: string): string {
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return translate(`library.fields.${CHANGE_FIELD_KEYS[field] ?? field}`, { defaultValue: field });
}

/** The fields a revision lists after "Gewijzigd:", by their labels (walk 14: the history showed "attachment", "summary"). */
export function changedFieldLabels(t: TFunction, changes: Record<string, unknown>): string[] {
  return Object.keys(changes)
    .filter((field) => !NAMED_BY_ACTION.has(field))
    .map((field) => changedFieldLabel(t, field));
}
