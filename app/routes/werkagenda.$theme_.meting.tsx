import { useForm } from "@conform-to/react";
import { readForm } from "~/.server/form-data.ts";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { agendaActor, authorizeAgenda, measurementTargets, recordMeasurement, requireAgendaRight } from "~/.server/agenda.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey, requireFormKey } from "~/.server/form-key.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { SelectField, TextField } from "~/components/ui/field.tsx";
import { Card, EmptyState, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import { measurementSchema } from "~/shared/agenda.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("agenda.measurement.title"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return orRespond(async () => {
    authorizeAgenda(await agendaActor(user), "recordMeasurement");
    requireFormKey(request);
    const targets = await measurementTargets(params.theme ?? "");
    const preselected = new URL(request.url).searchParams.get("indicator");
    return { ...targets, preselected: targets.indicators.some((i) => i.id === preselected) ? preselected : null };
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await requireAgendaRight(user, "recordMeasurement");
  const theme = params.theme ?? "";
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: measurementSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return orFormError(
    async () =>
      oncePerFormKey(user, form, async () => {
        await recordMeasurement(user, theme, submission.value);
        return redirectWithFlash(`/werkagenda/${theme}#indicator-${submission.value.indicatorId}`, "agenda.measurement.saved");
      }),
    { submission },
  );
}

// No `pattern` on the value: without JavaScript the browser would block the
// form with its own vague message; the server's answer names the problem.
const MEASUREMENT_CONSTRAINT = (() => {
  const constraint = getZodConstraint(measurementSchema);
  const { pattern: _pattern, ...value } = constraint.value ?? {};
  return { ...constraint, value };
})();

export default function MeasurementForm() {
  const { t, i18n } = useTranslation();
  const { theme, indicators, preselected } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm({
    id: "measurement",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    constraint: MEASUREMENT_CONSTRAINT,
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: measurementSchema }),
    defaultValue: { indicatorId: preselected ?? "" },
  });
  const themeName = i18n.language === "en" ? theme.nameEn : theme.nameNl;
  return (
    <>
      <p className="mb-2">
        <Link to={`/werkagenda/${theme.slug}`}>{themeName}</Link>
      </p>
      <PageHeader title={t("agenda.measurement.title")} intro={t("agenda.measurement.intro", { theme: themeName })} />
      {indicators.length === 0 ? (
        <EmptyState>{t("agenda.measurement.noIndicators")}</EmptyState>
      ) : (
        <Card className="max-w-2xl">
          <FormError error={actionData && "formError" in actionData ? actionData.formError : null} />
          <Form method="post" {...formProps(form)}>
            <FormKey />
            <SelectField
              field={fields.indicatorId}
              label={t("agenda.measurement.indicator")}
              placeholder={t("agenda.measurement.choose")}
              options={indicators.map((indicator) => ({
                value: indicator.id,
                label: `${indicator.name} (${indicator.unit}) · ${indicator.goal}`,
              }))}
            />
            <TextField
              field={fields.value}
              label={t("agenda.measurement.value")}
              hint={t("agenda.measurement.valueHint")}
              autoComplete="off"
            />
            <TextField field={fields.measuredOn} label={t("agenda.measurement.measuredOn")} type="date" />
            <TextField field={fields.source} label={t("agenda.measurement.source")} hint={t("agenda.measurement.sourceHint")} />
            <Button disabled={busy}>{t("agenda.measurement.save")}</Button>
          </Form>
        </Card>
      )}
    </>
  );
}
