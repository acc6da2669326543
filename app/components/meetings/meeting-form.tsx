import { FormKey } from "~/components/ui/form-key.tsx";
import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { Button } from "~/components/ui/button.tsx";
import { TextareaField, TextField } from "~/components/ui/field.tsx";
import { FormError } from "~/components/ui/misc.tsx";
import { meetingFormSchema } from "~/shared/meetings.ts";

export type MeetingFormDefaults = {
  title: string;
  description: string;
  location: string;
  onlineUrl: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
};

/** The create and edit form; every field error shows at its field, with and without JavaScript. */
export function MeetingForm({
  id,
  lastResult,
  formError,
  defaultValue,
  submitLabel,
  hidden,
}: {
  id: string;
  lastResult?: SubmissionResult<string[]>;
  formError?: string | null;
  defaultValue?: Partial<MeetingFormDefaults>;
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id,
    lastResult,
    constraint: getZodConstraint(meetingFormSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: meetingFormSchema }),
    defaultValue,
  });
  return (
    <>
      <FormError error={formError} />
      <Form method="post" {...formProps(form)}>
        <FormKey />
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextField field={fields.title} label={t("events.form.title")} hint={t("events.form.titleHint")} />
        <TextareaField field={fields.description} label={t("events.form.description")} hint={t("events.form.descriptionHint")} rows={6} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField field={fields.startsAt} type="datetime-local" label={t("events.form.startsAt")} hint={t("events.form.timeHint")} />
          <TextField field={fields.endsAt} type="datetime-local" label={t("events.form.endsAt")} hint={t("events.form.timeHint")} />
        </div>
        {/* Neither is optional on its own: one of the two is needed, as the hint says (walk 10). */}
        <TextField field={fields.location} label={t("events.form.location")} hint={t("events.form.locationHint")} />
        <TextField field={fields.onlineUrl} type="url" label={t("events.form.onlineUrl")} hint={t("events.form.onlineUrlHint")} />
        <TextField field={fields.capacity} type="number" label={t("events.form.capacity")} hint={t("events.form.capacityHint")} optional />
        <Button disabled={navigation.state !== "idle"}>{submitLabel}</Button>
      </Form>
    </>
  );
}
