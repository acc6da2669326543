import { useForm } from "@conform-to/react";
import { readForm } from "~/.server/form-data.ts";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { openReviewRound, requireAgendaRight, reviewRounds } from "~/.server/agenda.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey, requireFormKey } from "~/.server/form-key.ts";
import { getUser, requireUser } from "~/.server/session.ts";
import { CompareRoundsForm } from "~/components/agenda/compare-rounds-form.tsx";
import { RoundStatus } from "~/components/agenda/round-status.tsx";
import { Button } from "~/components/ui/button.tsx";
import { TextField } from "~/components/ui/field.tsx";
import { Card, EmptyState, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import { roundSchema } from "~/shared/agenda.ts";
import { formatDate } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("agenda.review.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const rounds = await reviewRounds(await getUser(request));
  if (rounds.permissions.manage) requireFormKey(request);
  return rounds;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await requireAgendaRight(user, "manage");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: roundSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return oncePerFormKey(user, form, () =>
    orFormError(async () => {
      const round = await openReviewRound(user, submission.value);
      return redirectWithFlash(`/werkagenda/herijking/${round.id}`, "agenda.review.started");
    }),
  );
}

export default function ReviewRounds() {
  const { t, i18n } = useTranslation();
  const { rounds, permissions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm({
    id: "round",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    constraint: getZodConstraint(roundSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: roundSchema }),
  });
  const day = (date: string | Date) => formatDate(date, i18n.language);
  return (
    <>
      <p className="mb-2">
        <Link to="/werkagenda">{t("agenda.theme.back")}</Link>
      </p>
      <PageHeader title={t("agenda.review.title")} intro={t("agenda.review.intro")} />
      {rounds.length === 0 ? <EmptyState>{t("agenda.review.empty")}</EmptyState> : null}
      <ul className="space-y-3">
        {rounds.map((round) => (
          <Card as="li" key={round.id}>
            <h2 className="text-xl font-bold">
              <Link to={`/werkagenda/herijking/${round.id}`}>{round.title}</Link>
            </h2>
            <p className="text-ink-700">
              {t("agenda.review.period")}: {round.period} ·{" "}
              {t("agenda.review.commentsOpen", { from: day(round.opensAt), to: day(round.closesAt) })}
            </p>
            <p className="mt-1 text-sm text-ink-700">
              <RoundStatus round={round} />{" "}
              {t("agenda.review.counts", { comments: round._count.comments, decisions: round._count.decisions })}
            </p>
          </Card>
        ))}
      </ul>

      {rounds.length >= 2 ? (
        <Card as="section" className="mt-8 max-w-2xl">
          <h2 className="mb-3 text-xl font-bold">{t("agenda.review.compare")}</h2>
          <CompareRoundsForm rounds={rounds} />
        </Card>
      ) : null}

      {permissions.manage ? (
        <Card as="section" className="mt-8 max-w-2xl">
          <h2 className="mb-1 text-xl font-bold">{t("agenda.review.newRound")}</h2>
          <p className="mb-3 text-ink-700">{t("agenda.review.newRoundHint")}</p>
          <FormError error={actionData && "formError" in actionData ? actionData.formError : null} />
          <Form method="post" {...formProps(form)}>
            <FormKey />
            <TextField field={fields.title} label={t("agenda.review.roundTitle")} />
            <TextField field={fields.period} label={t("agenda.review.roundPeriod")} />
            <TextField field={fields.opensAt as never} label={t("agenda.review.opensAt")} type="date" />
            <TextField field={fields.closesAt as never} label={t("agenda.review.closesAt")} type="date" />
            <Button disabled={busy}>{t("agenda.review.start")}</Button>
          </Form>
        </Card>
      ) : null}
    </>
  );
}
