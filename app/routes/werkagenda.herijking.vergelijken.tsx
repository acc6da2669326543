import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { compareRounds, roundsToCompare } from "~/.server/agenda.ts";
import { orRespond } from "~/.server/errors.ts";
import { formatNumber } from "~/utils/i18n.ts";
import { CompareRoundsForm } from "~/components/agenda/compare-rounds-form.tsx";
import { Card, EmptyState, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("agenda.review.compare"));

/**
 * Two rounds (`a`, `b`) are compared; an unknown round is a 404. Opened without them (typed or
 * bookmarked), the page says what it needs and offers the rounds to choose from (decision 286):
 * 200 without either, 400 when one of the two is missing.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const before = url.searchParams.get("a")?.slice(0, 100) ?? "";
  const after = url.searchParams.get("b")?.slice(0, 100) ?? "";
  if (before && after) return { choose: null, ...(await orRespond(() => compareRounds(before, after))) };
  const choose = { rounds: await roundsToCompare(), incomplete: Boolean(before || after), before, after };
  return data({ choose, before: null, after: null, changes: null }, { status: choose.incomplete ? 400 : 200 });
}

export default function CompareRounds() {
  const { t } = useTranslation();
  const { choose, before, after, changes } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="mb-2">
        <Link to="/werkagenda/herijking">{t("agenda.review.back")}</Link>
      </p>
      {choose ? <ChooseRounds {...choose} /> : <Comparison before={before!} after={after!} changes={changes!} />}
    </>
  );
}

function ChooseRounds({
  rounds,
  incomplete,
  before,
  after,
}: {
  rounds: { id: string; title: string }[];
  incomplete: boolean;
  before: string;
  after: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("agenda.review.compare")} intro={t("agenda.review.chooseIntro")} />
      {rounds.length >= 2 ? (
        <>
          {incomplete ? <Notice tone="error">{t("agenda.review.chooseTwo")}</Notice> : null}
          <Card as="section" className="max-w-2xl">
            <CompareRoundsForm rounds={rounds} selected={{ before, after }} />
          </Card>
        </>
      ) : (
        <EmptyState>{rounds.length === 1 ? t("agenda.review.needTwoOne") : t("agenda.review.needTwoNone")}</EmptyState>
      )}
    </>
  );
}

type Compared = Awaited<ReturnType<typeof compareRounds>>;

function Comparison({ before, after, changes }: { before: { title: string }; after: { title: string }; changes: Compared["changes"] }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | null) => (value === null ? t("agenda.review.none") : formatNumber(value, i18n.language));
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (
    <>
      <PageHeader title={t("agenda.review.compareTitle", { before: before.title, after: after.title })} />
      {changes.length === 0 ? (
        <EmptyState>{t("agenda.review.noChanges")}</EmptyState>
      ) : (
        <ul className="list-disc space-y-1 ps-5">
          {changes.map((change, index) => {
            const params: Record<string, unknown> = { ...change };
            if (change.kind === "actionStatus") {
              params.from = tr(`agenda.status.${change.from}`);
              params.to = tr(`agenda.status.${change.to}`);
            }
            if (change.kind === "indicatorValue") {
              params.from = number(change.from);
              params.to = number(change.to);
              params.target = number(change.targetValue);
            }
            return (
              <li key={index}>
                <span className="text-ink-600">{change.theme}: </span>
                {tr(`agenda.review.changes.${change.kind}`, params)}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
