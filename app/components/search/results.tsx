/**
 * One hit of /zoeken's results and the "also searched for" line, apart from the route so they
 * render in component tests (decision 254).
 */
import { Link } from "~/components/ui/link.tsx";
import { Fragment, type ReactNode } from "react";
import { Content, Sentence } from "~/components/ui/content.tsx";
import { Badge, Joined } from "~/components/ui/misc.tsx";
import { textOfHtml } from "~/utils/content-language.ts";
import type { EvidenceLevel, ExpansionReason, SearchKind } from "~/shared/search.ts";
import { formatDate } from "~/utils/i18n.ts";
import { useTranslation } from "~/utils/translation.ts";

/** What a hit shows (server/search/service.ts, SearchHitView, as the loader sends it). */
export type HitView = {
  kind: SearchKind;
  titleHtml: string;
  snippetHtml: string;
  url: string;
  date: string;
  community: { name: string } | null;
  theme: { nameNl: string; nameEn: string } | null;
  evidenceLevel: EvidenceLevel | null;
  /** A reply's topic title (decision 254); null for other kinds. */
  topicTitle: string | null;
};

export type ExpansionView = { word: string; reason: ExpansionReason; words: string[] };

export function Hit({ hit }: { hit: HitView }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  const meta: ReactNode[] = [];
  // Title and snippet decide the hit's language together, read once for both elements.
  const sample = [textOfHtml(hit.titleHtml), hit.snippetHtml ? textOfHtml(hit.snippetHtml) : null];
  // Under its topic's title a reply shows its own text: the snippet, or else its start (its indexed title).
  const snippetHtml = hit.topicTitle !== null ? hit.snippetHtml || hit.titleHtml : hit.snippetHtml;
  if (hit.community && hit.kind !== "community")
    meta.push(<Sentence key="community" k="search.results.inCommunity" dutch={{ name: hit.community.name }} />);
  if (hit.theme) meta.push(en ? hit.theme.nameEn : hit.theme.nameNl);
  if (hit.evidenceLevel) meta.push(t(`search.evidence.${hit.evidenceLevel}`));
  if (hit.kind !== "community" && hit.kind !== "member") meta.push(formatDate(hit.date, i18n.language));
  return (
    <li className="rounded-lg border border-line bg-white p-4">
      <article>
        <p className="mb-1">
          <Badge tone="brand">{t(`search.kinds.${hit.kind}`)}</Badge>
        </p>
        <h3 className="text-lg font-semibold">
          <Link to={hit.url}>
            {hit.topicTitle !== null ? (
              // A reply has no title of its own: its topic's, with the reply's text below (decision 254).
              <>
                {t("search.results.replyIn")} <Content text={hit.topicTitle} />
              </>
            ) : (
              <Content html={hit.titleHtml} sample={sample} />
            )}
          </Link>
        </h3>
        {snippetHtml ? <Content as="p" className="mt-1 text-ink-700" html={snippetHtml} sample={sample} /> : null}
        {meta.length ? (
          <p className="mt-2 text-sm text-ink-600">
            <Joined parts={meta} />
          </p>
        ) : null}
      </article>
    </li>
  );
}

/**
 * What else was searched for: "statushouder → vergunninghouder (zelfde betekenis)". A one-way
 * thesaurus entry's words say "verwant, niet hetzelfde" (asielzoeker → statushouder).
 */
export function Expansions({ expansions }: { expansions: ExpansionView[] }) {
  const { t } = useTranslation();
  if (!expansions.length) return null;
  return (
    <p className="mb-3 text-ink-700" data-testid="search-expansions">
      {t("search.results.alsoSearched")}{" "}
      {expansions.map((expansion, index) => (
        <Fragment key={index}>
          {index ? "; " : null}
          {/* The words found are the thesaurus's or the glossary's Dutch; the word asked is Dutch unless translated. */}
          <Sentence
            k={`search.results.expansion.${expansion.reason}`}
            values={expansion.reason === "translation" ? { word: expansion.word } : undefined}
            dutch={{ words: expansion.words.join(", "), ...(expansion.reason === "translation" ? {} : { word: expansion.word }) }}
          />
        </Fragment>
      ))}
    </p>
  );
}
