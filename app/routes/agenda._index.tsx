import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { agenda } from "~/.server/meetings.ts";
import { requireUser } from "~/.server/session.ts";
import { MeetingCard } from "~/components/meetings/meeting-card.tsx";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { AGENDA_SCOPES, type AgendaScope } from "~/shared/meetings.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  pageMeta(matches, metaT(matches)("events.agenda.title"), metaT(matches)("events.agenda.intro"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const requested = new URL(request.url).searchParams.get("toon");
  const scope: AgendaScope = AGENDA_SCOPES.find((s) => s === requested) ?? "all";
  const { meetings, canCreatePlatformMeeting } = await agenda(user, scope);
  return { scope, meetings, canCreatePlatformMeeting };
}

export default function Agenda() {
  const { t } = useTranslation();
  const { scope, meetings, canCreatePlatformMeeting } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("events.agenda.title")} intro={t("events.agenda.intro")}>
        <p className="mt-4 flex flex-wrap gap-3">
          {canCreatePlatformMeeting ? <LinkButton to="/agenda/nieuw">{t("events.agenda.new")}</LinkButton> : null}
          <LinkButton to="/agenda/kalender" variant="secondary">
            {t("events.agenda.feed")}
          </LinkButton>
        </p>
      </PageHeader>
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="agenda-scope" className="block font-semibold">
            {t("events.agenda.filterLabel")}
          </label>
          <select id="agenda-scope" name="toon" defaultValue={scope} className="mt-1 rounded-md border border-ink-600 bg-white px-3 py-2">
            {AGENDA_SCOPES.map((value) => (
              <option key={value} value={value}>
                {t(`events.agenda.scopes.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">{t("common.actions.filter")}</Button>
      </Form>
      {meetings.length === 0 ? (
        <EmptyState>{t("events.agenda.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3" aria-label={t(`events.agenda.scopes.${scope}`)}>
          {meetings.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} headingLevel={2} />
          ))}
        </ul>
      )}
    </>
  );
}
