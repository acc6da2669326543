import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { orRespond } from "~/.server/errors.ts";
import { listOutbox, outboxPeer } from "~/.server/notifications.ts";
import { EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { peerAddress } from "~/.server/moderation.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("notifications.devMail.title")),
  { name: "robots", content: "noindex" },
];

/** Development only (404 in production): the mails written to .data/mail/ when there is no SMTP server. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return orRespond(() => listOutbox(outboxPeer(request.headers, peerAddress(context))));
}

export default function DevMails() {
  const { t, i18n } = useTranslation();
  const { directory, mails } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("notifications.devMail.title")} intro={t("notifications.devMail.intro", { dir: directory })} />
      {mails.length ? (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {mails.map((mail) => (
            <li key={mail.file} className="p-4">
              <p className="font-semibold">
                <Link to={`/ontwikkeling/mails/${encodeURIComponent(mail.file)}`}>{mail.subject || mail.file}</Link>
              </p>
              <p className="text-sm text-ink-600">
                {t("notifications.devMail.to")}: {mail.to} ·{" "}
                {mail.date ? formatDate(mail.date, i18n.language, { dateStyle: "medium", timeStyle: "medium" }) : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t("notifications.devMail.empty")}</EmptyState>
      )}
    </>
  );
}
