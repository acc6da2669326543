import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { formProps, validateOnSubmit } from "~/components/ui/form-props.ts";
import { useTranslation } from "~/utils/translation.ts";
import { loadCommunity } from "~/.server/communities.ts";
import { createDocument } from "~/.server/documents.ts";
import { orFormError, orRespond } from "~/.server/errors.ts";
import { redirectWithFlash } from "~/.server/flash.ts";
import { oncePerFormKey, requireFormKey } from "~/.server/form-key.ts";
import { requireUser } from "~/.server/session.ts";
import { Button } from "~/components/ui/button.tsx";
import { SelectField, TextField } from "~/components/ui/field.tsx";
import { FormError } from "~/components/ui/misc.tsx";
import { FormKey } from "~/components/ui/form-key.tsx";
import { newDocumentSchema } from "~/shared/forms/documents.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { readForm } from "~/.server/form-data.ts";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, metaT(matches)("documents.new.title"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { community } = await orRespond(() => loadCommunity(user, params.slug ?? "", "participate"));
  requireFormKey(request);
  return { community: { slug: community.slug, name: community.name } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  // Who may not write here is refused before the form is read (decision 306).
  await orRespond(() => loadCommunity(user, slug, "participate"));
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: newDocumentSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return oncePerFormKey(user, form, () =>
    orFormError(async () => {
      const document = await createDocument(user, slug, submission.value);
      // At the new document's title, not the community's name far above it (walk 19, decision 320's rule).
      return redirectWithFlash(`/communities/${slug}/documenten/${document.id}#document-title`, "documents.flash.created");
    }),
  );
}

export default function NewDocument() {
  const { t } = useTranslation();
  const { community } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "new-document",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    constraint: getZodConstraint(newDocumentSchema),
    ...validateOnSubmit,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newDocumentSchema }),
    defaultValue: { template: "blank" },
  });
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  return (
    <section aria-labelledby="new-document-heading" className="max-w-2xl">
      <p className="mb-2">
        <Link to={`/communities/${community.slug}/documenten`}>← {t("documents.page.back")}</Link>
      </p>
      <h2 id="new-document-heading" className="text-2xl font-bold">
        {t("documents.new.title")}
      </h2>
      <p className="mt-1 mb-4 text-ink-700">{t("documents.new.intro")}</p>
      <FormError error={formError} />
      <Form method="post" {...formProps(form)}>
        <FormKey />
        <TextField field={fields.title} label={t("documents.new.titleLabel")} hint={t("documents.new.titleHint")} autoFocus />
        <SelectField
          field={fields.template}
          label={t("documents.new.template")}
          options={(["blank", "handreiking", "verslag"] as const).map((value) => ({ value, label: t(`documents.new.templates.${value}`) }))}
        />
        <Button disabled={navigation.state !== "idle"}>{t("documents.new.submit")}</Button>
      </Form>
    </section>
  );
}
