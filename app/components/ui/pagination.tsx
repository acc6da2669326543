import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";

/** Previous / "page N of M" / next, as plain links (works without JavaScript). Renders nothing for one page. */
export function Pagination({
  page,
  pageCount,
  href,
  spacing = "mt-6",
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  spacing?: string;
}) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("common.pagination.label")} className={`${spacing} flex items-center gap-4`}>
      {page > 1 ? <Link to={href(page - 1)}>{t("common.actions.previous")}</Link> : null}
      <span>{t("common.pagination.page", { page, count: pageCount })}</span>
      {page < pageCount ? <Link to={href(page + 1)}>{t("common.actions.next")}</Link> : null}
    </nav>
  );
}
