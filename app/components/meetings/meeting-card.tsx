import { Link } from "~/components/ui/link.tsx";
import { Content, Dutch } from "~/components/ui/content.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Badge, Card } from "~/components/ui/misc.tsx";
import { formatDate } from "~/utils/i18n.ts";

export type MeetingCardData = {
  id: string;
  title: string;
  startsAt: string | Date;
  endsAt: string | Date;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  cancelledAt: string | Date | null;
  attending: number;
  community: { slug: string; name: string } | null;
  mine: { answer: "YES" | "MAYBE" | "NO"; status: "CONFIRMED" | "WAITLISTED" } | null;
};

/** "3 december 2026, 14:00 – 16:00" in Dutch time; the end date is repeated when it differs. */
export function MeetingTime({ startsAt, endsAt }: { startsAt: string | Date; endsAt: string | Date }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const sameDay = formatDate(startsAt, lang) === formatDate(endsAt, lang);
  const start = formatDate(startsAt, lang, { dateStyle: "full", timeStyle: "short" });
  const end = sameDay
    ? formatDate(endsAt, lang, { timeStyle: "short" })
    : formatDate(endsAt, lang, { dateStyle: "full", timeStyle: "short" });
  return (
    <>
      <time dateTime={new Date(startsAt).toISOString()}>{start}</time> – <time dateTime={new Date(endsAt).toISOString()}>{end}</time>
    </>
  );
}

export function MeetingCard({
  meeting,
  headingLevel = 3,
  showCommunity = true,
}: {
  meeting: MeetingCardData;
  headingLevel?: 2 | 3 | 4;
  showCommunity?: boolean;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "h4";
  const left = meeting.capacity !== null ? Math.max(0, meeting.capacity - meeting.attending) : null;
  // "You go on the waiting list" is only news to someone who has not said yes yet (who has a seat, or is on the list already).
  const full = meeting.mine?.answer === "YES" ? t("events.card.full") : t("events.card.fullWaitingList");
  return (
    <Card as="li">
      <Heading className="text-lg font-semibold">
        <Link to={`/agenda/${meeting.id}`}>
          <Content text={meeting.title} />
        </Link>
      </Heading>
      <p className="mt-1 text-ink-700">
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink-700">
        {meeting.cancelledAt ? <Badge tone="warn">{t("events.card.cancelled")}</Badge> : null}
        {showCommunity ? (
          <Badge tone="brand">{meeting.community ? <Dutch text={meeting.community.name} /> : t("events.card.platform")}</Badge>
        ) : null}
        {meeting.location ? <span>{meeting.location}</span> : null}
        {meeting.onlineUrl ? <Badge>{t("events.card.online")}</Badge> : null}
        <span>{t("events.card.attending", { count: meeting.attending })}</span>
        {left !== null && !meeting.cancelledAt ? <span>{left > 0 ? t("events.card.seatsLeft", { count: left }) : full}</span> : null}
        {meeting.mine ? (
          <Badge tone="ok">
            {t("events.card.yourAnswer", {
              answer:
                meeting.mine.answer === "YES" && meeting.mine.status === "WAITLISTED"
                  ? t("events.page.attendeeStatus.YES_WAITLISTED")
                  : t(`events.answerShort.${meeting.mine.answer}`),
            })}
          </Badge>
        ) : null}
      </div>
    </Card>
  );
}
