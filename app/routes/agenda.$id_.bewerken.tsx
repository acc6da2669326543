import { parseWithZod } from "@conform-to/zod/v4";
import { readForm } from "~/.server/form-data.ts";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { eventForEdit, updateEvent } from "~/.server/meetings.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { EventForm } from "~/components/events/event-form.tsx";
import { PageHeader } from "~/components/ui/misc.tsx";
import { eventFormSchema, utcToZoned } from "~/shared/events.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, metaT(matches)("events.form.editTitle"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const event = await orRespond(() => eventForEdit(user, params.id ?? ""));
  return {
    id: event.id,
    title: event.title,
    defaults: {
      title: event.title,
      description: event.description,
      location: event.location ?? "",
      onlineUrl: event.onlineUrl ?? "",
      startsAt: utcToZoned(event.startsAt, event.timeZone),
      endsAt: utcToZoned(event.endsAt, event.timeZone),
      capacity: event.capacity === null ? "" : String(event.capacity),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  const submission = parseWithZod(await readForm(request), { schema: eventFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return orFormError(async () => {
    await updateEvent(user, id, submission.value);
    return redirectWithFlash(`/agenda/${id}`, "events.flash.updated");
  });
}

export default function EditEvent() {
  const { t } = useTranslation();
  const { id, title, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <Link to={`/agenda/${id}`}>← {title}</Link>
      </p>
      <PageHeader title={t("events.form.editTitle")} />
      <EventForm
        id="edit-event"
        lastResult={actionData && "result" in actionData ? actionData.result : undefined}
        formError={actionData && "formError" in actionData ? actionData.formError : null}
        defaultValue={defaults}
        submitLabel={t("events.form.submitEdit")}
      />
    </div>
  );
}
