import { useTranslation } from "~/utils/translation.ts";
import { PageHeader } from "~/components/ui/misc.tsx";

type Section = { heading: string; body: string };

/** A page of headed sections whose text lives in the i18n files (privacy, accessibility). */
export function StaticPage({ page }: { page: "privacy" | "accessibility" }) {
  const { t } = useTranslation();
  const sections = t(`pages.${page}.sections`, { returnObjects: true }) as unknown as Section[];
  return (
    <article className="max-w-3xl">
      <PageHeader title={t(`pages.${page}.title`)} intro={t(`pages.${page}.intro`)} />
      {sections.map((section) => (
        <section key={section.heading} className="mb-6">
          <h2 className="mb-1 text-xl font-bold">{section.heading}</h2>
          <p>{section.body}</p>
        </section>
      ))}
    </article>
  );
}
