/**
 * At most one mail per idempotency key, even with retries, several workers
 * and kill -9: a MailDelivery row is claimed (a lease) before anything is
 * sent, marked HANDING_OVER (committed) just before the message goes to the
 * SMTP server, and finished after the server accepted it. A hand-over whose
 * worker vanished is repeated only where that is harmless (the file
 * transport); over SMTP it becomes UNCERTAIN instead of being sent again.
 * See docs/decisions/031-exactly-once-mail.md and
 * docs/decisions/130-mail-exactly-once-through-crashes.md.
 */
import { randomUUID } from "node:crypto";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { DigestFrequency, MailKind, MailStatus } from "../generated/prisma/enums.ts";

/** How long a claim holds (5 minutes unless MAIL_CLAIM_LEASE_MS says otherwise). Longer than any send; after it a crashed claim may be taken over. */
export function claimLeaseMs(): number {
  return config().MAIL_CLAIM_LEASE_MS;
}

export type DeliveryRow = {
  id: string;
  key: string;
  status: MailStatus;
  attempts: number;
  since: Date | null;
  until: Date | null;
  claimedAt: Date | null;
  createdAt: Date;
};

export type Claim =
  /** `handedOver`: an earlier attempt died during its hand-over (only returned when handing over again is harmless). */
  | { state: "owned"; delivery: DeliveryRow; token: string; handedOver: boolean }
  | { state: "done"; delivery: DeliveryRow }
  /** An earlier attempt died during its hand-over over SMTP: marked UNCERTAIN, not sent again. */
  | { state: "uncertain"; delivery: DeliveryRow }
  | { state: "busy"; delivery: DeliveryRow; retryAt: Date };

const select = { id: true, key: true, status: true, attempts: true, since: true, until: true, claimedAt: true, createdAt: true } as const;
/** Nothing more happens to these by itself; UNCERTAIN waits for an administrator. */
const FINAL: MailStatus[] = ["SENT", "EMPTY", "SUPERSEDED", "UNCERTAIN"];
const CLAIMED: MailStatus[] = ["SENDING", "HANDING_OVER"];

export type NewDelivery = {
  key: string;
  kind: MailKind;
  userId?: string | null;
  frequency?: DigestFrequency;
  periodKey?: string;
  since?: Date;
  until?: Date;
};

/**
 * Claims the mail for `input.key`. `handOverRepeatable` says whether the
 * transport delivers a repeated hand-over of the same Message-ID once (files)
 * or not (SMTP).
 */
export async function claimDelivery(input: NewDelivery, handOverRepeatable: boolean, now = new Date()): Promise<Claim> {
  const token = randomUUID();
  try {
    const delivery = await db().mailDelivery.create({
      data: { ...input, status: "SENDING", claimToken: token, claimedAt: now, attempts: 1 },
      select,
    });
    return { state: "owned", delivery, token, handedOver: false };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const existing = await db().mailDelivery.findUniqueOrThrow({ where: { key: input.key }, select });
  if (FINAL.includes(existing.status)) return finalClaim(existing);
  const expired = { lt: new Date(now.getTime() - claimLeaseMs()) };
  // A claim whose lease ran out in the middle of a hand-over over SMTP: its worker died (or lost the
  // connection) while the server may have been accepting the message. Sending again could make a second
  // copy, so it is recorded as uncertain and left to an administrator.
  if (!handOverRepeatable) {
    await db().mailDelivery.updateMany({
      where: { key: input.key, status: "HANDING_OVER", claimedAt: expired },
      data: {
        status: "UNCERTAIN",
        claimToken: null,
        lastError: "the worker stopped while handing the message over; it may or may not have arrived",
      },
    });
  }
  // A failed attempt, or a claim whose lease ran out before anything was handed over (or where handing
  // over again is harmless): take it over.
  const taken = await db().mailDelivery.updateMany({
    where: {
      key: input.key,
      OR: [{ status: "FAILED" }, { status: { in: handOverRepeatable ? CLAIMED : ["SENDING"] }, claimedAt: expired }],
    },
    data: { status: "SENDING", claimToken: token, claimedAt: now, attempts: { increment: 1 } },
  });
  const current = await db().mailDelivery.findUniqueOrThrow({ where: { key: input.key }, select });
  if (taken.count === 1) return { state: "owned", delivery: current, token, handedOver: existing.status === "HANDING_OVER" };
  if (FINAL.includes(current.status)) return finalClaim(current);
  return { state: "busy", delivery: current, retryAt: new Date((current.claimedAt ?? now).getTime() + claimLeaseMs()) };
}

function finalClaim(delivery: DeliveryRow): Claim {
  return delivery.status === "UNCERTAIN" ? { state: "uncertain", delivery } : { state: "done", delivery };
}

/**
 * Records, before the message leaves, that it is about to be handed over (and
 * restarts the lease, so the hand-over has all of it). False when the claim
 * was lost meanwhile: then nothing may be sent.
 */
export async function startHandOver(claim: { delivery: { id: string }; token: string }): Promise<boolean> {
  const { count } = await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: "SENDING" },
    data: { status: "HANDING_OVER", claimedAt: new Date() },
  });
  return count === 1;
}

/** The hand-over broke off halfway (the connection dropped after the message went out): it may have arrived. */
export async function markUncertain(claim: { delivery: { id: string }; token: string }, error: unknown): Promise<void> {
  await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: { in: CLAIMED } },
    data: { status: "UNCERTAIN", claimToken: null, lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500) },
  });
}

/**
 * An administrator's choice to send uncertain mails again (accepting that a
 * member may get one twice, with the same Message-ID): they become FAILED, so
 * the retried job sends them. Mail jobs use the delivery key as their job id.
 */
export async function releaseUncertain(keys: string[]): Promise<number> {
  if (!keys.length) return 0;
  const { count } = await db().mailDelivery.updateMany({ where: { key: { in: keys }, status: "UNCERTAIN" }, data: { status: "FAILED" } });
  return count;
}

/** Records the outcome; false when the claim was lost meanwhile (another worker took over). */
export async function finishDelivery(
  claim: { delivery: { id: string }; token: string },
  status: "SENT" | "EMPTY" | "SUPERSEDED",
  itemCount = 0,
): Promise<boolean> {
  const { count } = await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: status === "SENT" ? "HANDING_OVER" : "SENDING" },
    data: { status, itemCount, sentAt: status === "SENT" ? new Date() : null, claimToken: null, lastError: null },
  });
  return count === 1;
}

/** The SMTP server refused or could not be reached: the message was not accepted, so another attempt may send it. */
export async function releaseDelivery(claim: { delivery: { id: string }; token: string }, error: unknown): Promise<void> {
  await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: { in: CLAIMED } },
    data: { status: "FAILED", claimToken: null, lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500) },
  });
}

/** Gives a claim back untouched (shutdown before anything was sent). */
export async function abandonClaim(claim: { delivery: { id: string }; token: string }): Promise<void> {
  await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: "SENDING" },
    data: { status: "FAILED", claimToken: null, lastError: "returned to the queue at shutdown", attempts: { decrement: 1 } },
  });
}
