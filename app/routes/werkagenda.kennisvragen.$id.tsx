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
import { commentOnQuestion, knowledgeQuestion, linkAnswer, requireAgendaRight, setQuestionAnswered } from "~/.server/agenda.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { requireUser } from "~/.server/session.ts";
import { VoteButton } from "~/components/agenda/vote-button.tsx";
import { Button } from "~/components/ui/button.tsx";
import { TextareaField, TextField } from "~/components/ui/field.tsx";
import { Badge, Card, EmptyState, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { knowledgeCommentSchema, linkAnswerSchema } from "~/shared/agenda.ts";
import { formatDate } from "~/utils/i18n.ts";
import { pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData ? pageMeta(matches, loaderData.question.title) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return orRespond(() => knowledgeQuestion(user, params.id ?? ""));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.id ?? "";
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  // The curators' forms refuse others before they are read (decision 306); a comment's refusal stays at its form.
  if (intent === "link" || intent === "answered" || intent === "reopen") await requireAgendaRight(user, "curateQuestion");
  const done = async (key: string) => redirectWithFlash(`/werkagenda/kennisvragen/${id}`, key);
  return orFormError(async () => {
    switch (intent) {
      case "comment": {
        const submission = parseWithZod(form, { schema: knowledgeCommentSchema });
        if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
        await commentOnQuestion(user, id, submission.value.body);
        return done("agenda.questions.commented");
      }
      case "link": {
        const submission = parseWithZod(form, { schema: linkAnswerSchema });
        if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
        return orFormError(
          async () => {
            await linkAnswer(user, id, submission.value.item);
            return done("agenda.questions.linked");
          },
          { submission, data: { intent } },
        );
      }
      case "answered":
      case "reopen":
        await setQuestionAnswered(user, id, intent === "answered");
        return done("agenda.questions.statusChanged");
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

export default function KnowledgeQuestionPage() {
  const { t, i18n } = useTranslation();
  const { question, permissions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const language = i18n.language;
  const result = (intent: string) =>
    actionData && "intent" in actionData && actionData.intent === intent && "result" in actionData ? actionData.result : undefined;
  const [commentForm, commentFields] = useForm({
    id: "question-comment",
    lastResult: result("comment"),
    constraint: getZodConstraint(knowledgeCommentSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: knowledgeCommentSchema }),
  });
  const [linkForm, linkFields] = useForm({
    id: "question-link",
    lastResult: result("link"),
    constraint: getZodConstraint(linkAnswerSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: linkAnswerSchema }),
  });
  return (
    <>
      <p className="mb-2">
        <Link to="/werkagenda/kennisvragen">{t("agenda.questions.back")}</Link>
      </p>
      <PageHeader title={<Content text={question.title} sample={[question.title, question.body]} id="question-title" />}>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-ink-700">
          <Badge tone={question.status === "BEANTWOORD" ? "ok" : "neutral"}>{t(`agenda.questions.statuses.${question.status}`)}</Badge>
          <span>{language === "en" ? question.theme.nameEn : question.theme.nameNl}</span>·
          <span>{t("agenda.questions.votes", { count: question._count.votes })}</span>
        </p>
        <p className="mt-1 text-sm text-ink-600">
          {t("agenda.questions.by", { name: question.author?.displayName ?? "—", date: formatDate(question.createdAt, language) })}
        </p>
      </PageHeader>
      <FormError error={actionData && "formError" in actionData ? actionData.formError : null} />
      <Content as="p" className="mb-4 max-w-3xl whitespace-pre-line" text={question.body} sample={[question.title, question.body]} />
      <div className="mb-8 flex flex-wrap gap-2">
        {permissions.vote ? (
          <VoteButton
            questionId={question.id}
            voted={question.voted}
            redirectTo={`/werkagenda/kennisvragen/${question.id}`}
            titleId="question-title"
          />
        ) : null}
        {question.voted ? <span className="text-ink-700">{t("agenda.questions.voted")}</span> : null}
      </div>

      <section aria-labelledby="answers" className="mb-8">
        <h2 id="answers" className="mb-3 text-2xl font-bold">
          {t("agenda.questions.answers")}
        </h2>
        {question.answers.length ? (
          <ul className="list-disc space-y-1 ps-5">
            {question.answers.map((answer) => (
              <li key={answer.id}>
                <Link to={`/bibliotheek/${answer.libraryItem.slug}`}>{answer.libraryItem.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("agenda.questions.noAnswers")}</EmptyState>
        )}
        {permissions.curateQuestion ? (
          <Card className="mt-4 max-w-2xl">
            <h3 className="mb-2 text-lg font-bold">{t("agenda.questions.linkItem")}</h3>
            <Form method="post" {...formProps(linkForm)}>
              <input type="hidden" name="intent" value="link" />
              <TextField field={linkFields.item} label={t("agenda.questions.linkItemLabel")} hint={t("agenda.questions.linkItemHint")} />
              <Button disabled={busy}>{t("agenda.questions.linkSave")}</Button>
            </Form>
            <Form method="post" className="mt-4">
              <Button name="intent" value={question.status === "BEANTWOORD" ? "reopen" : "answered"} variant="secondary" disabled={busy}>
                {t(question.status === "BEANTWOORD" ? "agenda.questions.reopen" : "agenda.questions.markAnswered")}
              </Button>
            </Form>
          </Card>
        ) : null}
      </section>

      <section aria-labelledby="question-comments">
        <h2 id="question-comments" className="mb-3 text-2xl font-bold">
          {t("agenda.review.comments")}
        </h2>
        {question.comments.length ? (
          <ul className="space-y-3">
            {question.comments.map((comment) => (
              <Card as="li" key={comment.id}>
                <p className="text-sm text-ink-600">
                  {comment.author?.displayName ?? "—"} · {formatDate(comment.createdAt, language)}
                </p>
                <Content as="p" className="mt-1 whitespace-pre-line" text={comment.body} />
              </Card>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("agenda.review.noComments")}</EmptyState>
        )}
        {permissions.comment ? (
          <Card className="mt-4 max-w-2xl">
            <Form method="post" {...formProps(commentForm)}>
              <input type="hidden" name="intent" value="comment" />
              <TextareaField field={commentFields.body} label={t("agenda.questions.commentBody")} rows={3} />
              <Button disabled={busy}>{t("agenda.questions.commentSave")}</Button>
            </Form>
          </Card>
        ) : null}
      </section>
    </>
  );
}
