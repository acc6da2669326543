import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { communityMeetings } from "~/.server/meetings.ts";
import { orRespond } from "~/.server/errors.ts";
import { requireUser } from "~/.server/session.ts";
import { MeetingCard } from "~/components/meetings/meeting-card.tsx";
import { LinkButton } from "~/components/ui/button.tsx";
import { EmptyState } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, `${metaT(matches)("events.community.title")} · ${loaderData.community.name}`) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return orRespond(() => communityMeetings(user, params.slug ?? ""));
}

export default function CommunityMeetings() {
  const { t } = useTranslation();
  const { community, canCreate, upcoming, past } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="events-title">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="events-title" className="text-2xl font-bold">
            {t("events.community.title")}
          </h2>
          <p className="mt-1 max-w-3xl text-ink-700">{t("events.community.intro")}</p>
        </div>
        {canCreate ? (
          <LinkButton to={`/agenda/nieuw?community=${encodeURIComponent(community.slug)}`}>{t("events.community.new")}</LinkButton>
        ) : null}
      </div>
      <h3 className="mb-2 text-xl font-semibold">{t("events.community.upcoming")}</h3>
      {upcoming.length === 0 ? (
        <EmptyState>{t("events.community.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3">
          {upcoming.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} showCommunity={false} headingLevel={4} />
          ))}
        </ul>
      )}
      <h3 className="mt-8 mb-2 text-xl font-semibold">{t("events.community.past")}</h3>
      {past.length === 0 ? (
        <EmptyState>{t("events.community.emptyPast")}</EmptyState>
      ) : (
        <ul className="grid gap-3">
          {past.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} showCommunity={false} headingLevel={4} />
          ))}
        </ul>
      )}
    </section>
  );
}
