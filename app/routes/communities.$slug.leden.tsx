import { Sentence } from "~/components/ui/content.tsx";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { isAppErrorWithStatus, orRespond } from "~/.server/errors.ts";
import { getUser, requireUser } from "~/.server/session.ts";
import { MemberSummary } from "~/components/members/member-card.tsx";
import { Badge } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { communityMembers } from "~/.server/communities.ts";
import { markSeenThrottled, membersSeenScope } from "~/.server/notifications.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, metaT(matches)("communities.members.title", { name: loaderData.community.name })) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const { community, members } = await orRespond(async () => {
    try {
      return await communityMembers(user, params.slug ?? "");
    } catch (error) {
      // A visitor who may see the community but not its members is asked to log in first
      // (an invite-only community stays a 404: its existence is not revealed).
      if (!user && isAppErrorWithStatus(error, 403)) await requireUser(request);
      throw error;
    }
  });
  // The digest leaves out new members the member has seen here.
  if (user && members.some((member) => member.profile.id === user.id)) await markSeenThrottled(user.id, membersSeenScope(community.id));
  return { community: { name: community.name, slug: community.slug }, members };
}

export default function CommunityMembers() {
  const { t } = useTranslation();
  const { community, members } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="members">
      <h2 id="members" className="mb-3 text-2xl font-bold">
        <Sentence k="communities.members.title" dutch={{ name: community.name }} />
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {members.map((member) => (
          <li key={member.membershipId} className="rounded-lg border border-line bg-white p-4">
            <MemberSummary profile={member.profile}>
              {member.role === "FACILITATOR" ? (
                <span className="ms-2">
                  <Badge tone="ok">{t("communities.communityRoles.FACILITATOR")}</Badge>
                </span>
              ) : null}
            </MemberSummary>
          </li>
        ))}
      </ul>
    </section>
  );
}
