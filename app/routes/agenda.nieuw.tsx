import { Sentence } from "~/components/ui/content.tsx";
import { parseWithZod } from "@conform-to/zod/v4";
import { readForm } from "~/.server/form-data.ts";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { createMeeting, meetingCreationTarget } from "~/.server/meetings.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey, requireFormKey } from "~/.server/form-key.ts";
import { requireUser } from "~/.server/session.ts";
import { MeetingForm } from "~/components/meetings/meeting-form.tsx";
import { PageHeader } from "~/components/ui/misc.tsx";
import { meetingFormSchema } from "~/shared/meetings.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, metaT(matches)("events.form.newTitle"));

function communitySlug(value: FormDataEntryValue | string | null): string | null {
  return typeof value === "string" && /^[a-z0-9-]{1,80}$/.test(value) ? value : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const slug = communitySlug(new URL(request.url).searchParams.get("community"));
  const target = await orRespond(() => meetingCreationTarget(user, slug));
  requireFormKey(request);
  return target;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const slug = communitySlug(form.get("community"));
  // Who may not organise here is refused before the rest of the form is read (decision 306).
  await orRespond(() => meetingCreationTarget(user, slug));
  const submission = parseWithZod(form, { schema: meetingFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return oncePerFormKey(user, form, () =>
    orFormError(
      async () => {
        const meeting = await createMeeting(user, slug, submission.value);
        return redirectWithFlash(`/agenda/${meeting.id}`, "events.flash.created");
      },
      { submission },
    ),
  );
}

export default function NewMeeting() {
  const { t } = useTranslation();
  const { community } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <Link to={community ? `/communities/${community.slug}/bijeenkomsten` : "/agenda"}>
          ← {community ? community.name : t("events.page.back")}
        </Link>
      </p>
      <PageHeader
        title={t("events.form.newTitle")}
        intro={
          community ? (
            <Sentence k="events.form.newIntroCommunity" dutch={{ community: community.name }} />
          ) : (
            t("events.form.newIntroPlatform")
          )
        }
      />
      <MeetingForm
        id="new-event"
        lastResult={actionData && "result" in actionData ? actionData.result : undefined}
        formError={actionData && "formError" in actionData ? actionData.formError : null}
        submitLabel={t("events.form.submitNew")}
        hidden={community ? { community: community.slug } : undefined}
      />
    </div>
  );
}
