import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { getUser } from "~/.server/session.ts";
import { CommunityGrid } from "~/components/communities/community-card.tsx";
import { EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { languageOf, pageMeta } from "~/utils/meta.ts";
import { themePage } from "~/.server/communities.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, languageOf(matches) === "en" ? loaderData.theme.nameEn : loaderData.theme.nameNl) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await themePage(await getUser(request), params.slug ?? "");
  if (!page) throw data({ message: "errors.notFound" }, { status: 404 });
  return page;
}

export default function ThemePage() {
  const { t, i18n } = useTranslation();
  const { theme, communities } = useLoaderData<typeof loader>();
  const en = i18n.language === "en";
  return (
    <>
      <PageHeader title={en ? theme.nameEn : theme.nameNl} intro={en ? theme.summaryEn : theme.summaryNl} />
      <h2 className="mb-3 text-2xl font-bold">{t("communities.themeCommunities")}</h2>
      {communities.length ? <CommunityGrid communities={communities} /> : <EmptyState>{t("communities.themeEmpty")}</EmptyState>}
    </>
  );
}
