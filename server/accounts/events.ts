/** Domain events of accounts; search (the member source) listens. */
import { z } from "zod";
import { event, id } from "../events/define.ts";

export const accountEvents = {
  "user.registered": event(z.object({ userId: id })),
  /**
   * Someone filled in the registration form with this account's address (decision 243): nothing is made,
   * the owner gets a mail with links to log in and to choose a new password.
   */
  "user.registrationAttempted": event(z.object({ userId: id })),
  /** The member changed their own profile (moderation changes announce themselves as moderation.action). */
  "user.updated": event(z.object({ userId: id })),
  /** A verification link is wanted again, or for a new address (decision 110); the mail processor sends it. */
  "user.verificationRequested": event(z.object({ userId: id })),
  /**
   * Sessions ended (decision 112): `sessionKeys` are hashes of their ids, never the ids. The realtime
   * processor closes their sockets in every namespace; `everySocket` (suspension, deletion) closes all of the member's.
   */
  "sessions.ended": event(
    z.object({
      userId: id,
      sessionKeys: z.array(z.string().regex(/^[0-9a-f]{32}$/)).max(10_000),
      everySocket: z.boolean(),
      reason: z.enum(["logout", "logoutEverywhere", "login", "passwordReset", "suspended", "deleted"]),
    }),
  ),
};
