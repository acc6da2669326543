import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { readForm } from "~/.server/form-data.ts";
import { data } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { appUrl } from "~/.server/urls.ts";
import { calendarFeed, regenerateCalendarFeed, revokeCalendarFeed } from "~/.server/meetings.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { Notice, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, metaT(matches)("events.feed.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const feed = await calendarFeed(user.id);
  return { url: feed ? `${appUrl()}${feed.path}` : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const intent = (await readForm(request)).get("intent");
  if (intent === "regenerate") {
    await regenerateCalendarFeed(user.id);
    return redirectWithFlash("/agenda/kalender", "events.flash.feedCreated");
  }
  if (intent === "revoke") {
    await revokeCalendarFeed(user.id);
    return redirectWithFlash("/agenda/kalender", "events.flash.feedRevoked", { kind: "info" });
  }
  return data({ formError: "errors.invalidRequest" }, { status: 400 });
}

export default function CalendarFeedPage() {
  const { t } = useTranslation();
  const { url } = useLoaderData<typeof loader>();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="max-w-3xl">
      <p className="mb-2">
        <Link to="/agenda">← {t("events.page.back")}</Link>
      </p>
      <PageHeader title={t("events.feed.title")} intro={t("events.feed.intro")} />
      <Notice tone="warn">{t("events.feed.privateNote")}</Notice>
      {url ? (
        <div className="mt-4">
          <label htmlFor="feed-url" className="block font-semibold">
            {t("events.feed.urlLabel")}
          </label>
          <input
            id="feed-url"
            readOnly
            value={url}
            className="mt-1 block w-full rounded-md border border-ink-600 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : (
        <p className="mt-4">{t("events.feed.none")}</p>
      )}
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <Form method="post">
          <input type="hidden" name="intent" value="regenerate" />
          <Button disabled={busy} aria-describedby={url ? "regenerate-hint" : undefined}>
            {url ? t("events.feed.regenerate") : t("events.feed.create")}
          </Button>
          {url ? (
            <p id="regenerate-hint" className="mt-1 text-sm text-ink-600">
              {t("events.feed.regenerateHint")}
            </p>
          ) : null}
        </Form>
        {url ? (
          <Form method="post">
            <input type="hidden" name="intent" value="revoke" />
            <Button variant="danger" disabled={busy}>
              {t("events.feed.revoke")}
            </Button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}
