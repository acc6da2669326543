import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="mt-16 border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-ink-700">
        <p>{t("common.footer.about")}</p>
        <ul className="flex gap-4">
          <li>
            <Link to="/privacy">{t("common.footer.privacy")}</Link>
          </li>
          <li>
            <Link to="/toegankelijkheid">{t("common.footer.accessibility")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
