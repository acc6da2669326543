import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { orRespond } from "~/.server/errors.ts";
import { outboxPeer, readOutboxMail } from "~/.server/notifications.ts";
import { Card, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { peerAddress } from "~/.server/moderation.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("notifications.devMail.title")),
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return orRespond(() => readOutboxMail(params.file ?? "", outboxPeer(request.headers, peerAddress(context))));
}

export default function DevMail() {
  const { t } = useTranslation();
  const mail = useLoaderData<typeof loader>();
  const base = `/ontwikkeling/mails/${encodeURIComponent(mail.file)}`;
  return (
    <>
      <p className="mb-4">
        <Link to="/ontwikkeling/mails">{t("notifications.devMail.back")}</Link>
      </p>
      <PageHeader title={mail.subject} intro={`${t("notifications.devMail.to")}: ${mail.to}`} />
      <p className="mb-4 flex flex-wrap gap-4">
        {mail.html ? <a href={`${base}/html`}>{t("notifications.devMail.html")}</a> : null}
        <a href={`${base}/eml`} download={mail.file}>
          {t("notifications.devMail.download")}
        </a>
      </p>
      <Card className="mb-4">
        <h2 className="mb-2 text-xl font-bold">{t("notifications.devMail.headers")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {mail.headers.map((header) => (
            <div key={header.name} className="contents">
              <dt className="font-semibold">{header.name}</dt>
              <dd className="break-all">{header.value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("notifications.devMail.text")}</h2>
        <pre className="whitespace-pre-wrap break-words text-sm">{mail.text}</pre>
      </Card>
    </>
  );
}
