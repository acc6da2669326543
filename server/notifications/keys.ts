/** Dedupe keys shared by the producers and the digest sections that read them. */

/** A request asked again after a refusal is a new request: the key includes when it was made. */
export const joinRequestDedupeKey = (requestId: string, createdAt: Date) => `join-request-${requestId}-${createdAt.getTime()}`;

/** The idempotency key of one member's digest for one period. */
export const digestKey = (userId: string, periodKey: string) => `digest-${userId}-${periodKey}`;
