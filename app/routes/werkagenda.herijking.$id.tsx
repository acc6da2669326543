import { useForm } from "@conform-to/react";
import { Content } from "~/components/ui/content.tsx";
import { readForm } from "~/.server/form-data.ts";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { closeReviewRound, commentOnRound, recordDecision, requireAgendaRight, reviewRound } from "~/.server/agenda.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { getUser, requireUser } from "~/.server/session.ts";
import { RoundStatus } from "~/components/agenda/round-status.tsx";
import { StatusBadge } from "~/components/agenda/status-summary.tsx";
import { Button } from "~/components/ui/button.tsx";
import { SelectField, TextareaField } from "~/components/ui/field.tsx";
import { Badge, Card, EmptyState, FormError, PageHeader, ScrollRegion } from "~/components/ui/misc.tsx";
import { DECISION_KINDS, decisionSchema, reviewCommentSchema } from "~/shared/agenda.ts";
import { formatDate, formatNumber } from "~/utils/i18n.ts";
import { pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, loaderData.round.title) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return orRespond(async () => reviewRound(await getUser(request), params.id ?? ""));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  // The curators' forms refuse others before they are read (decision 306); a comment's refusal stays at its form.
  if (intent === "decision" || intent === "close") await requireAgendaRight(user, "manage");
  const done = async (key: string) => redirectWithFlash(`/werkagenda/herijking/${id}`, key);
  return orFormError(async () => {
    switch (intent) {
      case "comment": {
        const submission = parseWithZod(form, { schema: reviewCommentSchema });
        if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
        await commentOnRound(user, id, submission.value);
        return done("agenda.review.commented");
      }
      case "decision": {
        const submission = parseWithZod(form, { schema: decisionSchema });
        if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
        await recordDecision(user, id, submission.value);
        return done("agenda.review.decided");
      }
      case "close":
        await closeReviewRound(user, id);
        return done("agenda.review.closed");
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

export default function ReviewRoundPage() {
  const { t, i18n } = useTranslation();
  const { round, comments, permissions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const language = i18n.language;
  const en = language === "en";
  const result = (intent: string) =>
    actionData && "intent" in actionData && actionData.intent === intent && "result" in actionData ? actionData.result : undefined;
  const [commentForm, commentFields] = useForm({
    id: "review-comment",
    lastResult: result("comment"),
    constraint: getZodConstraint(reviewCommentSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reviewCommentSchema }),
  });
  const [decisionForm, decisionFields] = useForm({
    id: "review-decision",
    lastResult: result("decision"),
    constraint: getZodConstraint(decisionSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: decisionSchema }),
  });
  const goalTitles = new Map(round.snapshot.themes.flatMap((theme) => theme.goals.map((goal) => [goal.id, goal.title] as const)));
  const day = (date: string | Date) => formatDate(date, language);
  return (
    <>
      <p className="mb-2">
        <Link to="/werkagenda/herijking">{t("agenda.review.back")}</Link>
      </p>
      <PageHeader title={<Content text={round.title} />}>
        <p className="mt-2 text-ink-700">
          {t("agenda.review.period")}: {round.period} ·{" "}
          {t("agenda.review.commentsOpen", { from: day(round.opensAt), to: day(round.closesAt) })} <RoundStatus round={round} />
        </p>
        {permissions.manage && round.status === "OPEN" ? (
          <Form method="post" className="mt-3">
            <Button name="intent" value="close" variant="secondary" size="sm" disabled={busy}>
              {t("agenda.review.close")}
            </Button>
          </Form>
        ) : null}
      </PageHeader>
      <FormError error={actionData && "formError" in actionData ? actionData.formError : null} />

      <section aria-labelledby="snapshot" className="mb-10">
        <h2 id="snapshot" className="text-2xl font-bold">
          {t("agenda.review.snapshot", { date: formatDate(round.snapshot.takenAt, language, { dateStyle: "long", timeStyle: "short" }) })}
        </h2>
        <p className="mb-4 text-ink-700">{t("agenda.review.snapshotHint")}</p>
        {round.snapshot.themes
          .filter((theme) => theme.goals.length > 0)
          .map((theme) => (
            <div key={theme.slug} className="mb-6">
              <h3 className="mb-2 text-xl font-bold">{en ? theme.nameEn : theme.nameNl}</h3>
              <div className="space-y-3">
                {theme.goals.map((goal) => (
                  // An action or indicator is decided with its goal's text too (its name alone is often too short).
                  <Card key={goal.id} as="article">
                    <Content as="h4" className="text-lg font-bold" text={goal.title} sample={[goal.title, goal.description]} />
                    <Content as="p" className="text-ink-700" text={goal.description} sample={[goal.title, goal.description]} />
                    {goal.actions.length ? (
                      <ul className="mt-2 list-disc ps-5">
                        {goal.actions.map((action) => (
                          <li key={action.id}>
                            <Content text={action.title} sample={[action.title, action.description, goal.title]} />{" "}
                            <StatusBadge status={action.status} />{" "}
                            <span className="text-sm text-ink-600">({action.owners.join(", ")})</span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {goal.indicators.length ? (
                      // The snapshot's four columns are wider than a phone: the table scrolls, not the page.
                      <ScrollRegion label={`${t("agenda.theme.indicators")}: ${goal.title}`} className="mt-3">
                        <table className="w-full text-left text-sm">
                          <caption className="sr-only">
                            {t("agenda.theme.indicators")}: <Content text={goal.title} sample={[goal.title, goal.description]} />
                          </caption>
                          <thead>
                            <tr className="border-b border-line">
                              <th scope="col" className="py-1 pe-3">
                                {t("agenda.csv.indicator")}
                              </th>
                              <th scope="col" className="py-1 pe-3">
                                {t("agenda.csv.value")}
                              </th>
                              <th scope="col" className="py-1 pe-3">
                                {t("agenda.csv.date")}
                              </th>
                              <th scope="col" className="py-1">
                                {t("agenda.csv.target")}
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {goal.indicators.map((indicator) => (
                              <tr key={indicator.id} className="border-b border-line/60">
                                <Content
                                  as="td"
                                  className="py-1 pe-3"
                                  text={indicator.name}
                                  sample={[indicator.name, goal.title, goal.description]}
                                />
                                <td className="py-1 pe-3 tabular-nums">
                                  {indicator.latest
                                    ? `${formatNumber(indicator.latest.value, language)} ${indicator.unit}`
                                    : t("agenda.review.none")}
                                </td>
                                <td className="py-1 pe-3">{indicator.latest ? day(`${indicator.latest.measuredOn}T12:00:00Z`) : ""}</td>
                                <td className="py-1 tabular-nums">
                                  {formatNumber(indicator.targetValue, language)} {indicator.unit} (
                                  {day(`${indicator.targetDate}T12:00:00Z`)})
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </ScrollRegion>
                    ) : null}
                  </Card>
                ))}
              </div>
            </div>
          ))}
      </section>

      <section aria-labelledby="decisions" className="mb-10">
        <h2 id="decisions" className="mb-3 text-2xl font-bold">
          {t("agenda.review.decisions")}
        </h2>
        {round.decisions.length ? (
          <ul className="space-y-3">
            {round.decisions.map((decision) => (
              <Card as="li" key={decision.id}>
                <p>
                  <Badge tone="brand">{t(`agenda.review.kinds.${decision.kind}`)}</Badge>
                </p>
                <Content as="p" className="mt-1 whitespace-pre-line" text={decision.text} />
                {decision.links.length ? (
                  <ul className="mt-1 list-disc ps-5 text-sm">
                    {decision.links.map((link) => (
                      <li key={link}>
                        <a href={link}>{link}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="mt-1 text-sm text-ink-600">{day(decision.createdAt)}</p>
              </Card>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("agenda.review.noDecisions")}</EmptyState>
        )}
        {permissions.manage ? (
          <Card className="mt-4 max-w-2xl">
            <Form method="post" {...formProps(decisionForm)}>
              <input type="hidden" name="intent" value="decision" />
              <SelectField
                field={decisionFields.kind}
                label={t("agenda.review.decisionKind")}
                placeholder=""
                options={DECISION_KINDS.map((kind) => ({ value: kind, label: t(`agenda.review.kinds.${kind}`) }))}
              />
              <TextareaField field={decisionFields.text} label={t("agenda.review.decisionText")} rows={3} />
              <TextareaField
                field={decisionFields.links as never}
                label={t("agenda.review.decisionLinks")}
                hint={t("agenda.review.decisionLinksHint")}
                rows={2}
                optional
              />
              <Button disabled={busy}>{t("agenda.review.decisionSave")}</Button>
            </Form>
          </Card>
        ) : null}
      </section>

      <section aria-labelledby="comments">
        <h2 id="comments" className="mb-3 text-2xl font-bold">
          {t("agenda.review.comments")}
        </h2>
        {comments === null ? (
          <p>
            <Link to={`/inloggen?redirectTo=${encodeURIComponent(`/werkagenda/herijking/${round.id}`)}`}>
              {t("agenda.review.commentsLogin")}
            </Link>
          </p>
        ) : (
          <>
            {comments.length ? (
              <ul className="space-y-3">
                {comments.map((comment) => (
                  <Card as="li" key={comment.id}>
                    <p className="text-sm text-ink-600">
                      {comment.author?.displayName ?? "—"} · {day(comment.createdAt)}
                      {comment.goalRef && goalTitles.has(comment.goalRef) ? (
                        <>
                          {" · "}
                          <Content text={goalTitles.get(comment.goalRef)} />
                        </>
                      ) : null}
                    </p>
                    <Content as="p" className="mt-1 whitespace-pre-line" text={comment.body} />
                  </Card>
                ))}
              </ul>
            ) : (
              <EmptyState>{t("agenda.review.noComments")}</EmptyState>
            )}
            {round.open && permissions.comment ? (
              <Card className="mt-4 max-w-2xl">
                <Form method="post" {...formProps(commentForm)}>
                  <input type="hidden" name="intent" value="comment" />
                  <SelectField
                    field={commentFields.goalRef as never}
                    label={t("agenda.review.commentGoal")}
                    placeholder={t("agenda.review.commentGoalAny")}
                    optional
                    options={[...goalTitles].map(([value, label]) => ({ value, label }))}
                  />
                  <TextareaField field={commentFields.body} label={t("agenda.review.commentBody")} rows={4} />
                  <Button disabled={busy}>{t("agenda.review.commentSave")}</Button>
                </Form>
              </Card>
            ) : (
              <p className="mt-3 text-ink-700">{t("agenda.review.commentsClosed")}</p>
            )}
          </>
        )}
      </section>
    </>
  );
}
