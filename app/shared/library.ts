/**
 * Library enums and constants shared by forms (client) and the domain
 * (server). They mirror the Prisma enums in prisma/schema/library.prisma;
 * tests/unit/library-workflow.test.ts keeps them in step.
 */
export const LIBRARY_KINDS = ["INTERVENTIE", "PRAKTIJKCASE", "HANDREIKING", "ONDERZOEK", "VEELGESTELDE_VRAAG"] as const;
export type LibraryKindValue = (typeof LIBRARY_KINDS)[number];

/** An empty body, named as the form labels it: a FAQ's answer, every other kind's explanation (decision 286). */
export function emptyBodyMessage(kind: LibraryKindValue | null): string {
  return kind === "VEELGESTELDE_VRAAG" ? "library.errors.emptyAnswer" : "library.errors.emptyBody";
}

export const LIBRARY_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED", "ARCHIVED"] as const;
export type LibraryStatusValue = (typeof LIBRARY_STATUSES)[number];

/** The steps of the curation workflow (server/library/policy.ts has the rules). */
export const LIBRARY_TRANSITIONS = ["submit", "withdraw", "return", "publish", "archive", "restore"] as const;
export type LibraryTransitionValue = (typeof LIBRARY_TRANSITIONS)[number];

export const LIBRARY_PHASES = [
  "WERVING_SELECTIE",
  "ONBOARDING",
  "DOORSTROOM",
  "BEHOUD",
  "STAGE_BPV",
  "LEERWERKTRAJECT",
  "BEGELEIDING_NAAR_WERK",
  "STUDIEKEUZE",
] as const;
export type LibraryPhaseValue = (typeof LIBRARY_PHASES)[number];

export const LIBRARY_TARGET_GROUPS = [
  "WERKGEVERS",
  "HR_RECRUITERS",
  "LEIDINGGEVENDEN",
  "WERKZOEKENDEN",
  "JONGEREN",
  "ONDERWIJS",
  "PROFESSIONALS_WERK_INKOMEN",
] as const;
export type LibraryTargetGroupValue = (typeof LIBRARY_TARGET_GROUPS)[number];

export const LIBRARY_SECTORS = [
  "ZORG_WELZIJN",
  "ONDERWIJS",
  "OVERHEID",
  "TECHNIEK_INDUSTRIE",
  "BOUW_INSTALLATIE",
  "LOGISTIEK",
  "HANDEL_RETAIL",
  "HORECA_RECREATIE",
  "ICT",
  "FINANCIEEL_ZAKELIJK",
  "AGRO_FOOD",
  "SCHOONMAAK_FACILITAIR",
  "UITZENDBRANCHE",
] as const;
export type LibrarySectorValue = (typeof LIBRARY_SECTORS)[number];

export const LIBRARY_SIZES = ["MKB", "GROOTBEDRIJF", "PUBLIEK"] as const;
export type LibrarySizeValue = (typeof LIBRARY_SIZES)[number];

/** The Dutch recognition scale, lowest to highest. */
export const EVIDENCE_LEVELS = ["PRAKTIJKERVARING", "GOED_BESCHREVEN", "GOED_ONDERBOUWD", "EFFECTIEF"] as const;
export type EvidenceLevelValue = (typeof EVIDENCE_LEVELS)[number];

export const COST_LEVELS = ["LAAG", "MIDDEN", "HOOG"] as const;
export type CostLevelValue = (typeof COST_LEVELS)[number];

/** Enum value ⇄ the value in a shareable URL: `WERVING_SELECTIE` ⇄ `werving-selectie`. */
export const toParam = (value: string) => value.toLowerCase().replaceAll("_", "-");
export function fromParam<T extends string>(values: readonly T[], param: string): T | null {
  const upper = param.toUpperCase().replaceAll("-", "_");
  return (values as readonly string[]).includes(upper) ? (upper as T) : null;
}

/** The filters of the library and the menukaart, with their URL parameter names. */
export const LIBRARY_FILTERS = {
  kind: { param: "soort", values: LIBRARY_KINDS },
  phase: { param: "fase", values: LIBRARY_PHASES },
  targetGroup: { param: "doelgroep", values: LIBRARY_TARGET_GROUPS },
  sector: { param: "sector", values: LIBRARY_SECTORS },
  size: { param: "omvang", values: LIBRARY_SIZES },
  evidence: { param: "bewijs", values: EVIDENCE_LEVELS },
} as const;
export type EnumFilterName = keyof typeof LIBRARY_FILTERS;
/** Theme filters use the theme's slug (`thema=`). */
export const THEME_PARAM = "thema";

export type LibraryFilters = {
  themes: string[];
  kind: LibraryKindValue[];
  phase: LibraryPhaseValue[];
  targetGroup: LibraryTargetGroupValue[];
  sector: LibrarySectorValue[];
  size: LibrarySizeValue[];
  evidence: EvidenceLevelValue[];
  tag: string | null;
  q: string | null;
};

export const EMPTY_FILTERS: LibraryFilters = {
  themes: [],
  kind: [],
  phase: [],
  targetGroup: [],
  sector: [],
  size: [],
  evidence: [],
  tag: null,
  q: null,
};

/** Reads filters from a URL's search parameters; unknown values are ignored. */
export function parseLibraryFilters(params: URLSearchParams): LibraryFilters {
  const pick = <T extends string>(name: string, values: readonly T[]) => [
    ...new Set(
      params
        .getAll(name)
        .map((raw) => fromParam(values, raw.slice(0, 60)))
        .filter((v): v is T => v !== null),
    ),
  ];
  const text = (name: string, max: number) => {
    // Control characters (a NUL byte breaks PostgreSQL text parameters) become spaces, as in search.
    const value = params
      .get(name)
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      ?.replace(/[\u0000-\u001f\u007f]+/g, " ")
      .trim()
      .slice(0, max);
    return value ? value : null;
  };
  return {
    themes: [
      ...new Set(
        params
          .getAll(THEME_PARAM)
          .map((slug) => slug.slice(0, 80))
          .filter((slug) => /^[a-z0-9-]+$/.test(slug)),
      ),
    ].slice(0, 10),
    kind: pick("soort", LIBRARY_KINDS),
    phase: pick("fase", LIBRARY_PHASES),
    targetGroup: pick("doelgroep", LIBRARY_TARGET_GROUPS),
    sector: pick("sector", LIBRARY_SECTORS),
    size: pick("omvang", LIBRARY_SIZES),
    evidence: pick("bewijs", EVIDENCE_LEVELS),
    tag: text("tag", 40)?.toLowerCase() ?? null,
    q: text("q", 100),
  };
}

/** The URL search string for a set of filters (the shareable link). */
export function libraryFiltersToSearch(filters: LibraryFilters, omit: EnumFilterName[] = []): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const theme of filters.themes) params.append(THEME_PARAM, theme);
  for (const [name, { param }] of Object.entries(LIBRARY_FILTERS) as [EnumFilterName, { param: string }][]) {
    if (omit.includes(name)) continue;
    for (const value of filters[name]) params.append(param, toParam(value));
  }
  if (filters.tag) params.set("tag", filters.tag);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Attachments: what may be uploaded and how large. */
export const ATTACHMENT_MAX_BYTES = 15 * 1024 * 1024;
export const ATTACHMENT_MAX_PER_ITEM = 20;
export const ATTACHMENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
} as const;
export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_ACCEPT = [...Object.keys(ATTACHMENT_TYPES).map((ext) => `.${ext}`), ".jpeg"].join(",");

export const SUMMARY_MAX = 300;
export const TITLE_MAX = 140;
export const MAX_TAGS = 12;
