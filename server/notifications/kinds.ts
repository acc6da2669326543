/**
 * Every kind of notification and the data it carries. Producers call
 * `notify()`; the notifications area delivers (live bell, e-mail) according
 * to each member's preferences. Add a kind here with its zod schema.
 */
import { z } from "zod";

export const NOTIFICATION_KINDS = {
  /** Someone @mentioned the member in a message. */
  mention: z.object({ topicId: z.string(), messageId: z.string(), topicTitle: z.string(), excerpt: z.string() }),
  /** A new reply in a topic the member started. */
  reply: z.object({ topicId: z.string(), messageId: z.string(), topicTitle: z.string(), excerpt: z.string() }),
  /** An answer was marked on the member's question. */
  answerMarked: z.object({ topicId: z.string(), messageId: z.string(), topicTitle: z.string() }),
  /** The member's own message was chosen as the answer to someone's question. */
  answerChosen: z.object({ topicId: z.string(), messageId: z.string(), topicTitle: z.string() }),
  /** A facilitator decided on the member's join request. */
  joinRequestDecided: z.object({ communityName: z.string(), approved: z.boolean() }),
  /** A new join request waits for the facilitator. */
  joinRequestReceived: z.object({ communityName: z.string(), requesterName: z.string() }),
  /** The member was invited to a community. */
  invitation: z.object({ communityName: z.string(), inviterName: z.string().nullable() }),
  /** A moderator (or facilitator) returned the member's library submission with a comment. */
  libraryItemReturned: z.object({ itemTitle: z.string(), comment: z.string(), change: z.boolean().optional() }),
  /** For moderators: an item (or a change to a published one) waits for review in the library. */
  libraryItemSubmitted: z.object({ itemTitle: z.string(), change: z.boolean() }),
  /** The member's library submission was published. */
  libraryItemPublished: z.object({ itemId: z.string().optional(), itemTitle: z.string(), change: z.boolean().optional() }),
  /** An event the member said ja or misschien to starts in about a day or an hour. */
  eventReminder: z.object({
    meetingId: z.string().optional(),
    eventTitle: z.string(),
    startsAt: z.string(),
    reminder: z.enum(["day", "hour"]),
    /** The day's reminder of a meeting later on the same (Dutch) day: "Vandaag", not "Morgen" (walk 17). */
    today: z.boolean().optional(),
  }),
  /** A seat came free: the member moved from the waiting list to the attendees. */
  eventPromoted: z.object({ meetingId: z.string().optional(), eventTitle: z.string(), startsAt: z.string() }),
  /** A facilitator (or moderator) planned a meeting in a community the member belongs to (decision 242). */
  eventPlanned: z.object({ meetingId: z.string(), eventTitle: z.string(), startsAt: z.string(), communityName: z.string() }),
  /** An event the member said ja or misschien to was cancelled. */
  eventCancelled: z.object({ eventTitle: z.string(), startsAt: z.string() }),
  /** A moderator hid the member's contribution (issue 8). */
  // targetKind since 6 December 2026: a hidden message names its topic, which is not what was hidden.
  contentHidden: z.object({ targetTitle: z.string(), reason: z.string(), targetKind: z.string().optional() }),
  /** A moderator warned the member (issue 8). */
  moderationWarning: z.object({ reason: z.string() }),
  /** A report the member made was handled: dismissed, or action taken (which one is not told, to protect the member concerned). */
  reportHandled: z.object({ outcome: z.enum(["dismissed", "actionTaken"]) }),
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export type NotificationData<K extends NotificationKind> = z.infer<(typeof NOTIFICATION_KINDS)[K]>;
