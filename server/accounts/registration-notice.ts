/**
 * Registering an address that already has an account (decision 243): the form
 * answers as for a new address, nothing is made, and the owner gets a mail
 * that says so, with links to log in and to choose a new password. At most a
 * few such mails per account a day (registrationNoticeLimit), however many IP
 * addresses try. The owner of an address another account asks to change to
 * gets the same kind of mail from the verification mail job (decision 297),
 * within the same limit.
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

/**
 * Another account asked for this owner's address on /profiel/e-mailadres (decision 297): the
 * verification job sends it no link and tells the owner instead. The requester's answer is the
 * same as for a free address; at most registrationNoticeLimit such mails per owner a day.
 */
export async function sendEmailClaimNoticeMail(
  owner: { id: string; email: string; displayName: string; locale: string | null },
  requestId: string,
  signal?: AbortSignal,
): Promise<OnceResult> {
  return sendOnce(
    { key: `email-claim-notice-${requestId}`, kind: "EMAIL_CLAIM_NOTICE", userId: owner.id },
    async () => {
      if (!(await registrationNoticeLimit().check(owner.id)).allowed) return { outcome: "empty" };
      return {
        outcome: "send",
        mail: {
          to: owner.email,
          ...registrationNoticeMail({ language: mailLanguage(owner.locale), displayName: owner.displayName, cause: "emailClaim" }),
        },
      };
    },
    signal,
  );
}
