import { DutchOption, Sentence } from "~/components/ui/content.tsx";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { agendaWithPlanningTargets } from "~/.server/meetings.ts";
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
  // The list and where the member may plan: one statement (decision 321).
  const { meetings, planTargets } = await agendaWithPlanningTargets(user, scope);
  return { scope, meetings, planTargets };
}

type PlanTargets = Awaited<ReturnType<typeof loader>>["planTargets"];

/**
 * The way to the planning form for whoever may plan (decision 242): one button for one place, a choice
 * (a GET form, so it works without JavaScript) for several. Members who plan nothing see nothing.
 */
function PlanMeeting({ targets }: { targets: PlanTargets }) {
  const { t } = useTranslation();
  const [only] = targets.communities;
  const count = targets.communities.length + (targets.platform ? 1 : 0);
  if (count === 0) return null;
  if (count === 1)
    return only ? (
      <LinkButton to={`/agenda/nieuw?community=${encodeURIComponent(only.slug)}`}>
        <Sentence k="events.agenda.newIn" dutch={{ community: only.name }} />
      </LinkButton>
    ) : (
      <LinkButton to="/agenda/nieuw">{t("events.agenda.new")}</LinkButton>
    );
  return (
    <Form method="get" action="/agenda/nieuw" className="flex w-full flex-wrap items-end gap-3">
      <div className="w-full min-w-0 sm:w-auto">
        <label htmlFor="plan-for" className="block font-semibold">
          {t("events.agenda.planLabel")}
        </label>
        <select
          id="plan-for"
          name="community"
          className="mt-1 w-full max-w-full rounded-md border border-ink-600 bg-white px-3 py-2 sm:w-auto"
        >
          {/* Moderators planned platform-wide meetings from here before (their first choice). */}
          {targets.platform ? <option value="">{t("events.agenda.planPlatform")}</option> : null}
          {targets.communities.map((community) => (
            <DutchOption key={community.slug} value={community.slug} label={community.name} />
          ))}
        </select>
      </div>
      <Button>{t("events.agenda.planSubmit")}</Button>
    </Form>
  );
}

export default function Agenda() {
  const { t } = useTranslation();
  const { scope, meetings, planTargets } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("events.agenda.title")} intro={t("events.agenda.intro")}>
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <PlanMeeting targets={planTargets} />
          <LinkButton to="/agenda/kalender" variant="secondary">
            {t("events.agenda.feed")}
          </LinkButton>
        </div>
      </PageHeader>
      <Form method="get" className="mb-6 flex flex-wrap items-end gap-3" autoComplete="off">
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
