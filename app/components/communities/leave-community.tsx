import { Form, useLocation } from "@remix-run/react";
import { Button } from "~/components/ui/button.tsx";
import { Sentence } from "~/components/ui/content.tsx";
import { Link } from "~/components/ui/link.tsx";
import { closeDetailsOnEscape } from "~/components/ui/close-on-escape.ts";
import type { RealtimeSocket } from "~/components/discussions/realtime.tsx";
import { useMembershipEnded } from "~/components/discussions/use-membership-ended.ts";
import { useTranslation } from "~/utils/translation.ts";

type Community = { slug: string; name: string; accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY" };

const NO_DRAFT = () => "";

/**
 * "Verlaat community…" under a community's pages. It goes when the member is removed (or leaves in
 * another tab) while the page is open: the server's `membership:ended` on the page's socket (decision
 * 319), which also puts a topic page's reply box away (decision 330). Without a socket it stays until
 * the next page load, where the loader no longer offers it.
 */
export function LeaveCommunity({
  community,
  soleFacilitator,
  memberCount,
  busy,
  socket,
}: {
  community: Community;
  soleFacilitator: boolean;
  memberCount: number;
  busy: boolean;
  socket: RealtimeSocket | null;
}) {
  const { t } = useTranslation();
  const ended = useMembershipEnded(socket, community.slug, NO_DRAFT);
  if (ended) return null;
  return (
    // Leaving asks first (a disclosure, so it works without JavaScript) and says how to come back.
    <section aria-labelledby="membership-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="membership-heading" className="sr-only">
        {t("communities.leave.title")}
      </h2>
      {soleFacilitator ? (
        <SoleFacilitator slug={community.slug} alone={memberCount <= 1} />
      ) : (
        <details onKeyDown={closeDetailsOnEscape}>
          <summary className="cursor-pointer font-semibold text-danger-700">{t("communities.leave.open")}</summary>
          <Form
            method="post"
            action={`/communities/${community.slug}`}
            className="mt-3 max-w-xl rounded-md border border-line bg-white p-4"
          >
            <p className="font-semibold">
              <Sentence k="communities.leave.confirmQuestion" dutch={{ name: community.name }} />
            </p>
            <p className="mt-1 text-ink-700">{t("communities.leave.whatHappens")}</p>
            <p className="mt-1 text-ink-700">{t(`communities.leave.again${community.accessMode}`)}</p>
            <Button name="intent" value="leave" variant="danger" size="sm" className="mt-3" disabled={busy}>
              <Sentence k="communities.leave.confirm" dutch={{ name: community.name }} />
            </Button>
          </Form>
        </details>
      )}
    </section>
  );
}

/**
 * Why the only facilitator cannot leave, and where to fix that: the members and roles (or, with
 * nobody else in the community, the invitation form) on the management page. On that page itself
 * the link is a plain fragment link, so the browser moves focus there without a navigation.
 */
function SoleFacilitator({ slug, alone }: { slug: string; alone: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const manage = `/communities/${slug}/beheer`;
  const fragment = alone ? "invite-heading" : "roles-heading";
  const label = alone ? t("communities.leave.soleMemberLink") : t("communities.leave.soleFacilitatorLink");
  return (
    <p className="text-ink-700">
      {alone ? t("communities.leave.soleMember") : t("communities.leave.soleFacilitator")}{" "}
      {pathname === manage ? <a href={`#${fragment}`}>{label}</a> : <Link to={`${manage}#${fragment}`}>{label}</Link>}
    </p>
  );
}
