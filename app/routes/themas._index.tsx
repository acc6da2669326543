import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Card, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { listThemes } from "~/.server/communities.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("communities.themesTitle"));

export async function loader() {
  return { themes: await listThemes() };
}

export default function ThemesPage() {
  const { t, i18n } = useTranslation();
  const { themes } = useLoaderData<typeof loader>();
  const en = i18n.language === "en";
  return (
    <>
      <PageHeader title={t("communities.themesTitle")} intro={t("communities.themesIntro")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {themes.map((theme) => (
          <Card as="li" key={theme.id}>
            <h2 className="text-xl font-bold">
              <Link to={`/themas/${theme.slug}`}>{en ? theme.nameEn : theme.nameNl}</Link>
            </h2>
            <p className="mt-2 text-ink-700">{en ? theme.summaryEn : theme.summaryNl}</p>
          </Card>
        ))}
      </ul>
    </>
  );
}
