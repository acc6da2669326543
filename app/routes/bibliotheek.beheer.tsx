import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { orRespond } from "~/.server/errors.ts";
import { reviewQueue } from "~/.server/library.ts";
import { requireUser } from "~/.server/session.ts";
import { Content } from "~/components/ui/content.tsx";
import { Badge, EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("library.manageTitle")),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return orRespond(() => reviewQueue(user));
}

type Row = Awaited<ReturnType<typeof loader>>["waiting"][number];

function QueueList({
  id,
  title,
  rows,
  empty,
  date,
}: {
  id: string;
  title: string;
  rows: Row[];
  empty: string;
  date: (row: Row) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title} <span className="text-lg font-normal text-ink-600">({rows.length})</span>
      </h2>
      {rows.length ? (
        <ol className="divide-y divide-line rounded-lg border border-line bg-white">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
              <div>
                <p className="flex flex-wrap gap-2 text-sm">
                  <Badge>{t(`library.kinds.${row.kind}`)}</Badge>
                  {row.community ? <Badge tone="brand">{row.community.name}</Badge> : null}
                </p>
                <h3 className="mt-1 font-bold">
                  <Link to={`/bibliotheek/${row.slug}`}>
                    <Content text={row.title} />
                  </Link>
                </h3>
                {/* The author as a separate part: "Beoordelen op … door X" read as if X reviews (walk 18). */}
                <p className="text-sm text-ink-600">
                  {[date(row), row.author ? t("library.queue.by", { name: row.author.displayName }) : null].filter(Boolean).join(" · ")}
                </p>
                {row.returnComment ? (
                  <Content as="p" className="mt-1 border-l-4 border-warn-800/30 pl-2 text-sm text-ink-700" text={row.returnComment} />
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState>{empty}</EmptyState>
      )}
    </section>
  );
}

export default function LibraryManage() {
  const { t, i18n } = useTranslation();
  const { moderator, waiting, returned, overdue, featured, proposals } = useLoaderData<typeof loader>();
  const when = (
    value: Date | string | null,
    key: "library.queue.submittedOn" | "library.queue.reviewOn" | "library.proposal.proposedOn",
  ) => (value ? t(key, { date: formatDate(value, i18n.language) }) : null);
  return (
    <>
      <PageHeader title={t("library.manageTitle")} intro={t("library.manageIntro")} />
      <QueueList
        id="waiting"
        title={t("library.queue.waiting")}
        rows={waiting}
        empty={t("library.queue.waitingEmpty")}
        date={(row) => when(row.submittedAt, "library.queue.submittedOn")}
      />
      {moderator ? (
        <QueueList
          id="proposals"
          title={t("library.proposal.queueTitle")}
          rows={proposals}
          empty={t("library.proposal.queueEmpty")}
          date={(row) => when(row.proposedAt, "library.proposal.proposedOn")}
        />
      ) : null}
      {moderator ? (
        <QueueList
          id="overdue"
          title={t("library.queue.overdue")}
          rows={overdue}
          empty={t("library.queue.overdueEmpty")}
          date={(row) => when(row.reviewDate, "library.queue.reviewOn")}
        />
      ) : null}
      <QueueList
        id="returned"
        title={t("library.queue.returned")}
        rows={returned}
        empty={t("library.queue.returnedEmpty")}
        date={(row) => when(row.submittedAt, "library.queue.submittedOn")}
      />
      {moderator ? (
        <QueueList
          id="featured"
          title={t("library.queue.featured")}
          rows={featured}
          empty={t("library.queue.featuredEmpty")}
          date={() => null}
        />
      ) : null}
    </>
  );
}
