/**
 * Claim, prepare, hand over, record: the one path every mail takes. The claim
 * makes a mail go out at most once per key; a failure before the SMTP server
 * accepted the message releases the claim, so the job's retry sends it. A
 * hand-over that may have reached the server is never repeated over SMTP
 * (docs/decisions/031-exactly-once-mail.md, 130-mail-exactly-once-through-crashes.md).
 */
import { log } from "../logger.ts";
import { BackToQueue, checkpoint, NeedsDecision, RetryAt } from "../queues/control.ts";
import {
  abandonClaim,
  claimDelivery,
  type DeliveryRow,
  finishDelivery,
  markUncertain,
  type NewDelivery,
  releaseDelivery,
  startHandOver,
} from "./delivery.ts";
import { deliverMail, mailTransportIsIdempotent, messageIdFor, type OutgoingMail } from "./transport.ts";

export type Prepared =
  | { outcome: "send"; mail: Omit<OutgoingMail, "messageId">; itemCount?: number; afterSent?: () => Promise<void> }
  | { outcome: "empty" }
  | { outcome: "superseded" };

export type OnceResult = "sent" | "empty" | "superseded" | "already-done";

/** An interrupted hand-over may have delivered the mail: the job fails without retries and an administrator decides. */
const UNCERTAIN_REASON =
  "the mail may or may not have arrived (the hand-over to the SMTP server was interrupted); it is not sent again by itself — retry sends it again";

/** System errors that mean the connection to the SMTP server never came about. */
const NEVER_CONNECTED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EDNS"]);

/**
 * Whether a failed hand-over certainly did not deliver the message: the server
 * answered with an error code (4xx/5xx), the connection never came about, or
 * the transport may be repeated harmlessly anyway. A connection that dropped
 * or timed out without an answer may have dropped after the server took the
 * message: that is uncertain.
 */
export function certainlyNotDelivered(error: unknown, repeatable: boolean): boolean {
  if (repeatable) return true;
  if (!(error instanceof Error)) return false;
  const { responseCode, code, originalCode, command } = error as Error & {
    responseCode?: number;
    code?: string;
    originalCode?: string;
    command?: string;
  };
  if (typeof responseCode === "number" && responseCode >= 400) return true;
  if ((code && NEVER_CONNECTED.has(code)) || (originalCode && NEVER_CONNECTED.has(originalCode))) return true;
  // Refused by nodemailer itself before talking to the server (no recipients, bad address, message too large).
  return command === "API" || code === "EENVELOPE" || code === "EMESSAGE";
}

export async function sendOnce(
  input: NewDelivery,
  prepare: (delivery: DeliveryRow) => Promise<Prepared>,
  signal?: AbortSignal,
): Promise<OnceResult> {
  checkpoint(signal);
  const repeatable = mailTransportIsIdempotent();
  const claim = await claimDelivery(input, repeatable);
  if (claim.state === "done") return "already-done";
  if (claim.state === "uncertain") throw new NeedsDecision(UNCERTAIN_REASON);
  if (claim.state === "busy") throw new RetryAt(claim.retryAt, `mail ${input.key} is being sent by another worker`);

  let prepared: Prepared;
  try {
    prepared = await prepare(claim.delivery);
    checkpoint(signal);
  } catch (error) {
    if (error instanceof BackToQueue) await abandonClaim(claim);
    else await releaseDelivery(claim, error);
    throw error;
  }
  if (prepared.outcome !== "send") {
    await finishDelivery(claim, prepared.outcome === "empty" ? "EMPTY" : "SUPERSEDED");
    return prepared.outcome;
  }
  // Committed before the message leaves: whoever finds this row after a crash knows a hand-over may have happened.
  if (!(await startHandOver(claim))) throw new RetryAt(new Date(), `mail ${input.key}: the claim was taken over before sending`);
  // From here on the message may reach the recipient: no more checkpoints.
  try {
    await deliverMail({ ...prepared.mail, messageId: messageIdFor(claim.delivery.id), queuedAt: claim.delivery.createdAt });
  } catch (error) {
    if (certainlyNotDelivered(error, repeatable)) {
      await releaseDelivery(claim, error);
      throw error;
    }
    await markUncertain(claim, error);
    log.warn(`mail ${input.key}: the connection broke off during the hand-over`, {
      deliveryId: claim.delivery.id,
      error: error instanceof Error ? error.message : String(error),
    });
    throw new NeedsDecision(UNCERTAIN_REASON);
  }
  await prepared.afterSent?.();
  if (!(await finishDelivery(claim, "SENT", prepared.itemCount ?? 1))) {
    log.warn(`mail ${input.key} was sent but its claim had been taken over`, { deliveryId: claim.delivery.id });
  }
  return "sent";
}
