import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Content, Sentence } from "~/components/ui/content.tsx";
import { NotificationSentence } from "~/components/notifications/notification-sentence.tsx";
import { data } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "~/.server/notifications.ts";
import { requireUser } from "~/.server/session.ts";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { Badge, EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { useLiveNotificationList } from "~/components/notifications/use-live-notification-list.ts";
import { notificationExcerpt, notificationMessage } from "~/shared/notifications.ts";
import { cn } from "~/utils/cn.ts";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("notifications.page.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const unreadOnly = url.searchParams.get("ongelezen") === "1";
  const page = Number(url.searchParams.get("pagina") ?? "1") || 1;
  const result = await listNotifications(user, { page, unreadOnly });
  // The moment the list is read: a reminder says the meeting's day relative to it (decision 319), the same on server and client.
  return { ...result, unreadOnly, now: new Date().toISOString() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  const back = form.get("ongelezen") === "1" ? "/meldingen?ongelezen=1" : "/meldingen";
  if (intent === "read-all") {
    await markAllNotificationsRead(user);
    return redirectWithFlash(back, "notifications.page.allRead");
  }
  if (intent === "read") {
    const id = form.get("id");
    if (typeof id !== "string" || id.length > 40) return data({ formError: "errors.invalidRequest" }, { status: 400 });
    await markNotificationRead(user, id);
    return redirectWithFlash(back, "notifications.page.marked");
  }
  return data({ formError: "errors.invalidRequest" }, { status: 400 });
}

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { items, page, pageCount, unreadOnly, now } = useLoaderData<typeof loader>();
  const busy = useNavigation().state !== "idle";
  useLiveNotificationList();
  const pageLink = (target: number) =>
    `/meldingen?${new URLSearchParams({ ...(unreadOnly ? { ongelezen: "1" } : {}), pagina: String(target) })}`;
  const tab = (active: boolean) =>
    cn(
      "rounded-md px-3 py-2 font-semibold",
      active ? "bg-brand-700 text-white no-underline hover:text-white" : "text-brand-700 hover:bg-brand-50",
    );
  return (
    <>
      <PageHeader title={t("notifications.page.title")} intro={t("notifications.page.intro")}>
        <p className="mt-3">
          <Link to="/instellingen/meldingen">{t("notifications.page.settings")}</Link>
        </p>
      </PageHeader>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("notifications.page.filterLabel")} className="flex gap-2">
          <Link to="/meldingen" className={tab(!unreadOnly)} aria-current={!unreadOnly ? "page" : undefined}>
            {t("notifications.page.all")}
          </Link>
          <Link to="/meldingen?ongelezen=1" className={tab(unreadOnly)} aria-current={unreadOnly ? "page" : undefined}>
            {t("notifications.page.unread")}
          </Link>
        </nav>
        <Form method="post">
          <input type="hidden" name="intent" value="read-all" />
          {unreadOnly ? <input type="hidden" name="ongelezen" value="1" /> : null}
          <Button variant="secondary" size="sm" disabled={busy}>
            {t("notifications.page.markAllRead")}
          </Button>
        </Form>
      </div>
      {/* "Mark as read:" starts every such button's name; the notification's sentence, its Dutch marked, ends it (decision 299). */}
      <span id="mark-read-name" hidden>
        {t("notifications.page.markReadName")}
      </span>
      {items.length ? (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {items.map((item) => {
            const message = notificationMessage(item, { language: i18n.language, now: new Date(now) });
            const excerpt = notificationExcerpt(item);
            return (
              <li key={item.id} className={cn("flex flex-wrap items-start justify-between gap-3 p-4", item.read ? "" : "bg-brand-50")}>
                <div className="min-w-0 flex-1">
                  <p className="font-semibold">
                    {!item.read ? (
                      <span className="me-2">
                        <Badge tone="brand">{t("notifications.page.new")}</Badge>
                      </span>
                    ) : null}
                    <a href={`/meldingen/${item.id}`} id={`notification-${item.id}`}>
                      <NotificationSentence message={message} />
                    </a>
                  </p>
                  {excerpt ? <Content as="p" className="mt-1 text-ink-700" text={excerpt} /> : null}
                  <p className="mt-1 text-sm text-ink-600">
                    {formatDate(item.createdAt, i18n.language, { dateStyle: "medium", timeStyle: "short" })}
                    {item.community ? (
                      <>
                        {" · "}
                        <Sentence k="notifications.page.inCommunity" dutch={{ community: item.community.name }} />
                      </>
                    ) : null}
                  </p>
                </div>
                {!item.read ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="read" />
                    <input type="hidden" name="id" value={item.id} />
                    {unreadOnly ? <input type="hidden" name="ongelezen" value="1" /> : null}
                    <Button variant="ghost" size="sm" disabled={busy} aria-labelledby={`mark-read-name notification-${item.id}`}>
                      {t("notifications.page.markRead")}
                    </Button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState>{unreadOnly ? t("notifications.page.emptyUnread") : t("notifications.page.empty")}</EmptyState>
      )}
      {pageCount > 1 ? (
        <nav aria-label={t("common.pagination.label")} className="mt-6 flex items-center gap-4">
          {page > 1 ? (
            <LinkButton to={pageLink(page - 1)} variant="ghost" size="sm">
              {t("common.actions.previous")}
            </LinkButton>
          ) : null}
          <span>{t("common.pagination.page", { page, count: pageCount })}</span>
          {page < pageCount ? (
            <LinkButton to={pageLink(page + 1)} variant="ghost" size="sm">
              {t("common.actions.next")}
            </LinkButton>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
