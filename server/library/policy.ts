/**
 * Who may do what with a library item, and how items move through curation.
 * Pure and table-driven: the transitions below are the whole workflow, and
 * tests/unit/library-workflow.test.ts checks every row against every role.
 * See docs/decisions/040-library-curation-workflow.md.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──publish──▶ PUBLISHED ──archive──▶ ARCHIVED
 *     ▲                 │   ▲                                        │
 *     └──withdraw───────┘   └──submit── RETURNED ◀──return──┘        │
 *                                                     restore ◀──────┘
 */
import type { GlobalRoleValue } from "~/shared/enums.ts";
import { LIBRARY_TRANSITIONS, type LibraryStatusValue } from "~/shared/library.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { isAdmin, isModerator } from "../moderation/roles.ts";

export type Actor = { id: string; globalRole: GlobalRoleValue } | null;

/** What the policy needs to know about an item and the actor's relation to it. */
export type ItemContext = {
  status: LibraryStatusValue;
  authorId: string | null;
  publicOnWeb: boolean;
  /** A merged duplicate: it only redirects, nothing moves it any more. */
  merged: boolean;
  /** The actor facilitates the community the item was submitted from. */
  originFacilitator: boolean;
};

/** The parts an actor can play for one item. Admins are moderators too. */
export type LibraryRole = "author" | "moderator" | "admin" | "originFacilitator" | "member";

export function rolesFor(actor: Actor, item: Pick<ItemContext, "authorId" | "originFacilitator">): Set<LibraryRole> {
  const roles = new Set<LibraryRole>();
  if (!actor) return roles;
  roles.add("member");
  if (item.authorId !== null && item.authorId === actor.id) roles.add("author");
  if (isModerator(actor)) roles.add("moderator");
  if (isAdmin(actor)) roles.add("admin");
  // An author who facilitates the community the item came from withdraws it to change it; sending
  // it back "to the author" with a comment to themselves is not for them (walk 18).
  if (item.originFacilitator && !roles.has("author")) roles.add("originFacilitator");
  return roles;
}

export const TRANSITION_NAMES = LIBRARY_TRANSITIONS;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

type Rule = { from: LibraryStatusValue[]; to: LibraryStatusValue; by: LibraryRole[]; needsComment?: boolean; authorOnly?: boolean };

/**
 * The workflow. `by` lists who may perform a step (any one of the roles);
 * `authorOnly` additionally requires the actor to be the item's author.
 * A moderator may publish a concept of their own directly; someone else's
 * concept must be submitted first.
 */
export const TRANSITIONS: Record<TransitionName, Rule[]> = {
  submit: [{ from: ["DRAFT", "RETURNED"], to: "SUBMITTED", by: ["author"] }],
  withdraw: [{ from: ["SUBMITTED"], to: "DRAFT", by: ["author"] }],
  return: [{ from: ["SUBMITTED"], to: "RETURNED", by: ["moderator", "originFacilitator"], needsComment: true }],
  publish: [
    { from: ["SUBMITTED"], to: "PUBLISHED", by: ["moderator"] },
    { from: ["DRAFT"], to: "PUBLISHED", by: ["moderator"], authorOnly: true },
  ],
  archive: [{ from: ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"], to: "ARCHIVED", by: ["moderator"] }],
  restore: [{ from: ["ARCHIVED"], to: "PUBLISHED", by: ["moderator"] }],
};

export type TransitionCheck =
  { ok: true; to: LibraryStatusValue; needsComment: boolean } | { ok: false; reason: "forbidden" | "wrongState" };

/** Whether `actor` may take `item` through `transition` now. */
export function checkTransition(actor: Actor, item: ItemContext, transition: TransitionName): TransitionCheck {
  const roles = rolesFor(actor, item);
  const rules = TRANSITIONS[transition];
  const allowedSomewhere = rules.some((rule) => rule.by.some((role) => roles.has(role)) && (!rule.authorOnly || roles.has("author")));
  if (!allowedSomewhere) return { ok: false, reason: "forbidden" };
  if (item.merged) return { ok: false, reason: "wrongState" };
  const rule = rules.find(
    (candidate) =>
      candidate.from.includes(item.status) &&
      candidate.by.some((role) => roles.has(role)) &&
      (!candidate.authorOnly || roles.has("author")),
  );
  if (!rule) return { ok: false, reason: "wrongState" };
  return { ok: true, to: rule.to, needsComment: rule.needsComment === true };
}

export const LIBRARY_ACTIONS = [
  "view",
  "edit", // title, summary, body, fields, attachments
  "curate", // evidence level, review date, featured, goed voorbeeld
  "merge",
  "delete",
  "seeHistory", // revisions and the return comment
  "proposeChange", // the author of a published item proposes a change, reviewed by moderators (decision 102)
  "reviewChange", // moderators approve or return a proposed change
] as const;
export type LibraryAction = (typeof LIBRARY_ACTIONS)[number];
export type LibraryPermissions = Record<LibraryAction | TransitionName, boolean>;

export function libraryPermissions(actor: Actor, item: ItemContext): LibraryPermissions {
  const roles = rolesFor(actor, item);
  const author = roles.has("author");
  const moderator = roles.has("moderator");
  const inReview = item.status === "SUBMITTED" || item.status === "RETURNED";
  const view =
    (item.status === "PUBLISHED" && (roles.has("member") || item.publicOnWeb)) ||
    author ||
    moderator ||
    (inReview && roles.has("originFacilitator"));
  const transitions = Object.fromEntries(TRANSITION_NAMES.map((name) => [name, view && checkTransition(actor, item, name).ok])) as Record<
    TransitionName,
    boolean
  >;
  return {
    view,
    edit: !item.merged && (moderator || (author && (item.status === "DRAFT" || item.status === "RETURNED"))),
    curate: !item.merged && moderator,
    merge: !item.merged && moderator,
    delete: roles.has("admin") || (author && !item.merged && (item.status === "DRAFT" || item.status === "RETURNED")),
    seeHistory: view && (author || moderator || (inReview && roles.has("originFacilitator"))),
    // Moderators edit published items directly; the author goes through review and the published version stays live meanwhile.
    proposeChange: !item.merged && author && !moderator && item.status === "PUBLISHED",
    reviewChange: !item.merged && moderator && item.status === "PUBLISHED",
    ...transitions,
  };
}

/**
 * Throws when the action is not allowed: 404 when the actor may not see the
 * item at all (a concept stays invisible), 403 otherwise.
 */
export function authorizeLibrary(actor: Actor, item: ItemContext, action: LibraryAction): LibraryPermissions {
  const permissions = libraryPermissions(actor, item);
  if (!permissions.view) throw notFound();
  if (!permissions[action]) throw forbidden();
  return permissions;
}

/** Throws 404 (invisible), 403 (not yours to do) or 409 (not from this state). */
export function authorizeTransition(
  actor: Actor,
  item: ItemContext,
  transition: TransitionName,
): { to: LibraryStatusValue; needsComment: boolean } {
  if (!libraryPermissions(actor, item).view) throw notFound();
  const check = checkTransition(actor, item, transition);
  if (!check.ok) throw check.reason === "forbidden" ? forbidden() : new AppError(409, "library.errors.wrongState");
  return { to: check.to, needsComment: check.needsComment };
}

/** May the actor see items in the moderators' queue (or, for facilitators, those of their communities)? */
export function canReview(actor: Actor, facilitatesSomething: boolean): boolean {
  return actor !== null && (isModerator(actor) || facilitatesSomething);
}
