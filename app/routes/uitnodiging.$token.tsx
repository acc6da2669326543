import { Sentence } from "~/components/ui/content.tsx";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { getUser, requireUser } from "~/.server/session.ts";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { Card, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { acceptInvitation, findInvitation, invitationChangesNothing } from "~/.server/communities.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("communities.invitation.title")),
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const invitation = await findInvitation(params.token ?? "");
  const valid = invitation !== null && invitation.status === "PENDING" && invitation.expiresAt > new Date();
  return {
    signedIn: user !== null,
    unverified: user !== null && !user.emailVerified,
    // A member it would not change is not offered to take a link meant for someone else (walk 15).
    alreadyMember: valid && user !== null && (await invitationChangesNothing(user.id, invitation)),
    path: new URL(request.url).pathname,
    invitation: valid ? { community: invitation.community, inviter: invitation.invitedBy?.displayName ?? null } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return orFormError(async () => {
    const { community, joined } = await acceptInvitation(user, params.token ?? "");
    return redirectWithFlash(`/communities/${community.slug}`, joined ? "communities.flash.joined" : "communities.flash.alreadyMember", {
      params: { name: community.name },
    });
  });
}

export default function InvitationPage() {
  const { t } = useTranslation();
  const { invitation, signedIn, unverified, alreadyMember, path: here } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("communities.invitation.title")} />
      {!invitation ? (
        <Notice tone="warn">{t("communities.invitation.invalid")}</Notice>
      ) : (
        <Card>
          <p className="text-lg">
            {invitation.inviter ? (
              <Sentence
                k="communities.invitation.text"
                values={{ inviter: invitation.inviter }}
                dutch={{ name: invitation.community.name }}
              />
            ) : (
              <Sentence k="communities.invitation.textNoInviter" dutch={{ name: invitation.community.name }} />
            )}
          </p>
          <p className="mt-2 text-ink-700">{invitation.community.summary}</p>
          <div className="mt-4">
            {alreadyMember ? (
              <p>
                <Sentence k="communities.invitation.alreadyMember" dutch={{ name: invitation.community.name }} />{" "}
                <Link to={`/communities/${invitation.community.slug}`}>
                  <Sentence k="communities.invitation.toCommunity" dutch={{ name: invitation.community.name }} />
                </Link>
              </p>
            ) : unverified ? (
              <Notice tone="info">
                {t("auth.verify.acceptFirst")} <Link to="/e-mailadres-bevestigen">{t("auth.verify.title")}</Link>
              </Notice>
            ) : signedIn ? (
              <Form method="post">
                <Button>{t("communities.actions.acceptInvitation")}</Button>
              </Form>
            ) : (
              <>
                <p className="mb-3">{t("communities.invitation.loginFirst")}</p>
                <div className="flex gap-3">
                  <LinkButton to={`/inloggen?redirectTo=${encodeURIComponent(here)}`}>{t("common.nav.login")}</LinkButton>
                  <LinkButton to={`/registreren?redirectTo=${encodeURIComponent(here)}`} variant="secondary">
                    {t("common.nav.register")}
                  </LinkButton>
                </div>
              </>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}
