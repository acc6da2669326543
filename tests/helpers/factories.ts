/**
 * Test data builders, written straight to the database (the commands are what
 * the tests exercise). The demo seed has its own data (prisma/seed/).
 */
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../server/accounts/password.ts";
import { createSession } from "../../server/accounts/sessions.ts";
import { sessionCookie } from "../../server/accounts/cookie.ts";
import { db } from "../../server/db.ts";
import type { AccessModeValue, CommunityKindValue, CommunityRoleValue, FieldRoleValue, GlobalRoleValue } from "../../app/shared/enums.ts";

export const TEST_PASSWORD = "test-wachtwoord-2026";
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

const unique = () => randomBytes(4).toString("hex");

export async function createUser(
  overrides: {
    email?: string;
    displayName?: string;
    globalRole?: GlobalRoleValue;
    fieldRole?: FieldRoleValue;
    organisation?: string | null;
    region?: string | null;
    bio?: string | null;
    showOrganisation?: boolean;
    showFieldRole?: boolean;
    showRegion?: boolean;
    showBio?: boolean;
    locale?: string;
    /** Verified by default (decision 110); `false` makes an account that has not followed its link yet. */
    emailVerified?: boolean;
  } = {},
) {
  const id = unique();
  return db().user.create({
    data: {
      email: overrides.email ?? `lid-${id}@praktijkplein.test`,
      displayName: overrides.displayName ?? `Testlid ${id}`,
      passwordHash: await testPasswordHash(),
      globalRole: overrides.globalRole ?? "MEMBER",
      fieldRole: overrides.fieldRole ?? "OTHER",
      organisation: overrides.organisation ?? null,
      region: overrides.region ?? null,
      bio: overrides.bio ?? null,
      showOrganisation: overrides.showOrganisation ?? true,
      showFieldRole: overrides.showFieldRole ?? true,
      showRegion: overrides.showRegion ?? true,
      showBio: overrides.showBio ?? true,
      locale: overrides.locale ?? "nl",
      emailVerifiedAt: overrides.emailVerified === false ? null : new Date(),
    },
  });
}

export async function createTheme(overrides: { slug?: string; nameNl?: string } = {}) {
  const id = unique();
  return db().theme.create({
    data: {
      slug: overrides.slug ?? `thema-${id}`,
      nameNl: overrides.nameNl ?? `Thema ${id}`,
      nameEn: `Theme ${id}`,
      summaryNl: "Een thema van de Werkagenda VIA.",
      summaryEn: "A theme of the VIA work agenda.",
    },
  });
}

export async function createCommunity(
  overrides: {
    slug?: string;
    name?: string;
    accessMode?: AccessModeValue;
    kind?: CommunityKindValue;
    themeId?: string;
    summary?: string;
    about?: string;
  } = {},
) {
  const id = unique();
  const themeId = overrides.themeId ?? (await createTheme()).id;
  return db().community.create({
    data: {
      slug: overrides.slug ?? `community-${id}`,
      name: overrides.name ?? `Community ${id}`,
      summary: overrides.summary ?? "Een community om kennis en ervaring te delen.",
      about: overrides.about ?? "We delen wat werkt voor gelijke kansen op de arbeidsmarkt.",
      kind: overrides.kind ?? "LEARNING",
      accessMode: overrides.accessMode ?? "OPEN",
      themeId,
    },
  });
}

export async function addMember(userId: string, communityId: string, role: CommunityRoleValue = "MEMBER") {
  return db().membership.create({ data: { userId, communityId, role } });
}

/** A Cookie header value for a fresh session of this user. */
export async function sessionCookieFor(userId: string): Promise<string> {
  const session = await createSession(userId, "vitest");
  const header = await sessionCookie().serialize(session.id);
  return header.split(";")[0]!;
}
