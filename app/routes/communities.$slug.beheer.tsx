import { Content, Sentence } from "~/components/ui/content.tsx";
import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { MemberSummary } from "~/components/members/member-card.tsx";
import { Button } from "~/components/ui/button.tsx";
import { SelectField, TextareaField, TextField } from "~/components/ui/field.tsx";
import { Badge, Card, EmptyState, FormError, withContext } from "~/components/ui/misc.tsx";
import { ACCESS_MODES, COMMUNITY_KINDS, COMMUNITY_ROLES } from "~/shared/enums.ts";
import { communityUpdateSchema, inviteSchema, roleChangeSchema } from "~/shared/forms/communities.ts";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { loadCommunity } from "~/.server/communities.ts";
import {
  changeMemberRole,
  decideJoinRequest,
  inviteByEmail,
  removeMember,
  revokeInvitation,
  updateCommunity,
} from "~/.server/communities.ts";
import { communityMembers } from "~/.server/communities.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, metaT(matches)("communities.manage.title", { name: loaderData.community.name })) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  await orRespond(() => loadCommunity(user, slug, "manage"));
  const { community, members, requests, invitations } = await orRespond(() => communityMembers(user, slug));
  return { community, members, requests, invitations, me: user.id };
}

async function done(slug: string, key: string, params?: Record<string, string>) {
  return redirectWithFlash(`/communities/${slug}/beheer`, key, { params });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  // Who may not manage the community is refused before the form is read (decision 306).
  await orRespond(() => loadCommunity(user, slug, "manage"));
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  return orFormError(async () => {
    switch (intent) {
      case "approve":
      case "refuse": {
        await decideJoinRequest(user, String(form.get("requestId") ?? ""), intent === "approve");
        return done(slug, intent === "approve" ? "communities.flash.approved" : "communities.flash.refused");
      }
      case "invite": {
        const submission = parseWithZod(form, { schema: inviteSchema });
        if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
        // "Already a member" names the email field; the invitation limit shows there too.
        return orFormError(
          async () => {
            await inviteByEmail(user, slug, submission.value.email, submission.value.role);
            return done(slug, "communities.flash.invited", { email: submission.value.email });
          },
          { submission, defaultField: "email", data: { intent } },
        );
      }
      case "revoke": {
        await revokeInvitation(user, String(form.get("invitationId") ?? ""));
        return done(slug, "communities.flash.revoked");
      }
      case "role": {
        const submission = parseWithZod(form, { schema: roleChangeSchema });
        if (submission.status !== "success") return data({ formError: "errors.invalidRequest" }, { status: 400 });
        await changeMemberRole(user, slug, submission.value.userId, submission.value.role);
        // Who stepped down no longer manages the community: back to its page instead of a 403 here.
        if (submission.value.userId === user.id && submission.value.role === "MEMBER") {
          return redirectWithFlash(`/communities/${slug}`, "communities.flash.roleChanged");
        }
        return done(slug, "communities.flash.roleChanged");
      }
      case "remove": {
        await removeMember(user, slug, String(form.get("userId") ?? ""));
        return done(slug, "communities.flash.removed");
      }
      case "update": {
        const submission = parseWithZod(form, { schema: communityUpdateSchema });
        if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
        await updateCommunity(user, slug, submission.value);
        return done(slug, "communities.flash.updated");
      }
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

export default function ManageCommunity() {
  const { t, i18n } = useTranslation();
  const { community, members, requests, invitations, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const result = (intent: string) =>
    actionData && "intent" in actionData && actionData.intent === intent && "result" in actionData ? actionData.result : undefined;

  const [inviteForm, inviteFields] = useForm({
    id: "invite",
    lastResult: result("invite"),
    constraint: getZodConstraint(inviteSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    defaultValue: { role: "MEMBER" },
  });
  const [settingsForm, settingsFields] = useForm({
    id: "settings",
    lastResult: result("update"),
    constraint: getZodConstraint(communityUpdateSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: communityUpdateSchema }),
    defaultValue: {
      name: community.name,
      summary: community.summary,
      about: community.about,
      kind: community.kind,
      accessMode: community.accessMode,
    },
  });
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  // The last facilitator cannot be made a plain member or removed (server/communities/commands.ts keepAFacilitator).
  const facilitatorCount = members.filter((member) => member.role === "FACILITATOR").length;

  return (
    <div className="space-y-8">
      <h2 className="text-2xl font-bold">
        <Sentence k="communities.manage.title" dutch={{ name: community.name }} />
      </h2>
      <p>
        <Link to="/moderatie">{t("moderation.nav.moderation")}</Link>
      </p>
      <FormError error={formError} />

      <section aria-labelledby="requests-heading">
        <h3 id="requests-heading" className="mb-3 text-xl font-bold">
          {t("communities.manage.requests")}
        </h3>
        {requests.length ? (
          <ul className="space-y-3">
            {requests.map((request) => (
              <Card as="li" key={request.id}>
                <MemberSummary profile={request.profile} />
                <p className="text-sm text-ink-600">
                  {t("communities.manage.requestedOn", { date: formatDate(request.createdAt, i18n.language) })}
                </p>
                {request.message ? (
                  <Content as="blockquote" className="mt-2 border-l-4 border-brand-200 pl-3 text-ink-700" text={request.message} />
                ) : null}
                <Form method="post" className="mt-3 flex gap-2">
                  <input type="hidden" name="requestId" value={request.id} />
                  <Button
                    aria-label={withContext(t("communities.actions.approve"), request.profile.displayName)}
                    name="intent"
                    value="approve"
                    size="sm"
                    disabled={busy}
                  >
                    {t("communities.actions.approve")}
                  </Button>
                  <Button
                    aria-label={withContext(t("communities.actions.refuse"), request.profile.displayName)}
                    name="intent"
                    value="refuse"
                    size="sm"
                    variant="danger"
                    disabled={busy}
                  >
                    {t("communities.actions.refuse")}
                  </Button>
                </Form>
              </Card>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("communities.manage.requestsEmpty")}</EmptyState>
        )}
      </section>

      <section aria-labelledby="invite-heading" className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h3 id="invite-heading" tabIndex={-1} className="mb-1 text-xl font-bold">
            {t("communities.manage.invite")}
          </h3>
          <p className="mb-3 text-ink-700">{t("communities.manage.inviteHint")}</p>
          <Form method="post" {...formProps(inviteForm)}>
            <input type="hidden" name="intent" value="invite" />
            <TextField field={inviteFields.email} label={t("communities.manage.inviteEmail")} type="email" autoComplete="off" />
            <SelectField
              field={inviteFields.role}
              label={t("communities.manage.inviteRole")}
              options={COMMUNITY_ROLES.map((role) => ({ value: role, label: t(`communities.communityRoles.${role}`) }))}
            />
            <Button disabled={busy}>{t("communities.actions.invite")}</Button>
          </Form>
        </Card>
        <Card>
          <h3 className="mb-3 text-xl font-bold">{t("communities.manage.invitations")}</h3>
          {invitations.length ? (
            <ul className="space-y-2">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {invitation.email} <Badge>{t(`communities.communityRoles.${invitation.role}`)}</Badge>{" "}
                    <span className="text-sm text-ink-600">
                      {t("communities.manage.invitedUntil", { date: formatDate(invitation.expiresAt, i18n.language) })}
                    </span>
                  </span>
                  <Form method="post">
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <Button
                      aria-label={withContext(t("communities.actions.revoke"), invitation.email)}
                      name="intent"
                      value="revoke"
                      size="sm"
                      variant="ghost"
                      disabled={busy}
                    >
                      {t("communities.actions.revoke")}
                    </Button>
                  </Form>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-ink-600">{t("communities.manage.invitationsEmpty")}</p>
          )}
        </Card>
      </section>

      <section aria-labelledby="roles-heading">
        <h3 id="roles-heading" tabIndex={-1} className="mb-3 text-xl font-bold">
          {t("communities.manage.members")}
        </h3>
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {members.map((member) => (
            <li key={member.membershipId} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <MemberSummary profile={member.profile}>
                <span className="ms-2">
                  <Badge tone={member.role === "FACILITATOR" ? "ok" : "neutral"}>{t(`communities.communityRoles.${member.role}`)}</Badge>
                </span>
              </MemberSummary>
              {member.role === "FACILITATOR" && facilitatorCount <= 1 ? (
                <p className="text-sm text-ink-700">{t("communities.manage.soleFacilitator")}</p>
              ) : (
                <div className="flex flex-wrap gap-2">
                  <Form method="post">
                    <input type="hidden" name="userId" value={member.profile.id} />
                    <input type="hidden" name="role" value={member.role === "FACILITATOR" ? "MEMBER" : "FACILITATOR"} />
                    <Button
                      aria-label={withContext(
                        member.role === "FACILITATOR" ? t("communities.actions.makeMember") : t("communities.actions.makeFacilitator"),
                        member.profile.displayName,
                      )}
                      name="intent"
                      value="role"
                      size="sm"
                      variant="secondary"
                      disabled={busy}
                    >
                      {member.role === "FACILITATOR" ? t("communities.actions.makeMember") : t("communities.actions.makeFacilitator")}
                    </Button>
                  </Form>
                  {member.profile.id !== me ? (
                    <Form method="post">
                      <input type="hidden" name="userId" value={member.profile.id} />
                      <Button
                        aria-label={withContext(t("communities.actions.remove"), member.profile.displayName)}
                        name="intent"
                        value="remove"
                        size="sm"
                        variant="danger"
                        disabled={busy}
                      >
                        {t("communities.actions.remove")}
                      </Button>
                    </Form>
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="settings-heading">
        <Card>
          <h3 id="settings-heading" className="mb-3 text-xl font-bold">
            {t("communities.manage.settings")}
          </h3>
          <Form method="post" {...formProps(settingsForm)}>
            <input type="hidden" name="intent" value="update" />
            <TextField field={settingsFields.name} label={t("communities.manage.name")} />
            <TextField field={settingsFields.summary} label={t("communities.manage.summary")} />
            <TextareaField field={settingsFields.about} label={t("communities.manage.about")} rows={8} />
            <SelectField
              field={settingsFields.kind}
              label={t("communities.manage.kind")}
              options={COMMUNITY_KINDS.map((kind) => ({ value: kind, label: t(`communities.kinds.${kind}`) }))}
            />
            <SelectField
              field={settingsFields.accessMode}
              label={t("communities.manage.accessMode")}
              options={ACCESS_MODES.map((mode) => ({ value: mode, label: t(`communities.access.${mode}`) }))}
            />
            <Button disabled={busy}>{t("common.actions.save")}</Button>
          </Form>
        </Card>
      </section>
    </div>
  );
}
