/** Domain events of accounts; search (the member source) listens. */
import { z } from "zod";
import { event, id } from "../events/define.ts";

export const accountEvents = {
  "user.registered": event(z.object({ userId: id })),
  /** The member changed their own profile (moderation changes announce themselves as moderation.action). */
  "user.updated": event(z.object({ userId: id })),
  /** A verification link is wanted again, or for a new address (decision 110); the mail processor sends it. */
  "user.verificationRequested": event(z.object({ userId: id })),
};
