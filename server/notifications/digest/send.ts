/**
 * The send-digest job: one member, one period. Exactly one mail per member
 * and period (MailDelivery key `digest-<userId>-<periodKey>`), none when there
 * is nothing new. See docs/decisions/031-exactly-once-mail.md.
 */
import { db } from "../../db.ts";
import { mailLanguage } from "../../mail/i18n.ts";
import { sendOnce, type OnceResult } from "../../mail/once.ts";
import { digestKey } from "../keys.ts";
import { gatherDigest } from "./gather.ts";
import { type DigestFrequencyDue, PERIOD_MS } from "./periods.ts";
import { renderDigest } from "./render.ts";

export type SendDigestInput = { userId: string; frequency: DigestFrequencyDue; periodKey: string; until: string };

/** Since the end of the member's last digest of this frequency, or one period back. */
async function digestSince(userId: string, frequency: DigestFrequencyDue, until: Date): Promise<Date> {
  const last = await db().mailDelivery.findFirst({
    where: { userId, kind: "DIGEST", frequency, status: { in: ["SENT", "EMPTY"] }, until: { lt: until } },
    orderBy: { until: "desc" },
    select: { until: true },
  });
  return last?.until ?? new Date(until.getTime() - PERIOD_MS[frequency]);
}

export async function sendDigest(input: SendDigestInput, signal?: AbortSignal): Promise<OnceResult | "gone" | "off"> {
  const until = new Date(input.until);
  const user = await db().user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, displayName: true, locale: true, globalRole: true, mailSettings: { select: { digestsEnabled: true } } },
  });
  if (!user) return "gone";
  if (user.mailSettings?.digestsEnabled === false) return "off";
  const since = await digestSince(user.id, input.frequency, until);
  return sendOnce(
    { key: digestKey(user.id, input.periodKey), kind: "DIGEST", userId: user.id, frequency: input.frequency, periodKey: input.periodKey, since, until },
    async (delivery) => {
      const windowUntil = delivery.until ?? until;
      const windowSince = delivery.since ?? since;
      // A later digest already went out (this job was retried late): it covered this period too.
      const newer = await db().mailDelivery.count({
        where: { userId: user.id, kind: "DIGEST", frequency: input.frequency, status: { in: ["SENT", "EMPTY"] }, until: { gt: windowUntil } },
      });
      if (newer > 0) return { outcome: "superseded" };
      const member = { id: user.id, email: user.email, displayName: user.displayName, globalRole: user.globalRole, language: mailLanguage(user.locale) };
      const digest = await gatherDigest(member, input.frequency, windowSince, windowUntil);
      if (digest.itemCount === 0) return { outcome: "empty" };
      return { outcome: "send", mail: { to: user.email, ...renderDigest(digest) }, itemCount: digest.itemCount };
    },
    signal,
  );
}
