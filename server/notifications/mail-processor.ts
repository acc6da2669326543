/**
 * The mail processor: the invitation mail (its link made from the seed the
 * event carries, decision 297) and the batched notification mail for members who want a
 * kind by e-mail. Both are idempotent: the jobs have deterministic ids and
 * sendOnce() claims each mail once (decision 031).
 */
import { enqueue } from "../queues/producer.ts";
import { handlerProcessor, type EventProcessor } from "../events/processor.ts";
import { mailNotificationLater } from "./delivery.ts";
import { invitationJobId } from "./mails.ts";

export function mailProcessor(): EventProcessor {
  return handlerProcessor("mail", {
    "invitation.created": async ({ invitationId, seed }) => {
      await enqueue("sendInvitationMail", { invitationId, seed }, { jobId: invitationJobId(invitationId, seed), removeOnComplete: true });
    },
    "notification.created": (payload) => mailNotificationLater(payload),
    // The link that confirms an address: for a new account, and when asked again or for a new address (decision 110).
    "user.registered": async ({ userId }, { id }) => {
      await enqueue("sendEmailVerification", { userId, requestId: id }, { jobId: `email-verification-${id}` });
    },
    "user.verificationRequested": async ({ userId }, { id }) => {
      await enqueue("sendEmailVerification", { userId, requestId: id }, { jobId: `email-verification-${id}` });
    },
    // "Someone tried to make an account with your address" (decision 243).
    "user.registrationAttempted": async ({ userId }, { id }) => {
      await enqueue("sendRegistrationNotice", { userId, requestId: id }, { jobId: `registration-notice-${id}` });
    },
  });
}
