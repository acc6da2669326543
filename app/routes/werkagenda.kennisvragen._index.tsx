import { useForm } from "@conform-to/react";
import { Content } from "~/components/ui/content.tsx";
import { readForm } from "~/.server/form-data.ts";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { knowledgeQuestions, proposeQuestion, vote } from "~/.server/agenda.ts";
import { orFormError } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey, requireFormKey } from "~/.server/form-key.ts";
import { requireUser, safeRedirect } from "~/.server/session.ts";
import { VoteButton } from "~/components/agenda/vote-button.tsx";
import { Button } from "~/components/ui/button.tsx";
import { FilterSelect, SelectField, TextareaField, TextField } from "~/components/ui/field.tsx";
import { Badge, Card, EmptyState, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import { QUESTION_STATUSES, questionSchema, type QuestionStatusValue } from "~/shared/agenda.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("agenda.questions.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const status = url.searchParams.get("status");
  const filter = {
    theme: url.searchParams.get("thema"),
    status: (QUESTION_STATUSES as readonly string[]).includes(status ?? "") ? (status as QuestionStatusValue) : null,
  };
  const questions = await knowledgeQuestions(user, filter);
  if (questions.permissions.proposeQuestion) requireFormKey(request);
  return { ...questions, filter };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  return orFormError(async () => {
    if (intent === "vote" || intent === "unvote") {
      await vote(user, String(form.get("questionId") ?? ""), intent === "vote");
      return redirect(safeRedirect(form.get("redirectTo"), "/werkagenda/kennisvragen"));
    }
    if (intent !== "propose") return data({ formError: "errors.invalidRequest" }, { status: 400 });
    const submission = parseWithZod(form, { schema: questionSchema });
    if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
    return oncePerFormKey(user, form, async () => {
      const question = await proposeQuestion(user, submission.value);
      return redirectWithFlash(`/werkagenda/kennisvragen/${question.id}`, "agenda.questions.proposed");
    });
  });
}

export default function KnowledgeQuestions() {
  const { t, i18n } = useTranslation();
  const { questions, themes, filter, permissions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const en = i18n.language === "en";
  const [form, fields] = useForm({
    id: "question",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    constraint: getZodConstraint(questionSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: questionSchema }),
    defaultValue: { theme: filter.theme ?? "" },
  });
  const themeOptions = themes.map((theme) => ({ value: theme.slug, label: en ? theme.nameEn : theme.nameNl }));
  const here = `/werkagenda/kennisvragen${filter.theme || filter.status ? `?${new URLSearchParams({ ...(filter.theme ? { thema: filter.theme } : {}), ...(filter.status ? { status: filter.status } : {}) })}` : ""}`;
  return (
    <>
      <p className="mb-2">
        <Link to="/werkagenda">{t("agenda.theme.back")}</Link>
      </p>
      <PageHeader title={t("agenda.questions.title")} intro={t("agenda.questions.intro")} />
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside>
          <Form method="get" autoComplete="off">
            <FilterSelect
              name="thema"
              label={t("agenda.questions.filterTheme")}
              value={filter.theme ?? ""}
              options={themeOptions}
              anyLabel={t("agenda.questions.allThemes")}
            />
            <FilterSelect
              name="status"
              label={t("agenda.questions.filterStatus")}
              value={filter.status ?? ""}
              options={QUESTION_STATUSES.map((status) => ({ value: status, label: t(`agenda.questions.statuses.${status}`) }))}
              anyLabel={t("agenda.questions.allStatuses")}
            />
            <Button variant="secondary" size="sm">
              {t("agenda.questions.filter")}
            </Button>
          </Form>
        </aside>
        <div>
          {questions.length === 0 ? <EmptyState>{t("agenda.questions.empty")}</EmptyState> : null}
          <ul className="space-y-3">
            {questions.map((question) => (
              <Card as="li" key={question.id}>
                <h2 className="text-lg font-bold">
                  <Link to={`/werkagenda/kennisvragen/${question.id}`}>
                    <Content text={question.title} id={`question-${question.id}`} />
                  </Link>
                </h2>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-ink-700">
                  <Badge tone={question.status === "BEANTWOORD" ? "ok" : "neutral"}>
                    {t(`agenda.questions.statuses.${question.status}`)}
                  </Badge>
                  <span>{en ? question.theme.nameEn : question.theme.nameNl}</span>·
                  <span>{t("agenda.questions.votes", { count: question._count.votes })}</span>·
                  <span>{t("agenda.questions.comments", { count: question._count.comments })}</span>
                </p>
                {permissions.vote ? (
                  <div className="mt-2">
                    <VoteButton questionId={question.id} voted={question.voted} redirectTo={here} titleId={`question-${question.id}`} />
                  </div>
                ) : null}
              </Card>
            ))}
          </ul>
          {permissions.proposeQuestion ? (
            <Card as="section" className="mt-8">
              <h2 className="mb-3 text-xl font-bold">{t("agenda.questions.propose")}</h2>
              <FormError error={actionData && "formError" in actionData ? actionData.formError : null} />
              <Form method="post" {...formProps(form)}>
                <input type="hidden" name="intent" value="propose" />
                <FormKey />
                <SelectField field={fields.theme} label={t("agenda.questions.theme")} placeholder="" options={themeOptions} />
                <TextField field={fields.title} label={t("agenda.questions.questionTitle")} />
                <TextareaField
                  field={fields.body}
                  label={t("agenda.questions.questionBody")}
                  hint={t("agenda.questions.questionBodyHint")}
                  rows={4}
                />
                <Button disabled={busy}>{t("agenda.questions.submit")}</Button>
              </Form>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
