import { parseWithZod } from "@conform-to/zod/v4";
import { Content, Sentence } from "~/components/ui/content.tsx";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Outlet, useActionData, useLoaderData, useNavigation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { forVisitors } from "~/.server/public-cache.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { getUser, requireUser } from "~/.server/session.ts";
import { CommunityTabs } from "~/components/communities/community-tabs.tsx";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { Badge, FormError, Notice } from "~/components/ui/misc.tsx";
import { JOIN_REQUEST_MESSAGE_MAX, joinRequestSchema } from "~/shared/forms/communities.ts";
import { FieldErrors } from "~/components/ui/field.tsx";
import { ErrorPage, errorStatus, errorTitleKey } from "~/components/layout/error-page.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { joinCommunity, leaveCommunity, requestToJoin, withdrawRequest } from "~/.server/communities.ts";
import { communityPage } from "~/.server/communities.ts";
import { readForm } from "~/.server/form-data.ts";
import { keptForVisitors } from "~/utils/visitor-pages.ts";
import { LeaveCommunity } from "~/components/communities/leave-community.tsx";
import { useSharedSocket } from "~/components/discussions/realtime.tsx";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData, error }) => {
  // A tab that refused (ErrorBoundary below) is titled by what happened, as the site's error pages are;
  // an unknown community too, which has no name to add (it had no title at all: walk 13).
  if (!loaderData) return error ? pageMeta(matches, metaT(matches)(errorTitleKey(errorStatus(error)))) : [];
  if (error) return pageMeta(matches, `${metaT(matches)(errorTitleKey(errorStatus(error)))}: ${loaderData.community.name}`);
  return pageMeta(matches, loaderData.community.name, loaderData.community.summary);
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const slug = params.slug ?? "";
  const page = await orRespond(() => forVisitors(user, `community:${slug}`, () => communityPage(user, slug)));
  return { ...page, signedIn: user !== null, unverified: user !== null && !user.emailVerified };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const form = await readForm(request);
  const intent = form.get("intent");
  return orFormError(async () => {
    switch (intent) {
      case "join": {
        const community = await joinCommunity(user, slug);
        return redirectWithFlash(`/communities/${slug}`, "communities.flash.joined", { params: { name: community.name } });
      }
      case "request": {
        const submission = parseWithZod(form, { schema: joinRequestSchema });
        if (submission.status !== "success") {
          // The message stays in the field, with what is wrong beside it (the limit included).
          const message = form.get("message");
          const error = submission.error?.message?.[0] ?? "errors.invalidRequest";
          return data({ messageError: error, message: typeof message === "string" ? message : "" }, { status: 400 });
        }
        const community = await requestToJoin(user, slug, submission.value.message);
        return redirectWithFlash(`/communities/${slug}`, "communities.flash.requested", { params: { name: community.name } });
      }
      case "withdraw": {
        await withdrawRequest(user, slug);
        return redirectWithFlash(`/communities/${slug}`, "communities.flash.withdrawn", { kind: "info" });
      }
      case "leave": {
        const community = await leaveCommunity(user, slug);
        return redirectWithFlash(`/communities/${slug}`, "communities.flash.left", { kind: "info", params: { name: community.name } });
      }
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

export default function CommunityLayout() {
  const { t, i18n } = useTranslation();
  const { community, context, permissions, memberCount, signedIn, unverified, pendingRequests, soleFacilitator } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const socket = useSharedSocket();
  const en = i18n.language === "en";
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  const messageError = actionData && "messageError" in actionData ? actionData : null;
  return (
    <>
      <header className="mb-6">
        <p className="text-sm font-semibold text-ink-600">
          <Link to={`/themas/${community.theme.slug}`}>{en ? community.theme.nameEn : community.theme.nameNl}</Link>
        </p>
        <Content as="h1" className="mt-1 text-3xl font-bold" text={community.name} sample={[community.name, community.summary]} />
        <Content
          as="p"
          className="mt-2 max-w-3xl text-lg text-ink-700"
          text={community.summary}
          sample={[community.name, community.summary]}
        />
        <div className="mt-3 flex flex-wrap gap-2">
          <Badge>{t(`communities.kinds.${community.kind}`)}</Badge>
          <Badge tone="brand">{t(`communities.access.${community.accessMode}`)}</Badge>
          <Badge>{t("communities.memberCount", { count: memberCount })}</Badge>
          {context.role ? <Badge tone="ok">{t(`communities.communityRoles.${context.role}`)}</Badge> : null}
        </div>
        {/* After "Word lid" the button is gone: focus goes to the community's tabs (now with Discussies), not
            to the theme link at the top (walk 17). */}
        <div className="mt-4" data-focus-instead="#community-tabs a:not([aria-current])">
          <FormError error={formError} />
          {permissions.manage && pendingRequests > 0 ? (
            <Notice tone="warn">
              <Link to={`/communities/${community.slug}/beheer`}>{t("communities.page.pendingRequests", { count: pendingRequests })}</Link>
            </Notice>
          ) : null}
          {!signedIn ? (
            <LinkButton to={`/inloggen?redirectTo=${encodeURIComponent(`/communities/${community.slug}`)}`}>
              {t("communities.actions.loginToJoin")}
            </LinkButton>
          ) : unverified && !context.role ? (
            <Notice tone="info">
              {t("auth.verify.joinFirst")} <Link to="/e-mailadres-bevestigen">{t("auth.verify.title")}</Link>
            </Notice>
          ) : permissions.join ? (
            <Form method="post" action={`/communities/${community.slug}`}>
              <Button name="intent" value="join" disabled={busy}>
                {context.invited ? t("communities.actions.acceptInvitation") : t("communities.actions.join")}
              </Button>
            </Form>
          ) : permissions.request ? (
            <Form method="post" action={`/communities/${community.slug}`} className="max-w-xl">
              <label htmlFor="request-message" className="block font-semibold">
                {t("communities.actions.requestMessage")} <span className="font-normal text-ink-600">({t("common.optional")})</span>
              </label>
              <p id="request-message-hint" className="text-sm text-ink-600">
                {t("communities.actions.requestMessageHint", { count: JOIN_REQUEST_MESSAGE_MAX })}
              </p>
              <textarea
                id="request-message"
                name="message"
                rows={3}
                maxLength={JOIN_REQUEST_MESSAGE_MAX}
                defaultValue={messageError?.message}
                aria-invalid={messageError ? true : undefined}
                aria-describedby={messageError ? "request-message-hint request-message-error" : "request-message-hint"}
                className="mt-1 block w-full rounded-md border border-ink-600 px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger-700"
              />
              <div className="mb-3">
                <FieldErrors id="request-message-error" errors={messageError ? [messageError.messageError] : undefined} />
              </div>
              <Button name="intent" value="request" disabled={busy}>
                {t("communities.actions.request")}
              </Button>
            </Form>
          ) : context.requested && !context.role ? (
            <Form method="post" action={`/communities/${community.slug}`} className="flex flex-wrap items-center gap-3">
              <Notice tone="info">{t("communities.actions.requested")}</Notice>
              <Button name="intent" value="withdraw" variant="secondary" size="sm" disabled={busy}>
                {t("communities.actions.withdraw")}
              </Button>
            </Form>
          ) : null}
        </div>
      </header>
      <CommunityTabs slug={community.slug} permissions={permissions} kind={community.kind} />
      <Outlet />
      {permissions.leave ? (
        <LeaveCommunity community={community} soleFacilitator={soleFacilitator} memberCount={memberCount} busy={busy} socket={socket} />
      ) : null}
    </>
  );
}

/**
 * A tab of the community (discussions, documents, members, meetings) that refused someone who is
 * signed in but not a member: the site's error page said only "Je hebt geen toegang tot deze
 * pagina." with a link home (walk 10). It now says why and leads to the community's page, which
 * says how to join, ask or accept an invitation. Any other error keeps the site's error page.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const page = useRouteLoaderData<typeof loader>("routes/communities.$slug");
  if (!page || errorStatus(error) !== 403 || page.context.role) return <ErrorPage error={error} />;
  const { community } = page;
  return (
    <section>
      <h1 className="text-3xl font-bold">{t("communities.membersOnly.title")}</h1>
      <p className="mt-3 text-lg">
        <Sentence k="communities.membersOnly.text" dutch={{ name: community.name }} />
      </p>
      <p className="mt-6">
        <LinkButton to={`/communities/${community.slug}`} variant="secondary">
          <Sentence k="communities.membersOnly.toCommunity" dutch={{ name: community.name }} />
        </LinkButton>
      </p>
    </section>
  );
}
