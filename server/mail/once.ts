/**
 * Claim, prepare, send, record: the one path every mail takes. The claim makes
 * a mail go out at most once per key; a failure before the SMTP server
 * accepted the message releases the claim, so the job's retry sends it.
 */
import { log } from "../logger.ts";
import { BackToQueue, checkpoint, RetryAt } from "../queues/control.ts";
import { abandonClaim, claimDelivery, type DeliveryRow, finishDelivery, type NewDelivery, releaseDelivery } from "./delivery.ts";
import { deliverMail, messageIdFor, type OutgoingMail } from "./transport.ts";

export type Prepared =
  | { outcome: "send"; mail: Omit<OutgoingMail, "messageId">; itemCount?: number; afterSent?: () => Promise<void> }
  | { outcome: "empty" }
  | { outcome: "superseded" };

export type OnceResult = "sent" | "empty" | "superseded" | "already-done";

export async function sendOnce(
  input: NewDelivery,
  prepare: (delivery: DeliveryRow) => Promise<Prepared>,
  signal?: AbortSignal,
): Promise<OnceResult> {
  checkpoint(signal);
  const claim = await claimDelivery(input);
  if (claim.state === "done") return "already-done";
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
  // From here on the message may reach the recipient: no more checkpoints.
  try {
    await deliverMail({ ...prepared.mail, messageId: messageIdFor(claim.delivery.id) });
  } catch (error) {
    await releaseDelivery(claim, error);
    throw error;
  }
  await prepared.afterSent?.();
  if (!(await finishDelivery(claim, "SENT", prepared.itemCount ?? 1))) {
    log.warn(`mail ${input.key} was sent but its claim had been taken over`, { deliveryId: claim.delivery.id });
  }
  return "sent";
}
