/**
 * At most one mail per idempotency key, even with retries and several
 * workers: a MailDelivery row is claimed (a lease) before anything is sent and
 * finished after the SMTP server accepted the message. See
 * docs/decisions/031-exactly-once-mail.md for the crash windows.
 */
import { randomUUID } from "node:crypto";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { DigestFrequency, MailKind, MailStatus } from "../generated/prisma/enums.ts";

/** How long a claim holds. Longer than any send; after it a crashed claim may be taken over. */
export const CLAIM_LEASE_MS = 5 * 60_000;

export type DeliveryRow = {
  id: string;
  key: string;
  status: MailStatus;
  attempts: number;
  since: Date | null;
  until: Date | null;
  claimedAt: Date | null;
};

export type Claim =
  | { state: "owned"; delivery: DeliveryRow; token: string }
  | { state: "done"; delivery: DeliveryRow }
  | { state: "busy"; delivery: DeliveryRow; retryAt: Date };

const select = { id: true, key: true, status: true, attempts: true, since: true, until: true, claimedAt: true } as const;
const FINAL: MailStatus[] = ["SENT", "EMPTY", "SUPERSEDED"];

export type NewDelivery = {
  key: string;
  kind: MailKind;
  userId?: string | null;
  frequency?: DigestFrequency;
  periodKey?: string;
  since?: Date;
  until?: Date;
};

export async function claimDelivery(input: NewDelivery, now = new Date()): Promise<Claim> {
  const token = randomUUID();
  try {
    const delivery = await db().mailDelivery.create({
      data: { ...input, status: "SENDING", claimToken: token, claimedAt: now, attempts: 1 },
      select,
    });
    return { state: "owned", delivery, token };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const existing = await db().mailDelivery.findUniqueOrThrow({ where: { key: input.key }, select });
  if (FINAL.includes(existing.status)) return { state: "done", delivery: existing };
  // A failed attempt, or a claim whose lease ran out (its worker died): take it over.
  const taken = await db().mailDelivery.updateMany({
    where: {
      key: input.key,
      OR: [{ status: "FAILED" }, { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - CLAIM_LEASE_MS) } }],
    },
    data: { status: "SENDING", claimToken: token, claimedAt: now, attempts: { increment: 1 } },
  });
  const current = await db().mailDelivery.findUniqueOrThrow({ where: { key: input.key }, select });
  if (taken.count === 1) return { state: "owned", delivery: current, token };
  if (FINAL.includes(current.status)) return { state: "done", delivery: current };
  return { state: "busy", delivery: current, retryAt: new Date((current.claimedAt ?? now).getTime() + CLAIM_LEASE_MS) };
}

/** Records the outcome; false when the claim was lost meanwhile (another worker took over). */
export async function finishDelivery(
  claim: { delivery: { id: string }; token: string },
  status: "SENT" | "EMPTY" | "SUPERSEDED",
  itemCount = 0,
): Promise<boolean> {
  const { count } = await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: "SENDING" },
    data: { status, itemCount, sentAt: status === "SENT" ? new Date() : null, claimToken: null, lastError: null },
  });
  return count === 1;
}

/** The SMTP server refused or could not be reached: the message was not accepted, so another attempt may send it. */
export async function releaseDelivery(claim: { delivery: { id: string }; token: string }, error: unknown): Promise<void> {
  await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: "SENDING" },
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
