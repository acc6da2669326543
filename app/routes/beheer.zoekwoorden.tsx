/**
 * /beheer/zoekwoorden — the search thesaurus for moderators: words that mean
 * the same to practitioners (statushouder, vergunninghouder) or a broader word
 * that also finds narrower ones. Shipped entries can be switched off and on;
 * own entries added and removed. Every change is an audit line. Plain forms:
 * works without JavaScript. See docs/decisions/128.
 */
import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { orAlreadyRemoved, orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { readForm } from "~/.server/form-data.ts";
import { addThesaurusEntry, assertThesaurusEditor, removeThesaurusEntry, switchShippedEntry, thesaurusOverview } from "~/.server/search.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { SelectField, TextField } from "~/components/ui/field.tsx";
import { Badge, Card, EmptyState, FormError, PageHeader } from "~/components/ui/misc.tsx";
import { THESAURUS_MODES, thesaurusEntrySchema } from "~/shared/thesaurus.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";

const PATH = "/beheer/zoekwoorden";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, metaT(matches)("search.thesaurus.title")),
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { overview: await orRespond(() => thesaurusOverview(user)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const denied = await orFormError(async () => {
    assertThesaurusEditor(user);
    return null;
  });
  if (denied) return denied;
  const form = await readForm(request);
  const flash = async (key: string) => redirectWithFlash(PATH, key);
  const intent = form.get("intent");
  if (intent === "add") {
    const submission = parseWithZod(form, { schema: thesaurusEntrySchema });
    if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
    return orFormError(async () => {
      await addThesaurusEntry(user, submission.value);
      return flash("search.thesaurus.added");
    });
  }
  const id = String(form.get("id") ?? "").slice(0, 300);
  return orFormError(async () => {
    switch (intent) {
      case "remove":
        return orAlreadyRemoved(PATH, async () => {
          await removeThesaurusEntry(user, id);
          return flash("search.thesaurus.removed");
        });
      case "disable":
        await switchShippedEntry(user, id, false);
        return flash("search.thesaurus.disabled");
      case "enable":
        await switchShippedEntry(user, id, true);
        return flash("search.thesaurus.enabled");
      default:
        return data({ formError: "errors.invalidRequest" }, { status: 400 });
    }
  });
}

/** The thesaurus is Dutch (the English glossary is apart): its words are marked so in the English interface. */
function Terms({ mode, terms }: { mode: string; terms: string[] }) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language === "nl" ? undefined : "nl";
  return mode === "oneWay" ? (
    <span>
      <strong lang={dutch}>{terms[0]}</strong> {t("search.thesaurus.alsoFinds")} <span lang={dutch}>{terms.slice(1).join(", ")}</span>
    </span>
  ) : (
    <span lang={dutch}>{terms.join(mode === "related" ? " ~ " : " = ")}</span>
  );
}

export default function ThesaurusPage() {
  const { t } = useTranslation();
  const { overview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  const [form, fields] = useForm({
    id: "thesaurus-add",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    constraint: getZodConstraint(thesaurusEntrySchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: thesaurusEntrySchema }),
    defaultValue: { mode: "equivalent" },
  });
  return (
    <>
      <PageHeader title={t("search.thesaurus.title")} intro={t("search.thesaurus.intro")} />
      <FormError error={formError} />
      <Card className="mb-8 max-w-2xl">
        <h2 className="mb-3 text-xl font-bold">{t("search.thesaurus.addTitle")}</h2>
        <Form method="post" {...formProps(form)}>
          <input type="hidden" name="intent" value="add" />
          <SelectField
            field={fields.mode}
            label={t("search.thesaurus.mode")}
            hint={t("search.thesaurus.modeHint")}
            options={THESAURUS_MODES.map((mode) => ({ value: mode, label: t(`search.thesaurus.modes.${mode}`) }))}
          />
          <TextField field={fields.terms} label={t("search.thesaurus.terms")} hint={t("search.thesaurus.termsHint")} />
          <Button type="submit" disabled={busy}>
            {t("search.thesaurus.add")}
          </Button>
        </Form>
      </Card>

      <section aria-labelledby="thesaurus-own" className="mb-8">
        <h2 id="thesaurus-own" className="mb-3 text-xl font-bold">
          {t("search.thesaurus.ownTitle")}
        </h2>
        {overview.own.length ? (
          <ul className="space-y-2">
            {overview.own.map((entry, index) => (
              <li key={entry.key} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line bg-white p-3">
                <span id={`own-terms-${index}`}>
                  <Terms mode={entry.mode} terms={entry.terms} />
                </span>
                <Form method="post">
                  <input type="hidden" name="id" value={entry.key} />
                  <Button
                    name="intent"
                    value="remove"
                    size="sm"
                    variant="danger"
                    disabled={busy}
                    // Named "Remove" and the rule's words, marked Dutch (decision 299); keys hold spaces, so the index.
                    id={`own-remove-${index}`}
                    aria-labelledby={`own-remove-${index} own-terms-${index}`}
                  >
                    {t("search.thesaurus.remove")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("search.thesaurus.ownEmpty")}</EmptyState>
        )}
      </section>

      <section aria-labelledby="thesaurus-shipped">
        <h2 id="thesaurus-shipped" className="mb-1 text-xl font-bold">
          {t("search.thesaurus.shippedTitle")}
        </h2>
        <p className="mb-3 text-ink-700">{t("search.thesaurus.shippedIntro")}</p>
        <ul className="space-y-2">
          {overview.shipped.map((entry, index) => (
            <li key={entry.key} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line bg-white p-3">
              <span id={`shipped-terms-${index}`} className={entry.on ? "" : "text-ink-600 line-through"}>
                <Terms mode={entry.mode} terms={entry.terms} />
              </span>
              <div className="flex items-center gap-3">
                <Badge tone={entry.on ? "ok" : "neutral"}>{t(entry.on ? "search.thesaurus.on" : "search.thesaurus.off")}</Badge>
                <Form method="post">
                  <input type="hidden" name="id" value={entry.key} />
                  <Button
                    name="intent"
                    value={entry.on ? "disable" : "enable"}
                    size="sm"
                    variant="secondary"
                    disabled={busy}
                    id={`shipped-switch-${index}`}
                    aria-labelledby={`shipped-switch-${index} shipped-terms-${index}`}
                  >
                    {t(entry.on ? "search.thesaurus.disable" : "search.thesaurus.enable")}
                  </Button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
