import { useForm } from "@conform-to/react";
import { readForm } from "~/.server/form-data.ts";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import {
  agendaActor,
  authorizeAgenda,
  createAction,
  requireAgendaRight,
  createGoal,
  createIndicator,
  setActionStatus,
  themeAgenda,
  updateAction,
  updateGoal,
  updateIndicator,
} from "~/.server/agenda.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey, requireFormKey } from "~/.server/form-key.ts";
import { requireUser } from "~/.server/session.ts";
import { StatusBadge } from "~/components/agenda/status-summary.tsx";
import { Button } from "~/components/ui/button.tsx";
import { SelectField, TextareaField, TextField } from "~/components/ui/field.tsx";
import { Card, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { Sentence } from "~/components/ui/content.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import type { SubmissionResult } from "@conform-to/react";
import {
  ACTION_STATUSES,
  actionEditSchema,
  actionSchema,
  actionStatusSchema,
  goalEditSchema,
  goalSchema,
  INDICATOR_DIRECTIONS,
  indicatorEditSchema,
  indicatorSchema,
  type IndicatorDirectionValue,
} from "~/shared/agenda.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { closeDetailsOnEscape } from "~/components/ui/close-on-escape.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("agenda.theme.manage"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return orRespond(async () => {
    authorizeAgenda(await agendaActor(user), "manage");
    requireFormKey(request);
    const { theme, goals } = await themeAgenda(user, params.theme ?? "");
    return {
      theme,
      goals: goals.map((goal) => ({
        id: goal.id,
        title: goal.title,
        description: goal.description,
        actions: goal.actions.map(({ id, title, description, owners, status }) => ({ id, title, description, owners, status })),
        indicators: goal.indicators.map(({ id, name, unit, baseline, targetValue, targetDate, direction }) => ({
          id,
          name,
          unit,
          baseline,
          targetValue,
          targetDate,
          direction,
        })),
      })),
    };
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await requireAgendaRight(user, "manage");
  const theme = params.theme ?? "";
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const done = async () => redirectWithFlash(`/werkagenda/${theme}/beheer`, "agenda.manage.saved");
  const schemas = {
    goal: goalSchema,
    action: actionSchema,
    indicator: indicatorSchema,
    status: actionStatusSchema,
    editGoal: goalEditSchema,
    editAction: actionEditSchema,
    editIndicator: indicatorEditSchema,
  } as const;
  if (!Object.hasOwn(schemas, intent)) return data({ formError: "errors.invalidRequest" }, { status: 400 });
  // Which edit form answered: its errors show there and nowhere else.
  const item = String(form.get({ editGoal: "goalId", editAction: "actionId", editIndicator: "indicatorId" }[intent] ?? "") ?? "");
  const submission = parseWithZod(form, { schema: schemas[intent as keyof typeof schemas] });
  if (submission.status !== "success") return data({ intent, item, result: submission.reply() }, { status: 400 });
  return orFormError(
    async () => {
      const value = submission.value as never;
      // The three create forms: once per form key each (decision 229).
      const creates = { goal: createGoal, action: createAction, indicator: createIndicator };
      if (intent === "goal" || intent === "action" || intent === "indicator") {
        return oncePerFormKey(user, form, async () => {
          await creates[intent](user, theme, value);
          return done();
        });
      }
      if (intent === "editGoal") await updateGoal(user, theme, value);
      if (intent === "editAction") await updateAction(user, theme, value);
      if (intent === "editIndicator") await updateIndicator(user, theme, value);
      if (intent === "status") {
        const { actionId, status } = submission.value as { actionId: string; status: (typeof ACTION_STATUSES)[number] };
        await setActionStatus(user, theme, actionId, status);
      }
      return done();
    },
    // A wrong goal or action comes back at its field, in the form that was sent.
    { submission, data: { intent, item } },
  );
}

export default function ManageAgenda() {
  const { t, i18n } = useTranslation();
  const { theme, goals } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const editResult = (intent: string, id: string): SubmissionResult<string[]> | undefined =>
    actionData && "item" in actionData && actionData.intent === intent && actionData.item === id
      ? (actionData.result as SubmissionResult<string[]>)
      : undefined;
  const result = (intent: string) =>
    actionData && "intent" in actionData && actionData.intent === intent && "result" in actionData ? actionData.result : undefined;
  const [goalForm, goalFields] = useForm({
    id: "goal",
    lastResult: result("goal"),
    constraint: getZodConstraint(goalSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: goalSchema }),
  });
  const [actionForm, actionFields] = useForm({
    id: "action",
    lastResult: result("action"),
    constraint: getZodConstraint(actionSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: actionSchema }),
    defaultValue: { status: "GEPLAND" },
  });
  const [indicatorForm, indicatorFields] = useForm({
    id: "indicator",
    lastResult: result("indicator"),
    constraint: getZodConstraint(indicatorSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: indicatorSchema }),
    defaultValue: { direction: "HOGER" },
  });
  const themeName = i18n.language === "en" ? theme.nameEn : theme.nameNl;
  const goalOptions = goals.map((goal) => ({ value: goal.id, label: goal.title }));
  const statusOptions = ACTION_STATUSES.map((status) => ({ value: status, label: t(`agenda.status.${status}`) }));
  return (
    <>
      <p className="mb-2">
        <Link to={`/werkagenda/${theme.slug}`}>{themeName}</Link>
      </p>
      <PageHeader title={t("agenda.manage.title", { theme: themeName })} />
      <FormError error={actionData && "formError" in actionData ? actionData.formError : null} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section">
          <h2 className="mb-3 text-xl font-bold">{t("agenda.manage.newGoal")}</h2>
          <Form method="post" {...formProps(goalForm)}>
            <input type="hidden" name="intent" value="goal" />
            <FormKey form="goal" />
            <TextField field={goalFields.title} label={t("agenda.manage.goalTitle")} />
            <TextareaField field={goalFields.description} label={t("agenda.manage.goalDescription")} rows={3} />
            <Button disabled={busy}>{t("agenda.manage.addGoal")}</Button>
          </Form>
        </Card>
        <Card as="section">
          <h2 className="mb-3 text-xl font-bold">{t("agenda.manage.newAction")}</h2>
          <Form method="post" {...formProps(actionForm)}>
            <input type="hidden" name="intent" value="action" />
            <FormKey form="action" />
            <SelectField
              field={actionFields.goalId}
              label={t("agenda.manage.goal")}
              placeholder={t("agenda.manage.chooseGoal")}
              options={goalOptions}
            />
            <TextField field={actionFields.title} label={t("agenda.manage.actionTitle")} />
            <TextareaField field={actionFields.description} label={t("agenda.manage.actionDescription")} rows={3} />
            <TextField field={actionFields.owners as never} label={t("agenda.manage.owners")} hint={t("agenda.manage.ownersHint")} />
            <SelectField field={actionFields.status} label={t("agenda.manage.status")} options={statusOptions} />
            <Button disabled={busy}>{t("agenda.manage.addAction")}</Button>
          </Form>
        </Card>
        <Card as="section">
          <h2 className="mb-3 text-xl font-bold">{t("agenda.manage.newIndicator")}</h2>
          <Form method="post" {...formProps(indicatorForm)}>
            <input type="hidden" name="intent" value="indicator" />
            <FormKey form="indicator" />
            <SelectField
              field={indicatorFields.goalId}
              label={t("agenda.manage.goal")}
              placeholder={t("agenda.manage.chooseGoal")}
              options={goalOptions}
            />
            <SelectField
              field={indicatorFields.actionId}
              label={t("agenda.manage.action")}
              placeholder={t("agenda.manage.noAction")}
              optional
              options={goals.flatMap((goal) =>
                goal.actions.map((action) => ({ value: action.id, label: `${action.title} · ${goal.title}` })),
              )}
            />
            <TextField field={indicatorFields.name} label={t("agenda.manage.indicatorName")} />
            <TextField field={indicatorFields.unit} label={t("agenda.manage.unit")} hint={t("agenda.manage.unitHint")} />
            <TextField field={indicatorFields.baseline as never} label={t("agenda.manage.baseline")} optional />
            <TextField field={indicatorFields.targetValue as never} label={t("agenda.manage.targetValue")} />
            <TextField field={indicatorFields.targetDate as never} label={t("agenda.manage.targetDate")} type="date" />
            <SelectField
              field={indicatorFields.direction}
              label={t("agenda.manage.direction")}
              options={INDICATOR_DIRECTIONS.map((direction) => ({ value: direction, label: t(`agenda.direction.${direction}`) }))}
            />
            <Button disabled={busy}>{t("agenda.manage.addIndicator")}</Button>
          </Form>
        </Card>
        <Card as="section">
          <h2 className="mb-3 text-xl font-bold">{t("agenda.manage.changeStatus")}</h2>
          <ul className="space-y-4">
            {goals.flatMap((goal) =>
              goal.actions.map((action) => (
                <li key={action.id}>
                  <Form method="post" className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="intent" value="status" />
                    <input type="hidden" name="actionId" value={action.id} />
                    <div>
                      <label htmlFor={`status-${action.id}`} className="block font-semibold">
                        <span id={`status-of-${action.id}`}>
                          <Sentence k="agenda.manage.statusOf" dutch={{ title: action.title }} />
                        </span>{" "}
                        <StatusBadge status={action.status} />
                      </label>
                      <select
                        id={`status-${action.id}`}
                        name="status"
                        defaultValue={action.status}
                        className="mt-1 rounded-md border border-ink-600 px-3 py-2"
                      >
                        {statusOptions.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    </div>
                    {/* Named "Change status" and "Status of <the action's title>", the title marked Dutch (decision 299). */}
                    <Button
                      id={`change-status-${action.id}`}
                      aria-labelledby={`change-status-${action.id} status-of-${action.id}`}
                      size="sm"
                      disabled={busy}
                    >
                      {t("agenda.manage.changeStatus")}
                    </Button>
                  </Form>
                </li>
              )),
            )}
          </ul>
        </Card>
        <Card as="section" className="lg:col-span-2">
          <h2 className="mb-3 text-xl font-bold">{t("agenda.manage.editTitle")}</h2>
          {goals.length === 0 ? <p>{t("agenda.manage.nothingToEdit")}</p> : null}
          <ul className="space-y-6">
            {goals.map((goal) => (
              <li key={goal.id}>
                <h3 className="text-lg font-bold">{goal.title}</h3>
                <EditGoal goal={goal} lastResult={editResult("editGoal", goal.id)} busy={busy} />
                <ul className="ml-4 space-y-2">
                  {goal.actions.map((action) => (
                    <li key={action.id}>
                      <EditAction action={action} lastResult={editResult("editAction", action.id)} busy={busy} />
                    </li>
                  ))}
                  {goal.indicators.map((indicator) => (
                    <li key={indicator.id}>
                      <EditIndicator indicator={indicator} lastResult={editResult("editIndicator", indicator.id)} busy={busy} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}

type EditProps = { lastResult: SubmissionResult<string[]> | undefined; busy: boolean };

/** A closed <details> per item; it opens by itself when the server sent errors back for it. */
function EditGoal({ goal, lastResult, busy }: EditProps & { goal: { id: string; title: string; description: string } }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: `edit-goal-${goal.id}`,
    lastResult,
    constraint: getZodConstraint(goalEditSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: goalEditSchema }),
    defaultValue: { title: goal.title, description: goal.description },
  });
  return (
    <details className="my-2" open={lastResult !== undefined} onKeyDown={closeDetailsOnEscape}>
      <summary className="cursor-pointer font-semibold">
        <Sentence k="agenda.manage.editGoal" dutch={{ title: goal.title }} />
      </summary>
      <Form method="post" {...formProps(form)} className="mt-3">
        <input type="hidden" name="intent" value="editGoal" />
        <input type="hidden" name="goalId" value={goal.id} />
        <TextField field={fields.title} label={t("agenda.manage.goalTitle")} />
        <TextareaField field={fields.description} label={t("agenda.manage.goalDescription")} rows={3} />
        <Button disabled={busy}>{t("agenda.manage.saveChanges")}</Button>
      </Form>
    </details>
  );
}

function EditAction({
  action,
  lastResult,
  busy,
}: EditProps & { action: { id: string; title: string; description: string; owners: string[] } }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: `edit-action-${action.id}`,
    lastResult,
    constraint: getZodConstraint(actionEditSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: actionEditSchema }),
    defaultValue: { title: action.title, description: action.description, owners: action.owners.join(", ") },
  });
  return (
    <details open={lastResult !== undefined} onKeyDown={closeDetailsOnEscape}>
      <summary className="cursor-pointer font-semibold">
        <Sentence k="agenda.manage.editAction" dutch={{ title: action.title }} />
      </summary>
      <Form method="post" {...formProps(form)} className="mt-3">
        <input type="hidden" name="intent" value="editAction" />
        <input type="hidden" name="actionId" value={action.id} />
        <TextField field={fields.title} label={t("agenda.manage.actionTitle")} />
        <TextareaField field={fields.description} label={t("agenda.manage.actionDescription")} rows={3} />
        <TextField field={fields.owners as never} label={t("agenda.manage.owners")} hint={t("agenda.manage.ownersHint")} />
        <Button disabled={busy}>{t("agenda.manage.saveChanges")}</Button>
      </Form>
    </details>
  );
}

type IndicatorRow = {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
  targetValue: number;
  targetDate: string;
  direction: IndicatorDirectionValue;
};

function EditIndicator({ indicator, lastResult, busy }: EditProps & { indicator: IndicatorRow }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: `edit-indicator-${indicator.id}`,
    lastResult,
    constraint: getZodConstraint(indicatorEditSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: indicatorEditSchema }),
    defaultValue: {
      name: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline === null ? "" : String(indicator.baseline),
      targetValue: String(indicator.targetValue),
      targetDate: indicator.targetDate,
      direction: indicator.direction,
    },
  });
  return (
    <details open={lastResult !== undefined} onKeyDown={closeDetailsOnEscape}>
      <summary className="cursor-pointer font-semibold">
        <Sentence k="agenda.manage.editIndicator" dutch={{ name: indicator.name }} />
      </summary>
      <Form method="post" {...formProps(form)} className="mt-3">
        <input type="hidden" name="intent" value="editIndicator" />
        <input type="hidden" name="indicatorId" value={indicator.id} />
        <TextField field={fields.name} label={t("agenda.manage.indicatorName")} />
        <TextField field={fields.unit} label={t("agenda.manage.unit")} hint={t("agenda.manage.unitHint")} />
        <TextField field={fields.baseline as never} label={t("agenda.manage.baseline")} optional />
        <TextField field={fields.targetValue as never} label={t("agenda.manage.targetValue")} />
        <TextField field={fields.targetDate as never} label={t("agenda.manage.targetDate")} type="date" />
        <SelectField
          field={fields.direction}
          label={t("agenda.manage.direction")}
          options={INDICATOR_DIRECTIONS.map((direction) => ({ value: direction, label: t(`agenda.direction.${direction}`) }))}
        />
        <Button disabled={busy}>{t("agenda.manage.saveChanges")}</Button>
      </Form>
    </details>
  );
}
