/**
 * Domain events of communities: memberships, join requests, invitations and
 * settings. Notifications, mail, realtime, search and the audit log listen.
 */
import { z } from "zod";
import { COMMUNITY_ROLES } from "~/shared/enums.ts";
import { event, id } from "../events/define.ts";

export const communityEvents = {
  /**
   * A member left (`leave`), a facilitator removed them (`removed`) or a moderator did (`moderation`;
   * that one is audited as moderation.action). Their sockets leave the community's rooms.
   */
  "membership.removed": event(z.object({ communityId: id, userId: id, actorId: id, via: z.enum(["leave", "removed", "moderation"]) }), {
    audit: (p) =>
      p.via === "removed"
        ? { actorId: p.actorId, action: "membership.remove", targetKind: "MEMBER", targetId: p.userId, communityId: p.communityId }
        : null,
  }),
  "membership.roleChanged": event(z.object({ communityId: id, userId: id, actorId: id, role: z.enum(COMMUNITY_ROLES) }), {
    audit: (p) => ({
      actorId: p.actorId,
      action: "membership.role",
      targetKind: "MEMBER",
      targetId: p.userId,
      communityId: p.communityId,
      details: { role: p.role },
    }),
  }),
  "joinRequest.created": event(z.object({ communityId: id, userId: id, requestId: id })),
  "joinRequest.decided": event(z.object({ communityId: id, userId: id, requestId: id, approved: z.boolean(), decidedById: id }), {
    audit: (p) => ({
      actorId: p.decidedById,
      action: p.approved ? "joinRequest.approve" : "joinRequest.refuse",
      targetKind: "MEMBER",
      targetId: p.userId,
      communityId: p.communityId,
      details: { requestId: p.requestId },
    }),
  }),
  /**
   * `seed` makes the link's token only together with TOKEN_SECRET (invitation-token.ts, decision 297):
   * the outbox row and the jobs hold no working link. The mail job makes the token from it.
   */
  "invitation.created": event(
    z.object({
      communityId: id,
      invitationId: id,
      email: z.string().min(3).max(320),
      seed: z.string().min(16).max(100),
      invitedById: id,
      role: z.enum(COMMUNITY_ROLES),
    }),
    {
      secret: true,
      // Ids only: the address is personal data the log could never forget.
      audit: (p) => ({
        actorId: p.invitedById,
        action: "invitation.create",
        targetKind: "INVITATION",
        targetId: p.invitationId,
        communityId: p.communityId,
        details: { role: p.role },
      }),
    },
  ),
  "invitation.revoked": event(z.object({ communityId: id, invitationId: id, actorId: id }), {
    audit: (p) => ({
      actorId: p.actorId,
      action: "invitation.revoke",
      targetKind: "INVITATION",
      targetId: p.invitationId,
      communityId: p.communityId,
    }),
  }),
  "community.updated": event(z.object({ communityId: id, actorId: id }), {
    audit: (p) => ({
      actorId: p.actorId,
      action: "community.update",
      targetKind: "COMMUNITY",
      targetId: p.communityId,
      communityId: p.communityId,
    }),
  }),
};
