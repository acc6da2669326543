/**
 * Demo content for a fresh instance (npm start) from prisma/seed/content.ts.
 * Everyone's demo password is DEMO_PASSWORD (development only; see README).
 */
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "../../server/accounts/password.ts";
import { db } from "../../server/db.ts";
import { seedAgenda } from "./agenda.ts";
import { communities, themes, users } from "./content.ts";
import { seedDiscussions } from "./discussion.ts";
import { seedDocuments } from "./documents.ts";
import { seedMeetings } from "./meetings.ts";
import { seedLibrary } from "./library.ts";
import { seedLinks } from "./links.ts";
import { seedModeration } from "./moderation.ts";
import { seedNotifications } from "./notifications.ts";

export const DEMO_PASSWORD = "Praktijkplein-demo";

export async function isEmpty(): Promise<boolean> {
  const [userCount, themeCount] = await Promise.all([db().user.count(), db().theme.count()]);
  return userCount === 0 && themeCount === 0;
}

/** What area seeds get: ids by the keys used in content.ts. */
export type SeedContext = {
  userId: (key: string) => string;
  communityId: (slug: string) => string;
  themeId: (slug: string) => string;
  log: (line: string) => void;
};

/**
 * Areas add demo content of their own (discussions, documents, library, …) by
 * appending a seeder here; each runs after the core content exists.
 */
const AREA_SEEDS: ((context: SeedContext) => Promise<void>)[] = [
  seedLibrary,
  seedDiscussions,
  seedDocuments,
  seedNotifications,
  seedMeetings,
  seedLinks,
  seedAgenda,
  seedModeration,
];

export async function seedDemo(log: (line: string) => void = () => undefined): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const themeIds = new Map<string, string>();
  const userIds = new Map<string, string>();
  const communityIds = new Map<string, string>();
  await db().$transaction(
    async (tx) => {
      for (const theme of themes) {
        const row = await tx.theme.create({ data: theme });
        themeIds.set(theme.slug, row.id);
      }
      for (const { key, ...user } of users) {
        const row = await tx.user.create({ data: { ...user, passwordHash, emailVerifiedAt: new Date() } });
        userIds.set(key, row.id);
      }
      const userId = (key: string) => {
        const id = userIds.get(key);
        if (!id) throw new Error(`seed: unknown user ${key}`);
        return id;
      };
      for (const community of communities) {
        const themeId = themeIds.get(community.themeSlug);
        if (!themeId) throw new Error(`seed: unknown theme ${community.themeSlug}`);
        const row = await tx.community.create({
          data: {
            slug: community.slug,
            name: community.name,
            summary: community.summary,
            about: community.about,
            kind: community.kind,
            accessMode: community.accessMode,
            themeId,
          },
        });
        communityIds.set(community.slug, row.id);
        await tx.membership.createMany({
          data: [
            ...community.facilitators.map((key) => ({ userId: userId(key), communityId: row.id, role: "FACILITATOR" as const })),
            ...community.members.map((key) => ({ userId: userId(key), communityId: row.id, role: "MEMBER" as const })),
          ],
        });
        for (const request of community.pendingRequests) {
          await tx.joinRequest.create({ data: { userId: userId(request.user), communityId: row.id, message: request.message } });
        }
        for (const invitation of community.invitations) {
          await tx.invitation.create({
            data: {
              communityId: row.id,
              email: invitation.email,
              role: invitation.role,
              // Demo invitations are accepted from the home page; the link token is not needed.
              tokenHash: createHash("sha256").update(randomBytes(24)).digest("hex"),
              invitedById: userId(community.facilitators[0]!),
              expiresAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000),
            },
          });
        }
      }
    },
    { timeout: 60_000 },
  );
  log(`seeded ${themes.length} themes, ${users.length} demo members and ${communities.length} communities`);
  const lookup = (map: Map<string, string>, what: string) => (key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`seed: unknown ${what} ${key}`);
    return id;
  };
  const context: SeedContext = {
    userId: lookup(userIds, "user"),
    communityId: lookup(communityIds, "community"),
    themeId: lookup(themeIds, "theme"),
    log,
  };
  for (const seed of AREA_SEEDS) await seed(context);
}
