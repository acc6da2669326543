/**
 * How each notification kind is delivered: which community permission a
 * member needs to see it (re-checked whenever it is shown or mailed), whether
 * it may be mailed, and the defaults before a member chooses. Adding a kind to
 * kinds.ts without an entry here is a type error.
 */
import type { ContentKind } from "../content/types.ts";
import type { NotificationKind } from "./kinds.ts";

export type KindDelivery = {
  /** `read` for content (messages, topics); `view` for membership matters (a refused request stays visible). */
  access: "view" | "read";
  /** False when the kind has its own mail (an invitation is mailed by the invitation pipeline). */
  emailable: boolean;
  defaults: { inApp: boolean; email: boolean };
  /**
   * The content it is about: the content kind and the field of `data` that holds its id. While that
   * content is not listed (hidden, deleted, archived: its adapter's `listedSql`), the notification is
   * not shown, counted, pushed or mailed (server/notifications/about.ts, decision 150). Without it
   * (or without the field, in older rows) only `access` applies.
   */
  about?: { kind: ContentKind; field: string };
  /**
   * About the member's own account and standing rather than community content: still mailed while the
   * member is suspended (decision 228). Every other kind is not mailed then, nor afterwards.
   */
  accountMatter?: true;
  /**
   * Only some members can receive it: facilitators of a community, or moderators (admins are
   * moderators too). Others do not see it in /instellingen/meldingen, and a choice for it that they
   * send anyway is ignored (decision 260). Shown only while the member still belongs to it:
   * server/notifications/audience.ts (decisions 280, 286).
   */
  audience?: "facilitators" | "moderators";
};

/** The four discussion kinds are about a message (a hidden topic hides its messages too). */
const aboutMessage = { kind: "message", field: "messageId" } as const;
const aboutMeeting = { kind: "meeting", field: "meetingId" } as const;

export const KIND_DELIVERY: Record<NotificationKind, KindDelivery> = {
  mention: { access: "read", emailable: true, defaults: { inApp: true, email: true }, about: aboutMessage },
  reply: { access: "read", emailable: true, defaults: { inApp: true, email: false }, about: aboutMessage },
  answerMarked: { access: "read", emailable: true, defaults: { inApp: true, email: true }, about: aboutMessage },
  answerChosen: { access: "read", emailable: true, defaults: { inApp: true, email: true }, about: aboutMessage },
  joinRequestDecided: { access: "view", emailable: true, defaults: { inApp: true, email: true } },
  joinRequestReceived: { access: "read", emailable: true, defaults: { inApp: true, email: true }, audience: "facilitators" },
  invitation: { access: "view", emailable: false, defaults: { inApp: true, email: false } },
  // Library items belong to no community; only their author is notified. A returned item is not
  // published (not listed), so only the published notice follows the item.
  libraryItemReturned: { access: "view", emailable: true, defaults: { inApp: true, email: true } },
  libraryItemPublished: {
    access: "view",
    emailable: true,
    defaults: { inApp: true, email: true },
    about: { kind: "libraryItem", field: "itemId" },
  },
  // Moderators (and admins) hear of every submission; mailed in the batch, not one by one, unless they choose so.
  libraryItemSubmitted: { access: "view", emailable: true, defaults: { inApp: true, email: false }, audience: "moderators" },
  // Meetings: the community (when there is one) must still be readable. A reminder or a seat for a meeting
  // since hidden or cancelled is not shown; the cancellation notice itself is not `about` it (it must be seen).
  eventReminder: { access: "read", emailable: true, defaults: { inApp: true, email: true }, about: aboutMeeting },
  eventPromoted: { access: "read", emailable: true, defaults: { inApp: true, email: true }, about: aboutMeeting },
  // A new meeting in one of the member's communities (decision 242): in-app by default; the digest's
  // upcoming meetings report it too, so only members who ask for it get a mail of its own.
  eventPlanned: { access: "read", emailable: true, defaults: { inApp: true, email: false }, about: aboutMeeting },
  eventCancelled: { access: "read", emailable: true, defaults: { inApp: true, email: true } },
  // Moderation (issue 8): sent without a community, to the member concerned only. Deliberately not
  // `about` the hidden content: it tells the author that it was hidden.
  contentHidden: { access: "view", emailable: true, defaults: { inApp: true, email: true }, accountMatter: true },
  moderationWarning: { access: "view", emailable: true, defaults: { inApp: true, email: true }, accountMatter: true },
  // The member's own report was handled (in-app only by default: no need to mail it).
  reportHandled: { access: "view", emailable: true, defaults: { inApp: true, email: false } },
};

export const ALL_KINDS = Object.keys(KIND_DELIVERY) as NotificationKind[];

/** Kinds a suspended member is still mailed (decision 228). */
export const ACCOUNT_KINDS = ALL_KINDS.filter((kind) => KIND_DELIVERY[kind].accountMatter);

export function isKind(value: string): value is NotificationKind {
  return Object.hasOwn(KIND_DELIVERY, value);
}
