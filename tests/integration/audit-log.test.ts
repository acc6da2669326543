/**
 * The audit log hears everything a moderator, facilitator or admin does,
 * through the outbox (decision 096): each command emits its event in its own
 * transaction, the audit processor writes one line per event (ids only), and a
 * repeated job adds nothing. What members do with their own things is not
 * logged.
 */
import { describe, expect, it } from "vitest";
import { decisionSchema, goalSchema, indicatorSchema, measurementSchema, roundSchema } from "../../app/shared/agenda.ts";
import {
  closeReviewRound,
  createGoal,
  createIndicator,
  openReviewRound,
  recordDecision,
  recordMeasurement,
  setQuestionAnswered,
  linkAnswer,
  updateGoal,
} from "../../server/agenda/commands.ts";
import {
  changeMemberRole,
  decideJoinRequest,
  inviteByEmail,
  removeMember,
  requestToJoin,
  revokeInvitation,
  updateCommunity,
} from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { createChannel as createChannelCommand, deleteMessage, postMessage, setTopicFlags } from "../../server/discussions/commands.ts";
import { performEvent } from "../../server/events/processors.ts";
import { curateItem, mergeItem, transitionItem } from "../../server/library/commands.ts";
import { cancelMeeting, createMeeting } from "../../server/meetings/commands.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { recordEvents } from "../helpers/events.ts";
import { addMember, createCommunity, createTheme, createUser } from "../helpers/factories.ts";

type Actor = { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN" };
const as = (user: { id: string; globalRole: Actor["globalRole"] }): Actor => ({ id: user.id, globalRole: user.globalRole });

const linesAbout = (targetId: string) =>
  db().auditLog.findMany({
    where: { targetId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, actorId: true, targetKind: true, communityId: true, eventId: true, details: true },
  });

async function libraryItem(authorId: string, status: "SUBMITTED" | "PUBLISHED", title = "Werkfit in de wijk") {
  return db().libraryItem.create({
    data: {
      slug: `item-${crypto.randomUUID().slice(0, 8)}`,
      kind: "HANDREIKING",
      status,
      title,
      summary: "Een handreiking voor klantmanagers.",
      body: {},
      authorId,
    },
    select: { id: true, slug: true },
  });
}

describe("the audit log", () => {
  it("records what facilitators do in their community: requests, invitations, roles, removals, settings, channels, pins, others' messages", async () => {
    const community = await createCommunity({ accessMode: "ON_REQUEST" });
    const lead = await createUser();
    await addMember(lead.id, community.id, "FACILITATOR");
    const [applicant, refused, member] = await Promise.all([createUser(), createUser(), createUser()]);
    await addMember(member.id, community.id);

    await requestToJoin(as(applicant), community.slug, "Graag!");
    await requestToJoin(as(refused), community.slug, null);
    const requests = await db().joinRequest.findMany({ where: { communityId: community.id }, select: { id: true, userId: true } });
    await decideJoinRequest(as(lead), requests.find((r) => r.userId === applicant.id)!.id, true);
    await decideJoinRequest(as(lead), requests.find((r) => r.userId === refused.id)!.id, false);
    expect(await linesAbout(applicant.id)).toEqual([
      expect.objectContaining({ action: "joinRequest.approve", actorId: lead.id, targetKind: "MEMBER", communityId: community.id }),
    ]);
    expect((await linesAbout(refused.id)).map((l) => l.action)).toEqual(["joinRequest.refuse"]);

    const { invitation } = await inviteByEmail(as(lead), community.slug, "nieuwe.collega@example.org", "FACILITATOR");
    await revokeInvitation(as(lead), invitation.id);
    const invitationLines = await linesAbout(invitation.id);
    expect(invitationLines.map((l) => l.action)).toEqual(["invitation.create", "invitation.revoke"]);
    // Ids only: the address stays out of the append-only log.
    expect(JSON.stringify(invitationLines)).not.toContain("nieuwe.collega");

    await changeMemberRole(as(lead), community.slug, member.id, "FACILITATOR");
    await changeMemberRole(as(lead), community.slug, member.id, "MEMBER");
    await removeMember(as(lead), community.slug, member.id);
    expect((await linesAbout(member.id)).map((l) => [l.action, l.details])).toEqual([
      ["membership.role", { role: "FACILITATOR" }],
      ["membership.role", { role: "MEMBER" }],
      ["membership.remove", {}],
    ]);

    await updateCommunity(as(lead), community.slug, {
      name: community.name,
      summary: "Een nieuwe samenvatting van tien tekens.",
      about: "Over ons: wat we samen doen.",
      kind: "LEARNING",
      accessMode: "ON_REQUEST",
    });
    expect((await linesAbout(community.id)).map((l) => l.action)).toEqual(["community.update"]);

    const channel = await createChannelCommand(as(lead), community.slug, { name: "Werkgevers", description: "" });
    expect((await linesAbout(channel.id)).map((l) => l.action)).toEqual(["channel.created"]);

    const general = await createChannel(community.id);
    const author = await createUser();
    await addMember(author.id, community.id);
    const topic = await createTopic(general, author.id, { messages: ["Welkom."] });
    await setTopicFlags(as(lead), topic.id, { pinned: true });
    expect(await linesAbout(topic.id)).toEqual([
      expect.objectContaining({ action: "topic.update", actorId: lead.id, details: { changes: "pinned" } }),
    ]);

    // A member deleting their own message is not logged; a facilitator deleting someone else's is.
    const own = await postMessage(
      { id: author.id, globalRole: "MEMBER" },
      { topicId: topic.id, body: { text: "Oeps, verkeerd onderwerp." } },
    );
    await deleteMessage({ id: author.id, globalRole: "MEMBER" }, own.message.id);
    expect(await linesAbout(own.message.id)).toEqual([]);
    const theirs = await postMessage(
      { id: author.id, globalRole: "MEMBER" },
      { topicId: topic.id, body: { text: "Bel me op 06-12345678." } },
    );
    await deleteMessage(as(lead), theirs.message.id);
    expect(await linesAbout(theirs.message.id)).toEqual([
      expect.objectContaining({ action: "message.delete", actorId: lead.id, targetKind: "MESSAGE", details: { topicId: topic.id } }),
    ]);
  });

  it("records curators' steps in the library: send back, publish, archive, restore, curate, merge", async () => {
    const [moderator, author] = await Promise.all([createUser({ globalRole: "MODERATOR" }), createUser()]);
    const item = await libraryItem(author.id, "SUBMITTED");
    await transitionItem(as(moderator), item.slug, "return", "Voeg een voorbeeld toe, graag.");
    await db().libraryItem.update({ where: { id: item.id }, data: { status: "SUBMITTED" } });
    await transitionItem(as(moderator), item.slug, "publish");
    await curateItem(as(moderator), item.slug, { evidenceLevel: null, reviewDate: null, featured: true, goodExample: false });
    await transitionItem(as(moderator), item.slug, "archive");
    await transitionItem(as(moderator), item.slug, "restore");
    const duplicate = await libraryItem(author.id, "PUBLISHED", "Werkfit in de wijk (dubbel)");
    await mergeItem(as(moderator), duplicate.slug, item.slug);
    expect((await linesAbout(item.id)).map((l) => l.action)).toEqual([
      "library.return",
      "library.publish",
      "library.curate",
      "library.archive",
      "library.restore",
    ]);
    expect(await linesAbout(duplicate.id)).toEqual([
      expect.objectContaining({ action: "library.merge", actorId: moderator.id, details: { intoId: item.id } }),
    ]);
    // The author's own submit is not a curator's act.
    const mine = await libraryItem(author.id, "SUBMITTED");
    await transitionItem(as(author), mine.slug, "withdraw");
    expect(await linesAbout(mine.id)).toEqual([]);
  });

  it("records what moderators do with the work agenda: goals, indicators, measurements, review rounds, knowledge questions", async () => {
    const theme = await createTheme();
    const moderator = as(await createUser({ globalRole: "MODERATOR" }));
    const goal = await createGoal(
      moderator,
      theme.slug,
      goalSchema.parse({ title: "Meer mensen aan het werk", description: "Samen met werkgevers in de regio." }),
    );
    await updateGoal(moderator, theme.slug, {
      ...goalSchema.parse({ title: "Meer mensen duurzaam aan het werk", description: "Samen met werkgevers in de regio." }),
      goalId: goal.id,
    });
    const indicator = await createIndicator(
      moderator,
      theme.slug,
      indicatorSchema.parse({
        goalId: goal.id,
        name: "Plaatsingen",
        unit: "personen",
        baseline: "0",
        targetValue: "100",
        targetDate: "2027-12-31",
        direction: "HOGER",
      }),
    );
    const measurement = await recordMeasurement(
      moderator,
      theme.slug,
      measurementSchema.parse({ indicatorId: indicator.id, value: "12", measuredOn: "2026-06-01", source: "Eigen telling" }),
    );
    expect((await linesAbout(goal.id)).map((l) => l.action)).toEqual(["agenda.goalCreated", "agenda.goalUpdated"]);
    expect(await linesAbout(indicator.id)).toEqual([
      expect.objectContaining({ action: "agenda.indicatorCreated" }),
      expect.objectContaining({ action: "agenda.measurement", actorId: moderator.id, details: { measurementId: measurement.id } }),
    ]);

    const round = await openReviewRound(
      moderator,
      roundSchema.parse({ title: "Herijking voorjaar", period: "2026-H1", opensAt: "2026-03-01", closesAt: "2026-04-01" }),
    );
    await recordDecision(moderator, round.id, decisionSchema.parse({ kind: "OTHER", text: "We gaan door met de wijkaanpak." }));
    await closeReviewRound(moderator, round.id);
    expect((await linesAbout(round.id)).map((l) => l.action)).toEqual(["review.opened", "review.decision", "review.closed"]);

    const author = await createUser();
    const question = await db().knowledgeQuestion.create({
      data: { themeId: theme.id, title: "Wat werkt bij taaleisen?", body: "Welke aanpak werkt?", authorId: author.id },
      select: { id: true },
    });
    const answer = await libraryItem(author.id, "PUBLISHED", "Taaleisen in vacatures");
    await linkAnswer(moderator, question.id, answer.slug);
    await setQuestionAnswered(moderator, question.id, true);
    expect((await linesAbout(question.id)).map((l) => l.action)).toEqual(["knowledgeQuestion.answerLinked", "knowledgeQuestion.answered"]);
  });

  it("records organisers' meetings; one line per event however often its job runs", async () => {
    const community = await createCommunity();
    const lead = await createUser();
    await addMember(lead.id, community.id, "FACILITATOR");
    const recorded = recordEvents(["event.updated"]);
    const meeting = await createMeeting(as(lead), community.slug, {
      title: "Intervisie werkgevers",
      description: "We bespreken casussen.",
      location: "Utrecht",
      onlineUrl: null,
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 7_200_000),
      capacity: null,
    });
    await cancelMeeting(as(lead), meeting.id);
    recorded.stop();
    expect((await linesAbout(meeting.id)).map((l) => l.action)).toEqual(["event.create", "event.cancel"]);

    // The audit processor runs again for the same event (a retried or repeated job): nothing is added.
    const [cancelled] = recorded.events;
    await performEvent("audit", cancelled!);
    await performEvent("audit", cancelled!);
    const lines = await linesAbout(meeting.id);
    expect(lines.map((l) => l.action)).toEqual(["event.create", "event.cancel"]);
    expect(lines[1]!.eventId).toBe(cancelled!.id);
  });
});
