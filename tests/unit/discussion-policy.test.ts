/** The discussion policy as a table: who may do what, by role and topic state. */
import { describe, expect, it } from "vitest";
import { communityPermissions } from "../../server/communities/policy.ts";
import { discussionPermissions, refusal, type DiscussionAction } from "../../server/discussions/policy.ts";

type Who = "outsider" | "reader" | "member" | "author" | "facilitator" | "moderator";
const ME = "me";
function setup(who: Who, accessMode: "OPEN" | "ON_REQUEST" = "ON_REQUEST") {
  const actor = { id: ME, globalRole: who === "moderator" ? ("MODERATOR" as const) : ("MEMBER" as const) };
  const role = who === "facilitator" ? "FACILITATOR" : who === "member" || who === "author" ? "MEMBER" : null;
  const community = communityPermissions(actor, { accessMode: who === "reader" ? "OPEN" : accessMode, role });
  return { actor, permissions: discussionPermissions(actor, community) };
}

const open = { authorId: "someone", locked: false, deletedAt: null };
const mine = { authorId: ME, deletedAt: null };
const theirs = { authorId: "someone", deletedAt: null };

// [action, message, expected for outsider, reader (open, non-member), member, author (own message/topic), facilitator, moderator]
const MATRIX: [DiscussionAction, "mine" | "theirs", (string | null)[]][] = [
  ["post", "theirs", ["forbidden", "forbidden", null, null, null, null]],
  ["react", "theirs", ["forbidden", "forbidden", null, null, null, "forbidden"]],
  ["editMessage", "theirs", ["forbidden", "forbidden", "forbidden", "forbidden", "forbidden", "forbidden"]],
  ["editMessage", "mine", ["forbidden", "forbidden", null, null, null, "forbidden"]],
  ["deleteMessage", "theirs", ["forbidden", "forbidden", "forbidden", "forbidden", null, null]],
  ["deleteMessage", "mine", ["forbidden", "forbidden", null, null, null, null]],
  ["solve", "theirs", ["forbidden", "forbidden", "forbidden", null, null, null]],
  ["pin", "theirs", ["forbidden", "forbidden", "forbidden", "forbidden", null, null]],
  ["lock", "theirs", ["forbidden", "forbidden", "forbidden", "forbidden", null, null]],
  ["deleteTopic", "theirs", ["forbidden", "forbidden", "forbidden", "forbidden", null, null]],
];
const WHO: Who[] = ["outsider", "reader", "member", "author", "facilitator", "moderator"];

describe("discussion policy", () => {
  for (const [action, which, expected] of MATRIX) {
    it(`${action} on ${which}`, () => {
      const got = WHO.map((who) => {
        const { actor, permissions } = setup(who);
        const topic = who === "author" ? { ...open, authorId: ME } : open;
        return refusal(actor, permissions, action, topic, which === "mine" ? mine : theirs);
      });
      expect(got).toEqual(expected);
    });
  }

  it("a locked topic is closed to members but not to facilitators and moderators", () => {
    const locked = { ...open, locked: true };
    expect(WHO.map((who) => refusal(setup(who).actor, setup(who).permissions, "post", locked))).toEqual([
      "forbidden",
      "forbidden",
      "locked",
      "locked",
      null,
      null,
    ]);
    expect(refusal(setup("member").actor, setup("member").permissions, "editMessage", locked, mine)).toBe("locked");
  });

  it("deleted messages cannot be edited, deleted again or reacted to", () => {
    const gone = { authorId: ME, deletedAt: new Date() };
    for (const action of ["editMessage", "deleteMessage", "react"] as const)
      expect(refusal(setup("facilitator").actor, setup("facilitator").permissions, action, open, gone)).toBe("deleted");
  });

  it("what a moderator hid is frozen (decision 237): its author may delete it, not change or add to it", () => {
    const hiddenTopic = { ...open, authorId: ME, hiddenAt: new Date() };
    const hiddenMessage = { ...mine, hiddenAt: new Date() };
    const asAuthor = setup("author");
    for (const action of ["post", "renameTopic"] as const)
      expect(refusal(asAuthor.actor, asAuthor.permissions, action, hiddenTopic), action).toBe("hidden");
    for (const action of ["editMessage", "react"] as const)
      expect(refusal(asAuthor.actor, asAuthor.permissions, action, open, hiddenMessage), action).toBe("hidden");
    expect(refusal(asAuthor.actor, asAuthor.permissions, "deleteMessage", hiddenTopic, hiddenMessage)).toBeNull();
    // Those who moderate may still write in a hidden topic, not in a hidden message (their own either); outsiders learn nothing new.
    expect(refusal(setup("moderator").actor, setup("moderator").permissions, "post", hiddenTopic)).toBeNull();
    expect(refusal(setup("facilitator").actor, setup("facilitator").permissions, "post", hiddenTopic)).toBeNull();
    expect(refusal(setup("facilitator").actor, setup("facilitator").permissions, "editMessage", open, hiddenMessage)).toBe("hidden");
    expect(refusal(setup("outsider").actor, setup("outsider").permissions, "post", hiddenTopic)).toBe("forbidden");
  });

  it("a visitor without an account may do nothing", () => {
    const permissions = discussionPermissions(null, communityPermissions(null, { accessMode: "OPEN", role: null }));
    expect(permissions).toEqual({ read: false, post: false, moderate: false, manageChannels: false });
    expect(refusal(null, permissions, "post", open)).toBe("forbidden");
  });
});
