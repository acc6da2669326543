/**
 * /melden?soort=bericht&id=… — a member reports a message, topic, document,
 * library item or profile (issue 8). A plain page with a form, so it works
 * without JavaScript; the report goes to the moderation queue.
 */
import { getInputProps, useForm } from "@conform-to/react";
import { readForm } from "~/.server/form-data.ts";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { assertReadable, loadTarget, reportContent } from "~/.server/moderation.ts";
import { requireUser, safeRedirect } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { SelectField, TextareaField } from "~/components/ui/field.tsx";
import { Card, FormError, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { REPORT_REASONS, REPORT_TARGET_KINDS, type ReportTargetKindValue, reportSchema, TARGET_KIND_SLUGS } from "~/shared/moderation.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("moderation.report.title")),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const slug = url.searchParams.get("soort") ?? "";
  const kind = Object.hasOwn(TARGET_KIND_SLUGS, slug) ? TARGET_KIND_SLUGS[slug] : undefined;
  const id = (url.searchParams.get("id") ?? "").slice(0, 100);
  // Without a target (typed, bookmarked, a link cut short) the page says how reporting works and where
  // to go (decision 286): 200 when nothing was given, 400 when the link is incomplete or unknown.
  if (!kind || !id) {
    const incomplete = url.searchParams.has("soort") || url.searchParams.has("id");
    return data({ target: null, incomplete }, { status: incomplete ? 400 : 200 });
  }
  const target = await orRespond(async () => {
    await assertReadable(user, kind, id);
    return loadTarget(kind, id);
  });
  if (!target || target.deleted) throw data({ message: "errors.notFound" }, { status: 404 });
  return { target: { kind, id, title: target.title, url: target.url }, incomplete: false };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  // What one may not read is not found, whatever the rest of the form says (decision 306).
  const kind = String(formData.get("targetKind") ?? "");
  const targetId = String(formData.get("targetId") ?? "").slice(0, 100);
  if ((REPORT_TARGET_KINDS as readonly string[]).includes(kind) && targetId)
    await orRespond(() => assertReadable(user, kind as ReportTargetKindValue, targetId));
  const submission = parseWithZod(formData, { schema: reportSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return orFormError(
    async () => {
      await reportContent(user, submission.value);
      return redirectWithFlash(safeRedirect(submission.value.returnTo, "/"), "moderation.report.done");
    },
    { submission },
  );
}

export default function ReportPage() {
  const { target, incomplete } = useLoaderData<typeof loader>();
  return target ? <ReportForm target={target} /> : <HowToReport incomplete={incomplete} />;
}

/** /melden without a target: what a report needs, and where to find the button. */
function HowToReport({ incomplete }: { incomplete: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("moderation.report.title")} intro={t("moderation.report.intro")} />
      {incomplete ? <Notice tone="error">{t("moderation.report.incomplete")}</Notice> : null}
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("moderation.report.howTitle")}</h2>
        <ol className="mb-4 list-decimal space-y-1 ps-5">
          <li>{t("moderation.report.howGo")}</li>
          <li>{t("moderation.report.howButton")}</li>
          <li>{t("moderation.report.howSend")}</li>
        </ol>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link to="/communities">{t("moderation.report.toCommunities")}</Link>
          </li>
          <li>
            <Link to="/bibliotheek">{t("moderation.report.toLibrary")}</Link>
          </li>
        </ul>
      </Card>
    </div>
  );
}

function ReportForm({ target }: { target: { kind: ReportTargetKindValue; id: string; title: string; url: string } }) {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm({
    id: "melden",
    lastResult: actionData?.result,
    constraint: getZodConstraint(reportSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reportSchema }),
  });
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("moderation.report.title")} intro={t("moderation.report.intro")} />
      <Card>
        <p className="mb-4 font-semibold">
          {t("moderation.report.what", { kind: t(`moderation.report.kinds.${target.kind}`), title: target.title })}
        </p>
        <Form method="post" {...formProps(form)}>
          <FormError error={form.errors?.[0]} />
          <input {...getInputProps(fields.targetKind, { type: "hidden" })} value={target.kind} key={undefined} />
          <input {...getInputProps(fields.targetId, { type: "hidden" })} value={target.id} key={undefined} />
          <input type="hidden" name="returnTo" value={target.url} />
          <SelectField
            field={fields.reason}
            label={t("moderation.report.reasonLabel")}
            placeholder=""
            options={REPORT_REASONS.map((reason) => ({ value: reason, label: t(`moderation.report.reasons.${reason}`) }))}
          />
          <TextareaField
            field={fields.text}
            label={t("moderation.report.textLabel")}
            hint={t("moderation.report.textHint")}
            optional
            rows={4}
          />
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={busy}>
              {t("moderation.report.submit")}
            </Button>
            <Link to={target.url}>{t("moderation.report.back")}</Link>
          </div>
        </Form>
      </Card>
    </div>
  );
}
