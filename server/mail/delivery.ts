/**
 * At most one mail per idempotency key, even with retries, several workers
 * and kill -9: a MailDelivery row is claimed (a lease) before anything is
 * sent, marked HANDING_OVER (committed) just before the message goes to the
 * SMTP server, and finished after the server accepted it. A hand-over whose
 * worker vanished is repeated only where that is harmless (the file
 * transport); over SMTP it becomes UNCERTAIN instead of being sent again.
 * See docs/decisions/031-exactly-once-mail.md and
 * docs/decisions/130-mail-exactly-once-through-crashes.md. The claims,
 * hand-over markers and outcomes of mails sent side by side are one statement
 * each (docs/decisions/179-exactly-once-statements-in-batches.md).
 */
import { randomBytes } from "node:crypto";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { adaptiveBatch } from "../db/adaptive-batch.ts";
import { directSql } from "../db/direct.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { singleton } from "../singleton.ts";
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

type ClaimRequest = { input: NewDelivery; id: string; token: string; now: Date };
type DeliveryRowRaw = Omit<DeliveryRow, "status"> & { status: string };

/**
 * Random bytes for ids and claim tokens, drawn from a pool filled 4 KiB at a
 * time: one `randomBytes` per mail for the id and one for the token cost the
 * digest worker about 5 % of its CPU (decision 276). The bytes are the same
 * cryptographically strong kind; only fewer, larger requests fetch them.
 */
const randomPool = { bytes: Buffer.alloc(0), offset: 0 };

function randomHex(length: number): string {
  if (randomPool.offset + length > randomPool.bytes.length) {
    randomPool.bytes = randomBytes(4_096);
    randomPool.offset = 0;
  }
  const hex = randomPool.bytes.toString("hex", randomPool.offset, randomPool.offset + length);
  randomPool.offset += length;
  return hex;
}

/** A new delivery id (opaque, like Prisma's cuids: letters and digits). */
const newDeliveryId = () => `d${randomHex(12)}`;
/** A claim's token: 128 random bits, only ever compared. */
const newClaimToken = () => randomHex(16);
const utc = (date: Date | null | undefined) => date?.toISOString() ?? null;

/**
 * The claims of every mail this process starts at about the same moment, in
 * one INSERT (decision 179): each new key becomes its own SENDING row with its
 * own token, exactly as one insert per mail would; a key that exists already
 * (a retry, a crashed or concurrent attempt) is left alone here and goes the
 * one-by-one way below. Returns the row per request, or null for those.
 */
async function insertClaims(requests: ClaimRequest[]): Promise<(DeliveryRow | null)[]> {
  const column = <T>(pick: (input: NewDelivery, request: ClaimRequest) => T) => requests.map((r) => pick(r.input, r));
  const rows = await directSql<DeliveryRowRaw>(Prisma.sql`/* prepared */
    INSERT INTO "MailDelivery" ("id", "key", "kind", "userId", "status", "claimToken", "claimedAt", "attempts",
      "frequency", "periodKey", "since", "until", "createdAt", "updatedAt")
    SELECT r."id", r."key", r."kind"::"MailKind", r."userId", 'SENDING', r."token", r."at" AT TIME ZONE 'UTC', 1,
      r."frequency"::"DigestFrequency", r."periodKey", r."since" AT TIME ZONE 'UTC', r."until" AT TIME ZONE 'UTC',
      r."at" AT TIME ZONE 'UTC', r."at" AT TIME ZONE 'UTC'
    FROM unnest(${column((_, r) => r.id)}::text[], ${column((i) => i.key)}::text[], ${column((i) => i.kind)}::text[],
      ${column((i) => i.userId ?? null)}::text[], ${column((_, r) => r.token)}::text[], ${column((_, r) => utc(r.now))}::timestamptz[],
      ${column((i) => i.frequency ?? null)}::text[], ${column((i) => i.periodKey ?? null)}::text[],
      ${column((i) => utc(i.since))}::timestamptz[], ${column((i) => utc(i.until))}::timestamptz[])
      AS r("id", "key", "kind", "userId", "token", "at", "frequency", "periodKey", "since", "until")
    ON CONFLICT ("key") DO NOTHING
    RETURNING "id", "key", "status"::text AS "status", "attempts", "since", "until", "claimedAt", "createdAt"`);
  const byId = new Map(rows.map((row) => [row.id, { ...row, status: row.status as MailStatus }]));
  return requests.map((request) => byId.get(request.id) ?? null);
}

const claimBatch = () => singleton("mail-claim-batch", () => adaptiveBatch(insertClaims));

/**
 * Claims the mail for `input.key`. `handOverRepeatable` says whether the
 * transport delivers a repeated hand-over of the same Message-ID once (files)
 * or not (SMTP). New keys are claimed together with the other mails this
 * process starts at the same moment (one statement); each keeps its own row,
 * token and lease.
 */
export async function claimDelivery(input: NewDelivery, handOverRepeatable: boolean, now = new Date()): Promise<Claim> {
  const token = newClaimToken();
  const delivery = await claimBatch().load({ input, id: newDeliveryId(), token, now });
  if (delivery) return { state: "owned", delivery, token, handedOver: false };
  return claimExisting(input, handOverRepeatable, token, now);
}

/** The key has a row already: finished, uncertain, failed, or claimed by an attempt that may have died. */
async function claimExisting(input: NewDelivery, handOverRepeatable: boolean, token: string, now: Date): Promise<Claim> {
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

type ClaimRef = { delivery: { id: string }; token: string };

/**
 * The hand-over markers of the mails this process is about to send, in one
 * UPDATE: each row moves SENDING → HANDING_OVER only under its own token, and
 * the statement commits before any of those messages leaves. Returns per claim
 * whether it still held.
 */
async function markHandingOver(claims: ClaimRef[]): Promise<boolean[]> {
  const at = new Date().toISOString();
  const rows = await directSql<{ id: string }>(Prisma.sql`/* prepared */
    UPDATE "MailDelivery" d
    SET "status" = 'HANDING_OVER', "claimedAt" = ${at}::timestamptz AT TIME ZONE 'UTC', "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
    FROM unnest(${claims.map((c) => c.delivery.id)}::text[], ${claims.map((c) => c.token)}::text[]) AS r("id", "token")
    WHERE d."id" = r."id" AND d."claimToken" = r."token" AND d."status" = 'SENDING'
    RETURNING d."id"`);
  const held = new Set(rows.map((row) => row.id));
  return claims.map((claim) => held.has(claim.delivery.id));
}

const handOverBatch = () => singleton("mail-hand-over-batch", () => adaptiveBatch(markHandingOver));

/**
 * Records, before the message leaves, that it is about to be handed over (and
 * restarts the lease, so the hand-over has all of it). False when the claim
 * was lost meanwhile: then nothing may be sent.
 */
export function startHandOver(claim: ClaimRef): Promise<boolean> {
  return handOverBatch().load(claim);
}

/** The hand-over broke off halfway (the connection dropped after the message went out): it may have arrived. */
export async function markUncertain(claim: ClaimRef, error: unknown): Promise<void> {
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

type Outcome = { claim: ClaimRef; status: "SENT" | "EMPTY" | "SUPERSEDED"; itemCount: number };

/**
 * The outcomes of the mails this process finished at about the same moment,
 * in one UPDATE; each row changes only under its own token and from the state
 * its outcome requires (SENT from HANDING_OVER, the others from SENDING).
 */
async function recordOutcomes(outcomes: Outcome[]): Promise<boolean[]> {
  const at = new Date().toISOString();
  const rows = await directSql<{ id: string }>(Prisma.sql`/* prepared */
    UPDATE "MailDelivery" d
    SET "status" = r."status"::"MailStatus", "itemCount" = r."items",
      "sentAt" = CASE WHEN r."status" = 'SENT' THEN ${at}::timestamptz AT TIME ZONE 'UTC' END,
      "claimToken" = NULL, "lastError" = NULL, "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
    FROM unnest(${outcomes.map((o) => o.claim.delivery.id)}::text[], ${outcomes.map((o) => o.claim.token)}::text[],
      ${outcomes.map((o) => o.status)}::text[], ${outcomes.map((o) => o.itemCount)}::int[]) AS r("id", "token", "status", "items")
    WHERE d."id" = r."id" AND d."claimToken" = r."token"
      AND d."status" = (CASE WHEN r."status" = 'SENT' THEN 'HANDING_OVER' ELSE 'SENDING' END)::"MailStatus"
    RETURNING d."id"`);
  const done = new Set(rows.map((row) => row.id));
  return outcomes.map((outcome) => done.has(outcome.claim.delivery.id));
}

const finishBatch = () => singleton("mail-finish-batch", () => adaptiveBatch(recordOutcomes));

/** Records the outcome; false when the claim was lost meanwhile (another worker took over). */
export function finishDelivery(claim: ClaimRef, status: "SENT" | "EMPTY" | "SUPERSEDED", itemCount = 0): Promise<boolean> {
  return finishBatch().load({ claim, status, itemCount });
}

/** The SMTP server refused or could not be reached: the message was not accepted, so another attempt may send it. */
export async function releaseDelivery(claim: ClaimRef, error: unknown): Promise<void> {
  await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: { in: CLAIMED } },
    data: { status: "FAILED", claimToken: null, lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500) },
  });
}

/** Gives a claim back untouched (shutdown before anything was sent). */
export async function abandonClaim(claim: ClaimRef): Promise<void> {
  await db().mailDelivery.updateMany({
    where: { id: claim.delivery.id, claimToken: claim.token, status: "SENDING" },
    data: { status: "FAILED", claimToken: null, lastError: "returned to the queue at shutdown", attempts: { decrement: 1 } },
  });
}
