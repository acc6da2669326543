import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Content, Dutch } from "~/components/ui/content.tsx";
import type { ReactNode } from "react";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { requireUser } from "~/.server/session.ts";
import { regionName } from "~/components/members/member-card.tsx";
import { Card, Notice, withContext } from "~/components/ui/misc.tsx";
import { pageMeta } from "~/utils/meta.ts";
import { memberProfile } from "~/.server/profiles.ts";
import { ownHiddenReason } from "~/.server/moderation.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, loaderData.profile.displayName) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const result = await memberProfile(user, params.id ?? "");
  if (!result) throw data({ message: "errors.notFound" }, { status: 404 });
  const own = user.id === result.profile.id;
  return { ...result, own, hiddenReason: own ? await ownHiddenReason(user.id) : null };
}

export default function MemberProfilePage() {
  const { t } = useTranslation();
  const { profile, communities, own, hiddenReason } = useLoaderData<typeof loader>();
  const region = regionName(profile.region);
  const details: [string, ReactNode][] = [
    [t("profile.fieldRole"), profile.fieldRole ? t(`common.fieldRoles.${profile.fieldRole}`) : null],
    [t("profile.organisation"), profile.organisation ? <Dutch text={profile.organisation} /> : null],
    [t("profile.region"), region ? <Dutch text={region} /> : null],
  ];
  const shown = details.filter(([, value]) => value);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{profile.displayName}</h1>
      {hiddenReason ? (
        <Notice tone="warn">
          <p>{t("moderation.hidden.profileBanner", { reason: hiddenReason })}</p>
        </Notice>
      ) : null}
      <Card>
        {shown.length ? (
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {shown.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {profile.bio ? (
          <>
            <h2 className="mt-4 text-lg font-bold">{t("profile.bio")}</h2>
            <Content as="p" className="whitespace-pre-line" text={profile.bio} />
          </>
        ) : null}
        {!shown.length && !profile.bio ? <p className="text-ink-600">{t("profile.noPublicInfo")}</p> : null}
      </Card>
      {communities.length ? (
        <section className="mt-6" aria-labelledby="member-communities">
          <h2 id="member-communities" className="mb-2 text-xl font-bold">
            {t("profile.communities")}
          </h2>
          <ul className="list-disc ps-6">
            {communities.map((community) => (
              <li key={community.slug}>
                <Link to={`/communities/${community.slug}`}>
                  <Dutch text={community.name} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!own ? (
        <p className="mt-6">
          <Link
            aria-label={withContext(t("moderation.report.button"), profile.displayName)}
            to={`/melden?soort=profiel&id=${encodeURIComponent(profile.id)}`}
          >
            {t("moderation.report.button")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
