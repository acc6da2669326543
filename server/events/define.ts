/**
 * How an area declares its domain events: one zod payload schema per event,
 * once, in the area's own `events.ts`. Payloads carry ids and small facts, not
 * rendered views or texts: processors load the current state themselves, so a
 * job that runs late or twice never shows something stale (decision 095).
 */
import { z } from "zod";

/** A record id in a payload. */
export const id = z.string().min(1).max(100);
export const ids = z.array(id);

/**
 * One line of the append-only audit log (decisions 061, 066): ids, an action
 * name `area.verb`, and the moderator's reason where there is one. Never
 * titles, names or texts: the log cannot forget them.
 */
export type AuditLine = {
  actorId: string | null;
  action: string;
  targetKind?: string | null;
  targetId?: string | null;
  communityId?: string | null;
  reason?: string | null;
  details?: Record<string, string | number | boolean | null | undefined>;
};

export type EventDefinition<P extends z.ZodType = z.ZodType> = {
  payload: P;
  /**
   * The audit line this event writes when a moderator, facilitator or admin
   * did something (null when a member only acted on their own things).
   */
  audit?: (payload: z.infer<P>) => AuditLine | null;
  /**
   * The payload holds half a secret (an invitation link's seed, which makes
   * the token with TOKEN_SECRET): its jobs are removed as soon as they complete.
   */
  secret?: true;
};

export type EventDefinitions = Record<string, EventDefinition>;

/** Declares one event; the options are typed against the payload schema. */
export function event<P extends z.ZodType>(payload: P, options: Omit<EventDefinition<P>, "payload"> = {}): EventDefinition<P> {
  return { payload, ...options };
}
