import { useTranslation } from "~/utils/translation.ts";
import { LinkButton } from "~/components/ui/button.tsx";
import { type LibraryCardData, LibraryItemCard } from "./item-card.tsx";

/** The home page's few featured library items ("goed voorbeeld" and featured). */
export function FeaturedLibrary({ items }: { items: (LibraryCardData & { id: string })[] }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <section aria-labelledby="featured-library" className="mb-10">
      <h2 id="featured-library" className="mb-3 text-2xl font-bold">
        {t("library.home.title")}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.id}>
            <LibraryItemCard item={item} />
          </li>
        ))}
      </ul>
      <p className="mt-3 flex flex-wrap gap-3">
        <LinkButton to="/bibliotheek" variant="secondary" size="sm">
          {t("library.home.all")}
        </LinkButton>
        <LinkButton to="/menukaart" variant="secondary" size="sm">
          {t("library.home.menukaart")}
        </LinkButton>
      </p>
    </section>
  );
}
