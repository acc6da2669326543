import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Content } from "~/components/ui/content.tsx";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { channelList } from "~/.server/discussions.ts";
import { orRespond } from "~/.server/errors.ts";
import { requireUser } from "~/.server/session.ts";
import { LiveCommunityActivity } from "~/components/discussions/live-activity.tsx";
import { LinkButton } from "~/components/ui/button.tsx";
import { Badge, EmptyState } from "~/components/ui/misc.tsx";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, metaT(matches)("discussions.title", { name: loaderData.community.name })) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { community, permissions, channels } = await orRespond(() => channelList(user, params.slug ?? ""));
  return { community: { id: community.id, slug: community.slug, name: community.name }, permissions, channels };
}

export default function ChannelList() {
  const { t, i18n } = useTranslation();
  const { community, permissions, channels } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="channels">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id="channels" className="text-2xl font-bold">
          {t("discussions.channels.heading")}
        </h2>
        {permissions.manageChannels ? (
          <LinkButton to={`/communities/${community.slug}/discussies/kanalen`} variant="secondary" size="sm">
            {t("discussions.channels.manage")}
          </LinkButton>
        ) : null}
      </div>
      <LiveCommunityActivity communityId={community.id} />
      {channels.length ? (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {channels.map((channel) => (
            <li key={channel.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
              <div>
                <h3 className="text-lg font-bold">
                  <Link to={`/communities/${community.slug}/discussies/${channel.slug}`}>
                    <Content text={channel.name} sample={[channel.name, channel.description]} />
                  </Link>
                </h3>
                {channel.description ? <Content as="p" className="text-ink-700" text={channel.description} /> : null}
                <p className="text-sm text-ink-600">
                  {t("discussions.channels.topicCount", { count: channel.topicCount })}
                  {channel.lastActivityAt
                    ? ` · ${t("discussions.channels.lastActivity", { date: formatDate(channel.lastActivityAt, i18n.language, { dateStyle: "medium", timeStyle: "short" }) })}`
                    : null}
                </p>
              </div>
              {channel.unread > 0 ? <Badge tone="accent">{t("discussions.channels.unread", { count: channel.unread })}</Badge> : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t("discussions.channels.empty")}</EmptyState>
      )}
    </section>
  );
}
