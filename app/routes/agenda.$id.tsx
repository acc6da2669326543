import { parseWithZod } from "@conform-to/zod/v4";
import { Dutch, Sentence, useContentLang } from "~/components/ui/content.tsx";
import { readForm } from "~/.server/form-data.ts";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { answerRsvp, cancelMeeting, createMeetingNotes, loadMeeting, meetingPage } from "~/.server/meetings.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { MeetingTime } from "~/components/meetings/meeting-card.tsx";
import { usePromotionReload } from "~/components/meetings/use-promotion-reload.ts";
import { Button, LinkButton } from "~/components/ui/button.tsx";
import { FieldErrors, useInvalidFocus } from "~/components/ui/field.tsx";
import { Badge, Card, FormError, Notice } from "~/components/ui/misc.tsx";
import { RSVP_ANSWERS, rsvpSchema } from "~/shared/meetings.ts";
import { pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, loaderData.meeting.title) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return orRespond(() => meetingPage(user, params.id ?? ""));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  const form = await readForm(request);
  return orFormError(async () => {
    switch (form.get("intent")) {
      case "rsvp": {
        // A meeting one may not see is not found, whatever the form says (decision 306).
        await loadMeeting(user, id, "read");
        const submission = parseWithZod(form, { schema: rsvpSchema });
        // Said at the choice, not above the section: which answer is missing, and focus on the first.
        if (submission.status !== "success") return data({ answerError: "events.errors.answerMissing" }, { status: 400 });
        const result = await answerRsvp(user, id, submission.value.answer);
        const key =
          result.answer === "YES"
            ? result.status === "WAITLISTED"
              ? "events.flash.rsvpWaitlisted"
              : "events.flash.rsvpConfirmed"
            : result.answer === "MAYBE"
              ? "events.flash.rsvpMaybe"
              : "events.flash.rsvpNo";
        return redirectWithFlash(`/agenda/${id}`, key);
      }
      case "cancel": {
        await cancelMeeting(user, id);
        return redirectWithFlash(`/agenda/${id}`, "events.flash.cancelled", { kind: "info" });
      }
      case "notes": {
        const notes = await createMeetingNotes(user, id);
        return redirect(`/communities/${notes.communitySlug}/documenten/${notes.documentId}`);
      }
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

export default function MeetingPage() {
  const { t } = useTranslation();
  const { meeting, permissions, started, ended, mine, waitlistPosition, counts, attendees, notesDocument } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lang = useContentLang(meeting.title, meeting.description);
  const busy = useNavigation().state !== "idle";
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  const answerError = actionData && "answerError" in actionData ? actionData.answerError : null;
  const answerFocus = useInvalidFocus("rsvp-answer", answerError !== null);
  const canAnswer = permissions.rsvp && !meeting.cancelled && !ended;
  usePromotionReload(mine?.answer === "YES" && mine.status === "WAITLISTED");
  return (
    <article aria-labelledby="event-title" className="max-w-3xl">
      <p className="mb-2">
        <Link to={meeting.community ? `/communities/${meeting.community.slug}/bijeenkomsten` : "/agenda"}>
          ← {meeting.community ? meeting.community.name : t("events.page.back")}
        </Link>
      </p>
      <p className="text-sm font-semibold text-ink-600">
        {meeting.community ? (
          <Sentence k="events.page.organisedIn" dutch={{ community: meeting.community.name }} />
        ) : (
          t("events.page.platform")
        )}
      </p>
      <h1 id="event-title" className="mt-1 text-3xl font-bold" lang={lang}>
        {meeting.title}
      </h1>
      {meeting.cancelled ? (
        <div className="mt-3">
          <Notice tone="warn">{t("events.page.cancelled")}</Notice>
        </div>
      ) : null}
      <dl className="mt-4 grid gap-2">
        <div>
          <dt className="font-semibold">{t("events.page.when")}</dt>
          <dd>
            <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
            <span className="block text-sm text-ink-600">{t("events.page.timeZone")}</span>
          </dd>
        </div>
        {meeting.location ? (
          <div>
            <dt className="font-semibold">{t("events.page.where")}</dt>
            <dd>{meeting.location}</dd>
          </div>
        ) : null}
        {meeting.onlineUrl ? (
          <div>
            <dt className="font-semibold">{t("events.page.online")}</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer nofollow" className="break-all">
                {meeting.onlineUrl}
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-semibold">{t("events.page.capacity")}</dt>
          <dd>
            {meeting.capacity !== null
              ? // Fewer seats after sign-ups never removes anyone (updateMeeting): then it says so (walk 17: "2 van 1 plaatsen").
                t(counts.yes > meeting.capacity ? "events.page.overbooked" : "events.page.capacityLine", {
                  taken: counts.yes,
                  count: meeting.capacity,
                })
              : `${t("events.card.attending", { count: counts.yes })} · ${t("events.page.noLimit")}`}
            {counts.waitlisted ? ` · ${t("events.page.waitlisted", { count: counts.waitlisted })}` : null}
            {counts.maybe ? ` · ${t("events.page.maybe", { count: counts.maybe })}` : null}
          </dd>
        </div>
      </dl>
      <div className="mt-6 grid gap-3" lang={lang}>
        {meeting.description.split(/\n\s*\n/).map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
      <p className="mt-6">
        <a href={`/agenda/${meeting.id}/kalender.ics`} download className="font-semibold">
          {t("events.page.downloadIcs")}
        </a>
      </p>

      <section aria-labelledby="rsvp-title" className="mt-8">
        <h2 id="rsvp-title" className="text-2xl font-bold">
          {t("events.page.rsvpTitle")}
        </h2>
        <FormError error={formError} />
        {mine && mine.answer === "YES" && mine.status === "CONFIRMED" ? <Notice tone="success">{t("events.page.confirmed")}</Notice> : null}
        {mine && mine.answer === "YES" && mine.status === "WAITLISTED" ? (
          <Notice tone="info">{t("events.page.waitlisted", { position: waitlistPosition ?? 1 })}</Notice>
        ) : null}
        {mine && mine.answer !== "YES" ? <p>{t("events.page.rsvpNow", { answer: t(`events.answerShort.${mine.answer}`) })}</p> : null}
        {ended ? <p>{t("events.page.ended")}</p> : null}
        {!permissions.rsvp && !meeting.cancelled && !ended ? (
          <Notice tone="info">
            {t("auth.verify.required")} <Link to="/e-mailadres-bevestigen">{t("auth.verify.title")}</Link>
          </Notice>
        ) : null}
        {canAnswer ? (
          <Form method="post" noValidate className="mt-3">
            <input type="hidden" name="intent" value="rsvp" />
            <fieldset aria-describedby={answerError ? "rsvp-answer-error" : undefined}>
              <legend className="font-semibold">{t("events.page.rsvpLegend")}</legend>
              <div className="mt-2 grid gap-2">
                {RSVP_ANSWERS.map((answer) => (
                  <label key={answer} className="flex items-center gap-2">
                    <input
                      type="radio"
                      name="answer"
                      value={answer}
                      id={answer === RSVP_ANSWERS[0] ? "rsvp-answer" : undefined}
                      defaultChecked={mine?.answer === answer}
                      required
                      autoFocus={answer === RSVP_ANSWERS[0] ? answerFocus : undefined}
                      aria-invalid={answerError ? true : undefined}
                      className="h-5 w-5"
                    />
                    {t(`events.answers.${answer}`)}
                  </label>
                ))}
              </div>
              <FieldErrors id="rsvp-answer-error" errors={answerError ? [answerError] : undefined} />
            </fieldset>
            <Button className="mt-3" disabled={busy}>
              {t("events.page.rsvpSubmit")}
            </Button>
          </Form>
        ) : null}
      </section>

      {permissions.manage ? (
        <section aria-labelledby="manage-title" className="mt-10 border-t border-line pt-6">
          <h2 id="manage-title" className="text-2xl font-bold">
            {t("events.page.manage")}
          </h2>
          {!meeting.cancelled ? (
            <div className="mt-3 flex flex-wrap items-start gap-3">
              <LinkButton to={`/agenda/${meeting.id}/bewerken`} variant="secondary">
                {t("events.page.edit")}
              </LinkButton>
              <Form method="post">
                <input type="hidden" name="intent" value="cancel" />
                <Button variant="danger" disabled={busy} aria-describedby="cancel-hint">
                  {t("events.page.cancel")}
                </Button>
                <p id="cancel-hint" className="mt-1 max-w-sm text-sm text-ink-600">
                  {t("events.page.cancelHint")}
                </p>
              </Form>
            </div>
          ) : null}

          {permissions.writeNotes ? (
            <div className="mt-6">
              <h3 className="text-xl font-semibold">{t("events.page.notes")}</h3>
              <p className="text-ink-700">{t("events.page.notesHint")}</p>
              {notesDocument ? (
                <LinkButton to={notesDocument.url} className="mt-2">
                  {t("events.page.notesOpen")}
                </LinkButton>
              ) : started ? (
                <Form method="post" className="mt-2">
                  <input type="hidden" name="intent" value="notes" />
                  <Button disabled={busy}>{t("events.page.notesCreate")}</Button>
                </Form>
              ) : (
                <p className="mt-2 text-ink-700">{t("events.page.notesLater")}</p>
              )}
            </div>
          ) : null}

          <div className="mt-6">
            <h3 className="text-xl font-semibold">{t("events.page.attendees")}</h3>
            <p className="text-sm text-ink-600">{t("events.page.attendeesNote")}</p>
            {attendees && attendees.length ? (
              <ul className="mt-2 grid gap-2" aria-label={t("events.page.attendees")}>
                {attendees.map((attendee) => (
                  <Card as="li" key={attendee.id} className="flex flex-wrap items-center gap-2 py-2">
                    <Link to={`/leden/${attendee.id}`}>{attendee.name}</Link>
                    {attendee.organisation ? <Dutch text={attendee.organisation} className="text-ink-700" /> : null}
                    <Badge tone={attendee.answer === "YES" && attendee.status === "CONFIRMED" ? "ok" : "neutral"}>
                      {t(`events.page.attendeeStatus.${attendee.answer}_${attendee.status}`)}
                    </Badge>
                  </Card>
                ))}
              </ul>
            ) : (
              <p className="mt-2">{t("events.page.attendeesEmpty")}</p>
            )}
          </div>
        </section>
      ) : null}
      {notesDocument && !permissions.manage ? (
        <p className="mt-6">
          <Link to={notesDocument.url}>{t("events.page.notesOpen")}</Link>
        </p>
      ) : null}
    </article>
  );
}
