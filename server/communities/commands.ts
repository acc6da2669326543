import { createHash } from "node:crypto";
import { invitationLimit, joinRequestLimit } from "../security/limits.ts";
import type { CommunityRoleValue } from "~/shared/enums.ts";
import type { CommunityUpdateInput } from "~/shared/forms/communities.ts";
import { db, type DbClient, type Prisma } from "../db.ts";
import { AppError, conflict, forbidden, notFound } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import { requireVerifiedEmail } from "../accounts/verification.ts";
import { loadCommunity, loadCommunityById, loadCommunityContext, verifiedEmailOf } from "./access.ts";
import { invitationToken, newInvitationSeed } from "./invitation-token.ts";
import { type Actor, authorizeCommunity } from "./policy.ts";

type SignedIn = NonNullable<Actor>;

export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Refuses to take away the community's last facilitator (leaving, being made
 * a plain member, being removed). The facilitator rows are locked first, so
 * two facilitators who step down at the same moment cannot both succeed and
 * leave the community without one (docs/decisions/101).
 */
async function keepAFacilitator(tx: Prisma.TransactionClient, communityId: string, userId: string, error: string): Promise<void> {
  const facilitators = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Membership" WHERE "communityId" = ${communityId} AND "role" = 'FACILITATOR' ORDER BY "id" FOR UPDATE`;
  if (facilitators.some((row) => row.userId === userId) && facilitators.length <= 1) throw conflict(error);
}

export async function joinCommunity(actor: SignedIn, slug: string) {
  await requireVerifiedEmail(actor.id);
  const { community, context } = await loadCommunityContext(actor, slug);
  // Already a member (a second click, a form sent again from an older page): nothing to do, and no refusal.
  if (context.role !== null) return community;
  authorizeCommunity(actor, context, "join");
  await transaction(async (tx) => {
    // Two submits at the same moment: the second finds the first one's row instead of a unique-key 500.
    await tx.membership.createMany({ data: [{ userId: actor.id, communityId: community.id }], skipDuplicates: true });
    if (context.invited) {
      // The invitation to this member's verified address, and no other (decision 111).
      const email = await verifiedEmailOf(actor.id, tx);
      if (!email) throw forbidden("auth.verify.required");
      await tx.invitation.updateMany({
        where: { communityId: community.id, email, status: "PENDING" },
        data: { status: "ACCEPTED", acceptedAt: new Date() },
      });
    }
    await tx.joinRequest.updateMany({
      where: { communityId: community.id, userId: actor.id, status: "PENDING" },
      data: { status: "APPROVED", decidedAt: new Date() },
    });
  });
  return community;
}

export async function requestToJoin(actor: SignedIn, slug: string, message: string | null) {
  await requireVerifiedEmail(actor.id);
  const { community } = await loadCommunity(actor, slug, "request");
  await joinRequestLimit().consume(`${actor.id}-${community.id}`);
  await transaction(async (tx) => {
    const request = await tx.joinRequest.upsert({
      where: { userId_communityId: { userId: actor.id, communityId: community.id } },
      create: { userId: actor.id, communityId: community.id, message },
      update: { status: "PENDING", message, decidedAt: null, decidedById: null, createdAt: new Date() },
      select: { id: true },
    });
    await emit(tx, "joinRequest.created", { communityId: community.id, userId: actor.id, requestId: request.id });
  });
  return community;
}

export async function withdrawRequest(actor: SignedIn, slug: string) {
  const { community } = await loadCommunity(actor, slug, "view");
  await db().joinRequest.deleteMany({ where: { userId: actor.id, communityId: community.id, status: "PENDING" } });
  return community;
}

export async function leaveCommunity(actor: SignedIn, slug: string) {
  const { community, context } = await loadCommunityContext(actor, slug);
  if (context.role === null) {
    // Already out (a second click, the form sent again after going back): nothing to do, and no
    // refusal, as for joining twice; a community the actor may not see stays a refusal.
    authorizeCommunity(actor, context, "read");
    return community;
  }
  authorizeCommunity(actor, context, "leave");
  await transaction(async (tx) => {
    if (context.role === "FACILITATOR") await keepAFacilitator(tx, community.id, actor.id, "communities.errors.lastFacilitator");
    // Two submits at the same moment: the second finds no row and leaves it at that, instead of a 500.
    const removed = await tx.membership.deleteMany({ where: { userId: actor.id, communityId: community.id } });
    if (removed.count === 1) {
      await emit(tx, "membership.removed", { communityId: community.id, userId: actor.id, actorId: actor.id, via: "leave" });
    }
  });
  return community;
}

export async function decideJoinRequest(actor: SignedIn, requestId: string, approve: boolean) {
  const request = await db().joinRequest.findUnique({
    where: { id: requestId },
    select: { id: true, communityId: true, userId: true, status: true },
  });
  if (!request) throw notFound();
  const { community } = await loadCommunityById(actor, request.communityId, "manage");
  // The same decision again (a double click, the form sent again): done, as asked. The other one: a conflict.
  if (request.status === (approve ? "APPROVED" : "REFUSED")) return community;
  if (request.status !== "PENDING") throw conflict("communities.errors.requestAlreadyDecided");
  await transaction(async (tx) => {
    const updated = await tx.joinRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: approve ? "APPROVED" : "REFUSED", decidedById: actor.id, decidedAt: new Date() },
    });
    if (updated.count !== 1) {
      const now = await tx.joinRequest.findUnique({ where: { id: request.id }, select: { status: true } });
      if (now?.status === (approve ? "APPROVED" : "REFUSED")) return;
      throw conflict("communities.errors.requestAlreadyDecided");
    }
    if (approve) {
      await tx.membership.upsert({
        where: { userId_communityId: { userId: request.userId, communityId: request.communityId } },
        create: { userId: request.userId, communityId: request.communityId },
        update: {},
      });
    }
    await emit(tx, "joinRequest.decided", {
      communityId: community.id,
      userId: request.userId,
      requestId: request.id,
      approved: approve,
      decidedById: actor.id,
    });
  });
  return community;
}

/** Stores an invitation and returns the token for the link (sent by mail by the notifications worker; only its seed is in the event). */
export async function inviteByEmail(actor: SignedIn, slug: string, email: string, role: CommunityRoleValue = "MEMBER") {
  const { community } = await loadCommunity(actor, slug, "manage");
  await invitationLimit().consume(actor.id);
  const normalised = email.trim().toLowerCase();
  // An address of one of the community's members gets the same answer as any other (decision 297):
  // "al lid" told a facilitator which address has an account here. The mail job sends that member nothing.
  const seed = newInvitationSeed();
  const token = invitationToken(seed);
  const invitation = await transaction(async (tx) => {
    const row = await tx.invitation.upsert({
      where: { communityId_email: { communityId: community.id, email: normalised } },
      create: {
        communityId: community.id,
        email: normalised,
        role,
        tokenHash: hashToken(token),
        invitedById: actor.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      },
      update: {
        role,
        tokenHash: hashToken(token),
        status: "PENDING",
        invitedById: actor.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        createdAt: new Date(),
        acceptedAt: null,
      },
    });
    await emit(tx, "invitation.created", {
      communityId: community.id,
      invitationId: row.id,
      email: normalised,
      seed,
      invitedById: actor.id,
      role,
    });
    return row;
  });
  return { invitation, token, community };
}

export async function revokeInvitation(actor: SignedIn, invitationId: string) {
  const invitation = await db().invitation.findUnique({ where: { id: invitationId }, select: { id: true, communityId: true } });
  if (!invitation) throw notFound();
  const { community } = await loadCommunityById(actor, invitation.communityId, "manage");
  await transaction(async (tx) => {
    // Only an open invitation: an accepted one became REVOKED (a form sent again, or racing the acceptance)
    // and the audit log said it was withdrawn from someone who is a member (ninth outside probe).
    const revoked = await tx.invitation.updateMany({ where: { id: invitation.id, status: "PENDING" }, data: { status: "REVOKED" } });
    if (revoked.count === 1) {
      await emit(tx, "invitation.revoked", { communityId: community.id, invitationId: invitation.id, actorId: actor.id });
      return;
    }
    const now = await tx.invitation.findUnique({ where: { id: invitation.id }, select: { status: true } });
    if (now?.status === "ACCEPTED") throw conflict("communities.errors.invitationAccepted");
  });
  return community;
}

/** Looks up an invitation by the token from its link. */
export async function findInvitation(token: string) {
  if (!token || token.length > 100) return null;
  return db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      expiresAt: true,
      community: { select: { id: true, slug: true, name: true, summary: true } },
      invitedBy: { select: { displayName: true } },
    },
  });
}

/**
 * Accepts an invitation from its link. The link itself is the proof, so the
 * signed-in member need not use the invited address (people often have a
 * work and a private one); the invitation can be used once. A member whom it
 * would not change (already in, and not made facilitator by it) leaves a link
 * meant for someone else open for them (walk 15, decision 288): `joined` is
 * false. It is closed only when it was sent to this member's own address.
 */
export async function acceptInvitation(actor: SignedIn, token: string): Promise<{ community: InvitedCommunity; joined: boolean }> {
  const invitation = await findInvitation(token);
  if (!invitation || invitation.status !== "PENDING" || invitation.expiresAt < new Date()) {
    throw new AppError(410, "communities.errors.invitationInvalid");
  }
  await requireVerifiedEmail(actor.id);
  const joined = await transaction(async (tx) => {
    const changesNothing = await invitationChangesNothing(actor.id, invitation, tx);
    if (changesNothing && (await verifiedEmailOf(actor.id, tx)) !== invitation.email) return false;
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, status: "PENDING" },
      data: { status: "ACCEPTED", acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError(410, "communities.errors.invitationInvalid");
    if (changesNothing) return false;
    await tx.membership.upsert({
      where: { userId_communityId: { userId: actor.id, communityId: invitation.community.id } },
      create: { userId: actor.id, communityId: invitation.community.id, role: invitation.role },
      update: { role: "FACILITATOR" },
    });
    return true;
  });
  return { community: invitation.community, joined };
}

type InvitedCommunity = NonNullable<Awaited<ReturnType<typeof findInvitation>>>["community"];

/** The member is in the invitation's community already, and it would not make them facilitator. */
export async function invitationChangesNothing(
  userId: string,
  invitation: { role: CommunityRoleValue; community: { id: string } },
  client: DbClient = db(),
): Promise<boolean> {
  const membership = await client.membership.findUnique({
    where: { userId_communityId: { userId, communityId: invitation.community.id } },
    select: { role: true },
  });
  return membership !== null && (membership.role === "FACILITATOR" || invitation.role === "MEMBER");
}

export async function changeMemberRole(actor: SignedIn, slug: string, userId: string, role: CommunityRoleValue) {
  const { community } = await loadCommunity(actor, slug, "manage");
  await transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { userId_communityId: { userId, communityId: community.id } } });
    if (!membership) throw notFound();
    if (membership.role === "FACILITATOR" && role === "MEMBER") {
      await keepAFacilitator(
        tx,
        community.id,
        userId,
        userId === actor.id ? "communities.errors.lastFacilitator" : "communities.errors.lastFacilitatorOther",
      );
    }
    if (membership.role === role) return;
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await emit(tx, "membership.roleChanged", { communityId: community.id, userId, actorId: actor.id, role });
  });
  return community;
}

export async function removeMember(actor: SignedIn, slug: string, userId: string) {
  const { community } = await loadCommunity(actor, slug, "manage");
  if (userId === actor.id) throw forbidden("communities.errors.useLeave");
  await transaction(async (tx) => {
    await keepAFacilitator(tx, community.id, userId, "communities.errors.lastFacilitatorOther");
    const removed = await tx.membership.deleteMany({ where: { userId, communityId: community.id } });
    // Not (or no longer) a member: a double click, or another facilitator was first. What was asked
    // is true, so back to the page instead of a "Pagina niet gevonden" in the middle of managing.
    if (removed.count === 0) return;
    await emit(tx, "membership.removed", { communityId: community.id, userId, actorId: actor.id, via: "removed" });
  });
  return community;
}

export async function updateCommunity(actor: SignedIn, slug: string, input: CommunityUpdateInput) {
  const { community } = await loadCommunity(actor, slug, "manage");
  await transaction(async (tx) => {
    await tx.community.update({ where: { id: community.id }, data: input, select: { id: true } });
    await emit(tx, "community.updated", { communityId: community.id, actorId: actor.id });
  });
  return community;
}
