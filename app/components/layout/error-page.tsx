import { isRouteErrorResponse } from "@remix-run/react";
import { LinkButton } from "~/components/ui/button.tsx";
import { tKey } from "~/utils/i18n.ts";
import { useTranslation } from "~/utils/translation.ts";

export function errorStatus(error: unknown): number {
  return isRouteErrorResponse(error) ? error.status : 500;
}

export function errorTitleKey(status: number) {
  return status === 404 ? "errors.pageTitle.notFound" : status === 403 ? "errors.pageTitle.forbidden" : "errors.pageTitle.other";
}

/** The site's error page: the error's title, its message (the refusal's own when it has one) and a way home. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = errorStatus(error);
  const messageKey =
    isRouteErrorResponse(error) && typeof (error.data as { message?: unknown })?.message === "string"
      ? (error.data as { message: string }).message
      : status === 404
        ? "errors.notFound"
        : status === 403
          ? "errors.forbidden"
          : "errors.generic";
  return (
    <section>
      <h1 className="text-3xl font-bold">{t(errorTitleKey(status))}</h1>
      <p className="mt-3 text-lg">{tKey(t, messageKey)}</p>
      <p className="mt-6">
        <LinkButton to="/" variant="secondary">
          {t("common.nav.home")}
        </LinkButton>
      </p>
    </section>
  );
}
