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
