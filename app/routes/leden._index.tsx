import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Pagination } from "~/components/ui/pagination.tsx";
import { z } from "zod";
import { requireUser } from "~/.server/session.ts";
import { MemberSummary } from "~/components/members/member-card.tsx";
import { Button } from "~/components/ui/button.tsx";
import { FilterSelect } from "~/components/ui/field.tsx";
import { Card, EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { FIELD_ROLES } from "~/shared/enums.ts";
import { REGIONS } from "~/shared/regions.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { directoryCommunityOptions, memberDirectory } from "~/.server/profiles.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("communities.directory.title"));

// Control characters (a NUL byte breaks PostgreSQL text parameters) become spaces.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const text = () => z.string().transform((value) => value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim());

const filtersSchema = z.object({
  q: text().pipe(z.string().max(100)).optional().catch(undefined),
  fieldRole: z.enum(FIELD_ROLES).optional().catch(undefined),
  region: text().pipe(z.string().max(60)).optional().catch(undefined),
  organisation: text().pipe(z.string().max(120)).optional().catch(undefined),
  community: text().pipe(z.string().max(80)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  const filters = filtersSchema.parse(params);
  const [result, communities] = await Promise.all([memberDirectory(user, filters), directoryCommunityOptions(user)]);
  return { ...result, filters, communities };
}

export default function MemberDirectory() {
  const { t } = useTranslation();
  const { members, total, page, pageCount, filters, communities } = useLoaderData<typeof loader>();
  const pageLink = (target: number) => {
    const params = new URLSearchParams(
      Object.entries(filters)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, String(value)]),
    );
    params.set("page", String(target));
    return `?${params.toString()}`;
  };
  return (
    <>
      <PageHeader title={t("communities.directory.title")} intro={t("communities.directory.intro")} />
      <div className="grid gap-6 lg:grid-cols-4">
        <Card className="lg:col-span-1">
          <Form method="get" role="search" aria-label={t("communities.directory.title")} autoComplete="off">
            <div className="mb-3">
              <label htmlFor="filter-q" className="block text-sm font-semibold">
                {t("communities.directory.search")}
              </label>
              <input
                id="filter-q"
                name="q"
                type="search"
                defaultValue={filters.q ?? ""}
                className="mt-1 block w-full rounded-md border border-ink-600 px-3 py-2"
              />
            </div>
            <FilterSelect
              name="fieldRole"
              label={t("communities.directory.fieldRole")}
              value={filters.fieldRole}
              anyLabel={t("communities.directory.any")}
              options={FIELD_ROLES.map((role) => ({ value: role, label: t(`common.fieldRoles.${role}`) }))}
            />
            <FilterSelect
              name="region"
              label={t("communities.directory.region")}
              value={filters.region}
              anyLabel={t("communities.directory.any")}
              options={REGIONS.map(([value, label]) => ({ value, label, dutch: true }))}
            />
            <div className="mb-3">
              <label htmlFor="filter-organisation" className="block text-sm font-semibold">
                {t("communities.directory.organisation")}
              </label>
              <input
                id="filter-organisation"
                name="organisation"
                defaultValue={filters.organisation ?? ""}
                className="mt-1 block w-full rounded-md border border-ink-600 px-3 py-2"
              />
            </div>
            <FilterSelect
              name="community"
              label={t("communities.directory.community")}
              value={filters.community}
              anyLabel={t("communities.directory.any")}
              options={communities.map((c) => ({ value: c.slug, label: c.name, dutch: true }))}
            />
            <div className="flex flex-wrap gap-2">
              <Button size="sm">{t("common.actions.filter")}</Button>
              <Link to="/leden" className="px-2 py-1.5 text-sm">
                {t("common.actions.clearFilters")}
              </Link>
            </div>
          </Form>
        </Card>
        <section className="lg:col-span-3" aria-labelledby="results">
          <h2 id="results" className="mb-3 text-xl font-bold" aria-live="polite">
            {t("communities.directory.results", { count: total })}
          </h2>
          {members.length ? (
            <ul className="grid gap-3 sm:grid-cols-2">
              {members.map((member) => (
                <li key={member.id} className="rounded-lg border border-line bg-white p-4">
                  <MemberSummary profile={member} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("communities.directory.empty")}</EmptyState>
          )}
          <Pagination page={page} pageCount={pageCount} href={pageLink} />
        </section>
      </div>
    </>
  );
}
