import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { Button } from "~/components/ui/button.tsx";

/** Votes or withdraws a vote; posts to the list route, which redirects back. */
export function VoteButton({
  questionId,
  voted,
  redirectTo,
  titleId,
}: {
  questionId: string;
  voted: boolean;
  redirectTo: string;
  /** The element showing the question's title, with its language marked: part of the button's name (decision 299). */
  titleId: string;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state !== "idle";
  return (
    <Form method="post" action="/werkagenda/kennisvragen" className="inline">
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Button
        id={`vote-${questionId}`}
        aria-labelledby={`vote-${questionId} ${titleId}`}
        name="intent"
        value={voted ? "unvote" : "vote"}
        size="sm"
        variant={voted ? "secondary" : "primary"}
        disabled={busy}
      >
        {t(voted ? "agenda.questions.unvote" : "agenda.questions.vote")}
      </Button>
    </Form>
  );
}
