import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { alreadyUnsubscribed, applyUnsubscribe, describeUnsubscribe, verifyUnsubscribeToken } from "~/.server/notifications.ts";
import { Button } from "~/components/ui/button.tsx";
import { Card, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("notifications.unsubscribe.title")),
  { name: "robots", content: "noindex" },
];

/** The signed link names the member and what to stop; no login needed (RFC 8058 one-click works with POST). */
async function target(token: string | undefined) {
  const verified = verifyUnsubscribeToken(token ?? "");
  if (!verified) return null;
  const described = await describeUnsubscribe(verified.userId, verified.scope);
  return described ? { userId: verified.userId, target: described } : null;
}

function view(found: NonNullable<Awaited<ReturnType<typeof target>>>) {
  const t = found.target;
  return t.kind === "digestCommunity"
    ? { kind: t.kind, community: t.communityName }
    : t.kind === "emailKind"
      ? { kind: t.kind, notificationKind: t.notificationKind }
      : { kind: t.kind };
}

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await target(params.token);
  if (!found) return data({ valid: false as const }, { status: 400 });
  // A second visit (the link opened again) says it is done instead of asking again.
  return data({ valid: true as const, target: view(found), already: await alreadyUnsubscribed(found.userId, found.target) });
}

export async function action({ params }: ActionFunctionArgs) {
  const found = await target(params.token);
  if (!found) return data({ done: false as const }, { status: 400 });
  await applyUnsubscribe(found.userId, found.target);
  return data({ done: true as const });
}

export default function Unsubscribe() {
  const { t } = useTranslation();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!loaderData.valid || actionData?.done === false) {
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader title={t("notifications.unsubscribe.title")} />
        <Notice tone="warn">{t("notifications.unsubscribe.invalid")}</Notice>
      </div>
    );
  }
  if (actionData?.done) {
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader title={t("notifications.unsubscribe.doneTitle")} />
        <Notice tone="success">{t("notifications.unsubscribe.done")}</Notice>
        <p>
          <Link to="/instellingen/meldingen">{t("notifications.unsubscribe.settingsLink")}</Link>
        </p>
      </div>
    );
  }
  const target = loaderData.target;
  if (loaderData.already) {
    const said =
      target.kind === "digest"
        ? t("notifications.unsubscribe.already.digest")
        : target.kind === "email"
          ? t("notifications.unsubscribe.already.email")
          : target.kind === "digestCommunity"
            ? "community" in target && target.community
              ? t("notifications.unsubscribe.already.digestCommunity", { community: target.community })
              : t("notifications.unsubscribe.already.digestCommunityUnnamed")
            : t("notifications.unsubscribe.already.emailKind", {
                kind:
                  "notificationKind" in target && target.notificationKind ? t(`notifications.kindNames.${target.notificationKind}`) : "",
              });
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader title={t("notifications.unsubscribe.already.title")} />
        <Notice tone="success">{said}</Notice>
        <p className="mt-4">{t("notifications.unsubscribe.already.again")}</p>
        <p>
          <Link to="/instellingen/meldingen">{t("notifications.unsubscribe.settingsLink")}</Link>
        </p>
      </div>
    );
  }
  const question =
    target.kind === "digest"
      ? t("notifications.unsubscribe.confirm.digest")
      : target.kind === "email"
        ? t("notifications.unsubscribe.confirm.email")
        : target.kind === "digestCommunity"
          ? t("notifications.unsubscribe.confirm.digestCommunity", {
              community: "community" in target && target.community ? target.community : "—",
            })
          : t("notifications.unsubscribe.confirm.emailKind", {
              kind: "notificationKind" in target && target.notificationKind ? t(`notifications.kindNames.${target.notificationKind}`) : "",
            });
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("notifications.unsubscribe.title")} />
      <Card>
        <p className="mb-4 text-lg">{question}</p>
        <Form method="post">
          <Button>{t("notifications.unsubscribe.button")}</Button>
        </Form>
      </Card>
    </div>
  );
}
