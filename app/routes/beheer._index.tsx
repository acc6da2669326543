/**
 * /beheer — one entry point for moderators and admins, so the main menu needs
 * a single "Beheer" link instead of one per tool.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { requireUser } from "~/.server/session.ts";
import { Card, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("common.admin.title")),
  { name: "robots", content: "noindex" },
];

const TOOLS = [
  { to: "/moderatie", key: "moderation", roles: ["MODERATOR", "ADMIN"] },
  { to: "/bibliotheek/beheer", key: "library", roles: ["MODERATOR", "ADMIN"] },
  { to: "/beheer/zoekwoorden", key: "thesaurus", roles: ["MODERATOR", "ADMIN"] },
  { to: "/beheer/auditlog", key: "audit", roles: ["ADMIN", "MODERATOR"] },
  { to: "/beheer/wachtrijen", key: "queues", roles: ["ADMIN"] },
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const tools = TOOLS.filter((tool) => (tool.roles as readonly string[]).includes(user.globalRole));
  if (tools.length === 0) throw data({ message: "errors.forbidden" }, { status: 403 });
  return { tools: tools.map(({ to, key }) => ({ to, key })) };
}

export default function AdminPage() {
  const { t } = useTranslation();
  const { tools } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("common.admin.title")} intro={t("common.admin.intro")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {tools.map((tool) => (
          <Card as="li" key={tool.key}>
            <h2 className="text-xl font-bold">
              <Link to={tool.to}>{t(`common.admin.tools.${tool.key}.title`)}</Link>
            </h2>
            <p className="mt-2 text-ink-700">{t(`common.admin.tools.${tool.key}.text`)}</p>
          </Card>
        ))}
      </ul>
    </>
  );
}
