import { Link } from "~/components/ui/link.tsx";
import { Content } from "~/components/ui/content.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Badge } from "~/components/ui/misc.tsx";

export type CommunityCardView = {
  id?: string;
  slug: string;
  name: string;
  summary: string;
  kind: "LEARNING" | "DO_NETWORK" | "SOUNDING_BOARD";
  accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY";
  memberCount: number;
  myRole: "MEMBER" | "FACILITATOR" | null;
  requested: boolean;
};

export function CommunityCard({
  community,
  headingLevel = 3,
  unread = 0,
}: {
  community: CommunityCardView;
  headingLevel?: 2 | 3;
  unread?: number;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="flex flex-col rounded-lg border border-line bg-white p-5 shadow-sm">
      <Heading className="text-lg font-bold">
        <Link to={`/communities/${community.slug}`}>
          <Content text={community.name} sample={[community.name, community.summary]} />
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-ink-600">{t(`communities.kinds.${community.kind}`)}</p>
      <Content as="p" className="mt-2 flex-1 text-ink-700" text={community.summary} sample={[community.name, community.summary]} />
      <div className="mt-3 flex flex-wrap gap-2">
        <Badge tone="brand">{t(`communities.accessShort.${community.accessMode}`)}</Badge>
        <Badge>{t("communities.memberCount", { count: community.memberCount })}</Badge>
        {community.myRole ? <Badge tone="ok">{t(`communities.communityRoles.${community.myRole}`)}</Badge> : null}
        {community.requested ? <Badge tone="warn">{t("communities.actions.requested")}</Badge> : null}
        {unread > 0 ? (
          <Link to={`/communities/${community.slug}/discussies`} className="no-underline">
            <Badge tone="accent">{t("discussions.channels.unread", { count: unread })}</Badge>
          </Link>
        ) : null}
      </div>
    </li>
  );
}

export function CommunityGrid({
  communities,
  headingLevel = 3,
  unread = {},
}: {
  communities: CommunityCardView[];
  headingLevel?: 2 | 3;
  /** Unread discussion messages per community id. */
  unread?: Record<string, number>;
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {communities.map((community) => (
        <CommunityCard
          key={community.slug}
          community={community}
          headingLevel={headingLevel}
          unread={community.id ? unread[community.id] : 0}
        />
      ))}
    </ul>
  );
}
