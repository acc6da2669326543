/**
 * One-time keys of create forms (decision 229). The first POST with a key
 * claims it and, once the thing is made, stores where it went; a second POST
 * with the same key (Back and send again, a double click, three copies at
 * once) makes nothing and is sent there too. Keys are per member; rows older
 * than a day are removed when the member claims a new key.
 */
import { randomBytes } from "node:crypto";
import { db } from "../db.ts";

/** How long a key protects against a second copy. */
export const FORM_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim without an outcome for this long belongs to a request that died: it may be taken over. */
const CLAIM_ABANDONED_MS = 60_000;
/** How long a second copy waits for the first one to finish. */
const WAIT_MS = 20_000;
const POLL_MS = 50;

export const FORM_KEY_PATTERN = /^[A-Za-z0-9_-]{16,40}(\.[a-z][a-zA-Z]{0,30})?$/;

export function newFormKey(): string {
  return randomBytes(16).toString("base64url");
}

export type FormKeyOutcome = { state: "first" } | { state: "done"; url: string } | { state: "busy" };

/** Claims `key` for the member, or tells where its first use went (waiting while it is being made). */
export async function claimFormKey(userId: string, key: string): Promise<FormKeyOutcome> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    // Three copies at once: the unique (userId, key) lets one insert; the others find its row.
    const { count } = await db().formSubmission.createMany({ data: [{ userId, key }], skipDuplicates: true });
    if (count) return { state: "first" };
    const row = await db().formSubmission.findUnique({ where: { userId_key: { userId, key } }, select: { url: true, createdAt: true } });
    if (row?.url) return { state: "done", url: row.url };
    if (row && Date.now() - row.createdAt.getTime() > CLAIM_ABANDONED_MS) {
      await db().formSubmission.deleteMany({ where: { userId, key, url: null, createdAt: row.createdAt } });
      continue;
    }
    // No row: the first copy failed and let go of the key; claim it again. A row without url: still being made.
    if (row && Date.now() > deadline) return { state: "busy" };
    if (row) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The first use made its thing at `url`. */
export async function completeFormKey(userId: string, key: string, url: string): Promise<void> {
  await db().formSubmission.updateMany({ where: { userId, key }, data: { url } });
}

/** The first use made nothing (bad input, refused): the key may be used again. */
export async function releaseFormKey(userId: string, key: string): Promise<void> {
  await db().formSubmission.deleteMany({ where: { userId, key, url: null } });
}

/** The daily sweep (workers/jobs/clean-expired-sessions.ts): keys past their day. */
export async function deleteExpiredFormKeys(now = new Date()): Promise<number> {
  const { count } = await db().formSubmission.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - FORM_KEY_TTL_MS) } } });
  return count;
}
