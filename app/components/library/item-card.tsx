import { Link } from "~/components/ui/link.tsx";
import { Content } from "~/components/ui/content.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Badge } from "~/components/ui/misc.tsx";
import type { EvidenceLevelValue, LibraryKindValue, LibraryStatusValue } from "~/shared/library.ts";
import { labelList } from "./labels.ts";

export type LibraryCardData = {
  slug: string;
  kind: LibraryKindValue;
  status?: LibraryStatusValue;
  title: string;
  summary: string;
  evidenceLevel?: EvidenceLevelValue | null;
  phases?: readonly string[];
  featured?: boolean;
  goodExample?: boolean;
  organisationName?: string | null;
  anonymous?: boolean;
  themes?: { theme: { slug: string; nameNl: string; nameEn: string } }[];
};

export function EvidenceBadge({ level }: { level: EvidenceLevelValue | null | undefined }) {
  const { t } = useTranslation();
  if (!level) return <Badge>{t("library.evidenceNone")}</Badge>;
  return (
    <Badge tone={level === "EFFECTIEF" || level === "GOED_ONDERBOUWD" ? "ok" : "brand"}>
      <span className="sr-only">{t("library.item.evidenceTitle")}: </span>
      {t(`library.evidence.${level}`)}
    </Badge>
  );
}

/** One library item in a list; the heading level fits the page around it. */
export function LibraryItemCard({
  item,
  headingLevel = 3,
  showStatus = false,
}: {
  item: LibraryCardData;
  headingLevel?: 2 | 3 | 4;
  showStatus?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const en = i18n.language === "en";
  return (
    <article className="flex h-full flex-col rounded-lg border border-line bg-white p-5 shadow-sm print:break-inside-avoid print:border-0 print:border-b print:shadow-none">
      <p className="mb-1 flex flex-wrap gap-2 text-sm">
        <Badge>{t(`library.kinds.${item.kind}`)}</Badge>
        {showStatus && item.status ? (
          <Badge tone={item.status === "RETURNED" ? "warn" : "neutral"}>{t(`library.statuses.${item.status}`)}</Badge>
        ) : null}
        {item.goodExample ? <Badge tone="accent">{t("library.marks.goodExample")}</Badge> : null}
        {item.featured ? <Badge tone="brand">{t("library.marks.featured")}</Badge> : null}
      </p>
      <Heading className="text-lg font-bold">
        <Link to={`/bibliotheek/${item.slug}`}>
          <Content text={item.title} sample={[item.title, item.summary]} />
        </Link>
      </Heading>
      {item.kind === "PRAKTIJKCASE" ? (
        <p className="text-sm text-ink-600">{item.anonymous ? t("library.item.anonymousOrganisation") : item.organisationName}</p>
      ) : null}
      <Content as="p" className="mt-2 flex-1 text-ink-700" text={item.summary} sample={[item.title, item.summary]} />
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        {item.kind === "INTERVENTIE" ? <EvidenceBadge level={item.evidenceLevel} /> : null}
        {item.phases?.length ? <span className="text-ink-600">{labelList(t, "phase", item.phases)}</span> : null}
        {item.themes?.length ? (
          <span className="text-ink-600">· {item.themes.map(({ theme }) => (en ? theme.nameEn : theme.nameNl)).join(", ")}</span>
        ) : null}
      </div>
    </article>
  );
}
