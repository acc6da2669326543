/**
 * The curation workflow and the library policy, table-driven: every
 * transition from every status for every role, and who sees and edits what.
 * The tables are written out by hand (not derived from policy.ts), so a
 * change to the rules has to change this file too.
 */
import { describe, expect, it } from "vitest";
import * as enums from "../../server/generated/prisma/enums.ts";
import * as shared from "../../app/shared/library.ts";
import {
  type Actor,
  checkTransition,
  type ItemContext,
  libraryPermissions,
  TRANSITION_NAMES,
  type TransitionName,
} from "../../server/library/policy.ts";

type Role = "visitor" | "stranger" | "author" | "facilitator" | "moderator" | "admin" | "moderatorAuthor";
const ROLES: Role[] = ["visitor", "stranger", "author", "facilitator", "moderator", "admin", "moderatorAuthor"];
const STATUSES = shared.LIBRARY_STATUSES;

const AUTHOR_ID = "author";

function setup(role: Role, status: (typeof STATUSES)[number], extra: Partial<ItemContext> = {}): { actor: Actor; item: ItemContext } {
  const actor: Actor =
    role === "visitor"
      ? null
      : {
          id: role === "author" || role === "moderatorAuthor" ? AUTHOR_ID : `user-${role}`,
          globalRole: role === "moderator" || role === "moderatorAuthor" ? "MODERATOR" : role === "admin" ? "ADMIN" : "MEMBER",
        };
  return {
    actor,
    item: { status, authorId: AUTHOR_ID, publicOnWeb: false, merged: false, originFacilitator: role === "facilitator", ...extra },
  };
}

/** transition → role → the statuses it may start from (role absent: never allowed). */
const ALLOWED: Record<TransitionName, Partial<Record<Role, (typeof STATUSES)[number][]>>> = {
  submit: { author: ["DRAFT", "RETURNED"], moderatorAuthor: ["DRAFT", "RETURNED"] },
  withdraw: { author: ["SUBMITTED"], moderatorAuthor: ["SUBMITTED"] },
  return: { facilitator: ["SUBMITTED"], moderator: ["SUBMITTED"], admin: ["SUBMITTED"], moderatorAuthor: ["SUBMITTED"] },
  publish: { moderator: ["SUBMITTED"], admin: ["SUBMITTED"], moderatorAuthor: ["SUBMITTED", "DRAFT"] },
  archive: {
    moderator: ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"],
    admin: ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"],
    moderatorAuthor: ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"],
  },
  restore: { moderator: ["ARCHIVED"], admin: ["ARCHIVED"], moderatorAuthor: ["ARCHIVED"] },
};

const TARGET: Record<TransitionName, (typeof STATUSES)[number]> = {
  submit: "SUBMITTED",
  withdraw: "DRAFT",
  return: "RETURNED",
  publish: "PUBLISHED",
  archive: "ARCHIVED",
  restore: "PUBLISHED",
};

const cases = TRANSITION_NAMES.flatMap((transition) => ROLES.flatMap((role) => STATUSES.map((status) => ({ transition, role, status }))));

describe("curation workflow", () => {
  it.each(cases)("$role: $transition from $status", ({ transition, role, status }) => {
    const { actor, item } = setup(role, status);
    const allowedFrom = ALLOWED[transition][role];
    const result = checkTransition(actor, item, transition);
    if (allowedFrom?.includes(status)) {
      expect(result).toEqual({ ok: true, to: TARGET[transition], needsComment: transition === "return" });
    } else if (allowedFrom) {
      expect(result).toEqual({ ok: false, reason: "wrongState" });
    } else {
      expect(result).toEqual({ ok: false, reason: "forbidden" });
    }
  });

  it("an author who facilitates the community the item came from does not send it back to themselves (walk 18)", () => {
    const author: Actor = { id: AUTHOR_ID, globalRole: "MEMBER" };
    const item: ItemContext = { status: "SUBMITTED", authorId: AUTHOR_ID, publicOnWeb: false, merged: false, originFacilitator: true };
    // Before: the library page offered them "Terugsturen met opmerking", a comment to themselves.
    expect(checkTransition(author, item, "return")).toEqual({ ok: false, reason: "forbidden" });
    expect(libraryPermissions(author, item)).toMatchObject({ view: true, return: false, withdraw: true, seeHistory: true });
    // A fellow facilitator of that community still may.
    expect(checkTransition({ id: "someone-else", globalRole: "MEMBER" }, item, "return")).toMatchObject({ ok: true });
  });

  it("a merged duplicate moves no more, whoever asks", () => {
    for (const transition of TRANSITION_NAMES) {
      for (const role of ["author", "moderator", "admin"] as const) {
        const { actor, item } = setup(role, "ARCHIVED", { merged: true });
        expect(checkTransition(actor, item, transition).ok, `${role} ${transition}`).toBe(false);
      }
    }
  });
});

/** status → role → [view, edit, curate, delete, seeHistory] */
const ACCESS: Record<(typeof STATUSES)[number], Record<Role, [boolean, boolean, boolean, boolean, boolean]>> = {
  DRAFT: {
    visitor: [false, false, false, false, false],
    stranger: [false, false, false, false, false],
    author: [true, true, false, true, true],
    facilitator: [false, false, false, false, false],
    moderator: [true, true, true, false, true],
    admin: [true, true, true, true, true],
    moderatorAuthor: [true, true, true, true, true],
  },
  SUBMITTED: {
    visitor: [false, false, false, false, false],
    stranger: [false, false, false, false, false],
    author: [true, false, false, false, true],
    facilitator: [true, false, false, false, true],
    moderator: [true, true, true, false, true],
    admin: [true, true, true, true, true],
    moderatorAuthor: [true, true, true, false, true],
  },
  RETURNED: {
    visitor: [false, false, false, false, false],
    stranger: [false, false, false, false, false],
    author: [true, true, false, true, true],
    facilitator: [true, false, false, false, true],
    moderator: [true, true, true, false, true],
    admin: [true, true, true, true, true],
    moderatorAuthor: [true, true, true, true, true],
  },
  PUBLISHED: {
    visitor: [false, false, false, false, false],
    stranger: [true, false, false, false, false],
    author: [true, false, false, false, true],
    facilitator: [true, false, false, false, false],
    moderator: [true, true, true, false, true],
    admin: [true, true, true, true, true],
    moderatorAuthor: [true, true, true, false, true],
  },
  ARCHIVED: {
    visitor: [false, false, false, false, false],
    stranger: [false, false, false, false, false],
    author: [true, false, false, false, true],
    facilitator: [false, false, false, false, false],
    moderator: [true, true, true, false, true],
    admin: [true, true, true, true, true],
    moderatorAuthor: [true, true, true, false, true],
  },
};

describe("library access", () => {
  const rows = STATUSES.flatMap((status) => ROLES.map((role) => ({ status, role })));
  it.each(rows)("$role on a $status item", ({ status, role }) => {
    const { actor, item } = setup(role, status);
    const p = libraryPermissions(actor, item);
    expect([p.view, p.edit, p.curate, p.delete, p.seeHistory]).toEqual(ACCESS[status][role]);
  });

  it("visitors see published items only where the item is open to the web", () => {
    expect(libraryPermissions(null, setup("visitor", "PUBLISHED", { publicOnWeb: true }).item).view).toBe(true);
    expect(libraryPermissions(null, setup("visitor", "SUBMITTED", { publicOnWeb: true }).item).view).toBe(false);
    expect(libraryPermissions(null, setup("visitor", "ARCHIVED", { publicOnWeb: true }).item).view).toBe(false);
  });
});

describe("shared enums", () => {
  it("mirror the Prisma enums", () => {
    expect(shared.LIBRARY_KINDS).toEqual(Object.values(enums.LibraryItemKind));
    expect(shared.LIBRARY_STATUSES).toEqual(Object.values(enums.LibraryItemStatus));
    expect(shared.LIBRARY_PHASES).toEqual(Object.values(enums.LibraryPhase));
    expect(shared.LIBRARY_TARGET_GROUPS).toEqual(Object.values(enums.LibraryTargetGroup));
    expect(shared.LIBRARY_SECTORS).toEqual(Object.values(enums.LibrarySector));
    expect(shared.LIBRARY_SIZES).toEqual(Object.values(enums.LibraryOrganisationSize));
    expect(shared.EVIDENCE_LEVELS).toEqual(Object.values(enums.LibraryEvidenceLevel));
    expect(shared.COST_LEVELS).toEqual(Object.values(enums.LibraryCostLevel));
  });

  it("filter URLs round-trip", () => {
    const filters = { ...shared.EMPTY_FILTERS, phase: ["STAGE_BPV" as const], themes: ["kennisagenda"], q: "cv & brief" };
    expect(shared.parseLibraryFilters(new URLSearchParams(shared.libraryFiltersToSearch(filters).slice(1)))).toEqual(filters);
  });
});
