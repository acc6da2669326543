import { parseWithZod } from "@conform-to/zod/v4";
import { readForm } from "~/.server/form-data.ts";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { meetingForEdit, updateMeeting } from "~/.server/meetings.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { MeetingForm } from "~/components/meetings/meeting-form.tsx";
import { PageHeader } from "~/components/ui/misc.tsx";
import { meetingFormSchema, utcToZoned } from "~/shared/meetings.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, metaT(matches)("events.form.editTitle"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const meeting = await orRespond(() => meetingForEdit(user, params.id ?? ""));
  return {
    id: meeting.id,
    title: meeting.title,
    defaults: {
      title: meeting.title,
      description: meeting.description,
      location: meeting.location ?? "",
      onlineUrl: meeting.onlineUrl ?? "",
      startsAt: utcToZoned(meeting.startsAt, meeting.timeZone),
      endsAt: utcToZoned(meeting.endsAt, meeting.timeZone),
      capacity: meeting.capacity === null ? "" : String(meeting.capacity),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  // Who may not edit the meeting is refused before the form is read (decision 306).
  await orRespond(() => meetingForEdit(user, id));
  const submission = parseWithZod(await readForm(request), { schema: meetingFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return orFormError(
    async () => {
      await updateMeeting(user, id, submission.value);
      return redirectWithFlash(`/agenda/${id}`, "events.flash.updated");
    },
    { submission },
  );
}

export default function EditMeeting() {
  const { t } = useTranslation();
  const { id, title, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <Link to={`/agenda/${id}`}>← {title}</Link>
      </p>
      <PageHeader title={t("events.form.editTitle")} />
      <MeetingForm
        id="edit-event"
        lastResult={actionData && "result" in actionData ? actionData.result : undefined}
        formError={actionData && "formError" in actionData ? actionData.formError : null}
        defaultValue={defaults}
        submitLabel={t("events.form.submitEdit")}
      />
    </div>
  );
}
