/**
 * Registering an address that already has an account (decision 243): the form
 * answers as for a new address, nothing is made, and the owner gets a mail
 * that says so, with links to log in and to choose a new password. At most a
 * few such mails per account a day (registrationNoticeLimit), however many IP
 * addresses try.
 */
import { db } from "../db.ts";
import { emit, transaction } from "../events.ts";
import { mailLanguage } from "../mail/i18n.ts";
import { sendOnce, type OnceResult } from "../mail/once.ts";
import { registrationNoticeMail } from "../mail/templates/registration-notice.ts";
import { registrationNoticeLimit } from "../security/limits.ts";

/** Called by registerUser for a taken address; does the same kind of work as making an account (a lookup and an event). */
export async function noticeRegistrationAttempt(email: string): Promise<void> {
  const owner = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!owner) return;
  if (!(await registrationNoticeLimit().check(owner.id)).allowed) return;
  await transaction(async (tx) => {
    await emit(tx, "user.registrationAttempted", { userId: owner.id });
  });
}

/** The mail job: one mail per attempt (`requestId` is the event's id), to the account's current address. */
export async function sendRegistrationNoticeMail(
  input: { userId: string; requestId: string },
  signal?: AbortSignal,
): Promise<OnceResult | "stale"> {
  const user = await db().user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, displayName: true, locale: true },
  });
  if (!user) return "stale";
  return sendOnce(
    { key: `registration-notice-${input.requestId}`, kind: "REGISTRATION_NOTICE", userId: user.id },
    async () => ({
      outcome: "send",
      mail: { to: user.email, ...registrationNoticeMail({ language: mailLanguage(user.locale), displayName: user.displayName }) },
    }),
    signal,
  );
}
