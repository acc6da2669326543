/**
 * The seeded world the authorization matrix runs against: one user per
 * actor, an open and an invite-only community (each with a channel, topic,
 * locked topic, document and version), library items in several states, a
 * notification and the member's own data export; events (one in the
 * invite-only community, one platform-wide, each actor's own to edit) with
 * the member's calendar feed; work agenda data (a goal with an indicator, an
 * open review round, a knowledge question) and the Kennisagenda community,
 * of which only `member` is a member (so the member may record measurements);
 * open reports (by the outsider) about the member's message and profile. `member` and `facilitator`
 * hold that role in BOTH communities; `moderator` and `admin` have their
 * global role and no memberships; `outsider` is logged in and a member of
 * nothing.
 */
import { takeSnapshot } from "../../server/agenda/snapshot.ts";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { templateState } from "../../server/documents/templates.ts";
import { createVersion } from "../../server/documents/versions.ts";
import { unsubscribeToken } from "../../server/mail/unsubscribe.ts";
import { regenerateCalendarFeed } from "../../server/meetings/feed.ts";
import { KENNISAGENDA_COMMUNITY_SLUG } from "../../app/shared/agenda.ts";
import { fileStorage } from "../../server/storage/index.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";

export const ACTORS = ["anonymous", "outsider", "member", "facilitator", "moderator", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

async function communityWorld(accessMode: "OPEN" | "INVITE_ONLY", users: { member: string; facilitator: string }, themeId?: string) {
  const community = await createCommunity({ accessMode, ...(themeId ? { themeId } : {}), kind: "DO_NETWORK" });
  await addMember(users.member, community.id, "MEMBER");
  await addMember(users.facilitator, community.id, "FACILITATOR");
  const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
  const topic = await createTopic(channel, users.member, { title: "Een vraag over inwerken", messages: ["Hoe doen jullie dat?"] });
  const lockedTopic = await createTopic(channel, users.facilitator, { title: "Gesloten onderwerp", locked: true });
  const message = await db().message.findFirstOrThrow({ where: { topicId: topic.id } });
  // One message of the member per actor, for delete checks that must not see each other's result.
  const deletable = {} as Record<Exclude<Actor, "anonymous">, string>;
  const deleteTopic = await createTopic(channel, users.member, {
    title: "Berichten om te verwijderen",
    messages: ACTORS.slice(1).map((a) => `Bericht voor ${a}`),
  });
  for (const row of await db().message.findMany({ where: { topicId: deleteTopic.id }, orderBy: { seq: "asc" } })) {
    deletable[ACTORS[row.seq] as Exclude<Actor, "anonymous">] = row.id;
  }
  const document = await createDocumentIn(community.id, users.member, "Checklist inwerken", templateState("blank"));
  const version = await createVersion(document.id, "NAMED", { name: "Versie 1", authorId: users.member });
  if (!version) throw new Error("fixture: the document version was not made");
  return { community, channel, topic, lockedTopic, message, deletable, document, version };
}

export async function seedWorld() {
  const [outsider, member, facilitator, moderator, admin] = await Promise.all([
    createUser({ displayName: "Olga Buitenstaander" }),
    createUser({ displayName: "Mila Lid" }),
    createUser({ displayName: "Fenna Facilitator" }),
    createUser({ displayName: "Mo Moderator", globalRole: "MODERATOR" }),
    createUser({ displayName: "Ada Admin", globalRole: "ADMIN" }),
  ]);
  const open = await communityWorld("OPEN", { member: member.id, facilitator: facilitator.id });
  const closed = await communityWorld("INVITE_ONLY", { member: member.id, facilitator: facilitator.id }, open.community.themeId);
  const theme = await db().theme.findUniqueOrThrow({ where: { id: open.community.themeId } });

  const item = (
    slug: string,
    status: "DRAFT" | "PUBLISHED",
    extra: { publicOnWeb?: boolean; kind?: "INTERVENTIE" | "PRAKTIJKCASE" } = {},
  ) =>
    db().libraryItem.create({
      data: {
        slug,
        kind: extra.kind ?? "INTERVENTIE",
        status,
        title: `Item ${slug}`,
        summary: "Een aanpak om te delen.",
        body: {},
        authorId: member.id,
        communityId: open.community.id,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
        publicOnWeb: extra.publicOnWeb ?? false,
      },
    });
  const published = await item("gepubliceerd-item", "PUBLISHED", { publicOnWeb: true });
  const membersOnly = await item("ledenitem", "PUBLISHED");
  const draft = await item("concept-item", "DRAFT");
  const toArchive = await item("archiefitem", "PUBLISHED");
  // Practice cases download as a file (decision 242): one on the web, one for members only.
  const publicCase = await item("praktijkcase-openbaar", "PUBLISHED", { publicOnWeb: true, kind: "PRAKTIJKCASE" });
  const membersCase = await item("praktijkcase-leden", "PUBLISHED", { kind: "PRAKTIJKCASE" });
  const attachmentKey = `library/${published.id}/bijlage-matrix`;
  await fileStorage().put(attachmentKey, new Uint8Array([37, 80, 68, 70]), { contentType: "application/pdf", size: 4 });
  const attachment = await db().libraryAttachment.create({
    data: {
      itemId: published.id,
      storageKey: attachmentKey,
      fileName: "aanpak.pdf",
      contentType: "application/pdf",
      size: 4,
      uploadedById: member.id,
    },
  });
  const draftKey = `library/${draft.id}/bijlage-matrix`;
  await fileStorage().put(draftKey, new Uint8Array([37, 80, 68, 70]), { contentType: "application/pdf", size: 4 });
  const draftAttachment = await db().libraryAttachment.create({
    data: {
      itemId: draft.id,
      storageKey: draftKey,
      fileName: "concept.pdf",
      contentType: "application/pdf",
      size: 4,
      uploadedById: member.id,
    },
  });
  const notification = await db().notification.create({
    data: { userId: member.id, kind: "mention", url: `/communities/${open.community.slug}`, data: {} },
  });
  const exportKey = `exports/${member.id}/matrix.zip`;
  await fileStorage().put(exportKey, new Uint8Array([80, 75, 5, 6]), { contentType: "application/zip", size: 4 });
  const dataExport = await db().dataExport.create({
    data: {
      userId: member.id,
      status: "READY",
      progress: 100,
      storageKey: exportKey,
      size: 4,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });

  // Events: one in the invite-only community, one platform-wide (both by the facilitator/moderator, in the future).
  const closedMeeting = await createMeeting({
    communityId: closed.community.id,
    title: "Dialoogsessie in besloten kring",
    createdById: facilitator.id,
  });
  const platformMeeting = await createMeeting({ communityId: null, title: "Landelijke impact-bijeenkomst", createdById: moderator.id });
  const feed = await regenerateCalendarFeed(member.id);

  // Work agenda: the Kennisagenda community (only the member belongs to it), a goal with an indicator,
  // an open review round and a knowledge question of the member.
  const kennisagenda = await db().community.create({
    data: {
      slug: KENNISAGENDA_COMMUNITY_SLUG,
      name: "Kennisagenda VIA",
      summary: "Onderzoek en kennis.",
      about: "Kennisvragen en metingen.",
      kind: "LEARNING",
      accessMode: "OPEN",
      themeId: theme.id,
    },
  });
  await db().membership.create({ data: { userId: member.id, communityId: kennisagenda.id, role: "MEMBER" } });
  const goal = await db().agendaGoal.create({
    data: { themeId: theme.id, title: "Meer mensen aan het werk", description: "Samen met werkgevers in de wijk." },
  });
  const indicator = await db().agendaIndicator.create({
    data: {
      goalId: goal.id,
      name: "Mensen aan het werk",
      unit: "personen",
      targetValue: 100,
      targetDate: new Date("2027-12-31"),
      direction: "HOGER",
    },
  });
  const round = await db().$transaction(async (tx) =>
    tx.reviewRound.create({
      data: {
        title: "Herijking voorjaar",
        period: "2026-H2",
        opensAt: new Date(Date.now() - 86_400_000),
        closesAt: new Date(Date.now() + 30 * 86_400_000),
        snapshot: await takeSnapshot(tx, new Date()),
        createdById: moderator.id,
      },
    }),
  );
  const question = await db().knowledgeQuestion.create({
    data: {
      themeId: theme.id,
      title: "Wat werkt bij taalcoaching op de werkvloer?",
      body: "Welke studies laten effect zien?",
      authorId: member.id,
    },
  });

  // Moderation: open reports by the outsider about the member's message in the open community and about the member's profile.
  const reports = {
    message: await db().report.create({
      data: {
        targetKind: "MESSAGE",
        targetId: open.message.id,
        communityId: open.community.id,
        subjectId: member.id,
        reporterId: outsider.id,
        reason: "SPAM",
      },
    }),
    profile: await db().report.create({
      data: {
        targetKind: "PROFILE",
        targetId: member.id,
        communityId: null,
        subjectId: member.id,
        reporterId: outsider.id,
        reason: "OTHER",
      },
    }),
  };

  const users: Record<Actor, { id: string } | null> = { anonymous: null, outsider, member, facilitator, moderator, admin };
  return {
    users,
    theme,
    open,
    closed,
    library: { published, membersOnly, draft, toArchive, publicCase, membersCase, attachment, draftAttachment },
    notification,
    dataExport,
    meetings: { closed: closedMeeting, platform: platformMeeting },
    /** The member's personal calendar feed path (/kalender/<token>/agenda.ics). */
    feedPath: feed.path,
    agenda: { goal, indicator, round, question },
    reports,
    unsubscribe: unsubscribeToken(member.id, "digest"),
    /** A fresh session per call: an action (log out, delete account) may end the one it got. */
    cookieFor: async (actor: Actor) => (users[actor] ? sessionCookieFor(users[actor]!.id) : undefined),
  };
}

export type World = Awaited<ReturnType<typeof seedWorld>>;
