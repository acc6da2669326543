/**
 * The send-digest job: one member, one period. Exactly one mail per member
 * and period (MailDelivery key `digest-<userId>-<periodKey>`), none when there
 * is nothing new. See docs/decisions/031-exactly-once-mail.md. None for a
 * period that ends while the member is suspended, and a digest after a
 * suspension covers only the time since it ended (decision 228).
 */
import DataLoader from "dataloader";
import type { GlobalRoleValue } from "~/shared/enums.ts";
import { directSql } from "../../db/direct.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { mailLanguage } from "../../mail/i18n.ts";
import { sendOnce, type OnceResult } from "../../mail/once.ts";
import { digestKey } from "../keys.ts";
import { preferencesFromRows } from "../preferences.ts";
import { gatherDigest, type Preloaded } from "./gather.ts";
import { type DigestFrequencyDue, PERIOD_MS } from "./periods.ts";
import { renderDigest } from "./render.ts";
import { afterWindow, type DigestScope, processScope, scopedLoader } from "./scope.ts";

export type SendDigestInput = { userId: string; frequency: DigestFrequencyDue; periodKey: string; until: string };

type MemberRow = {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  globalRole: GlobalRoleValue;
  digestsEnabled: boolean;
  suspendedUntil: Date | null;
  /** The end of the member's last digest of this frequency before this one. */
  lastUntil: Date | null;
  /** A digest of this frequency for a later period already went out. */
  superseded: boolean;
  preferences: { kind: string; inApp: boolean; email: boolean }[];
  communities: Preloaded["communities"];
};

type MemberRequest = { userId: string; frequency: DigestFrequencyDue; until: Date };

/**
 * The member rows of the digests a worker starts at the same moment, in one
 * statement (decision 131): each request (member, frequency, period end) is a
 * row of `req`, made from one typed array per column (decision 307).
 */
async function loadMembers(requests: readonly MemberRequest[]): Promise<(MemberRow | null)[]> {
  const rows = await directSql<MemberRow & { index: number }>(Prisma.sql`/* prepared */
    WITH req AS (
      SELECT (r."o" - 1)::int AS "i", r."u", r."f", r."until" AT TIME ZONE 'UTC' AS "until"
      FROM unnest(${requests.map((request) => request.userId)}::text[], ${requests.map((request) => request.frequency)}::text[],
        ${requests.map((request) => request.until.toISOString())}::timestamptz[]) WITH ORDINALITY AS r("u", "f", "until", "o")
    )
    SELECT q."i" AS "index", u."id", u."email", u."displayName", u."locale", u."globalRole"::text AS "globalRole",
      COALESCE(ms."digestsEnabled", true) AS "digestsEnabled", u."suspendedUntil",
      (SELECT max(d."until") FROM "MailDelivery" d
        WHERE d."userId" = u."id" AND d."kind" = 'DIGEST' AND d."frequency"::text = q."f"
          AND d."status" IN ('SENT', 'EMPTY') AND d."until" < q."until") AS "lastUntil",
      EXISTS (SELECT 1 FROM "MailDelivery" d
        WHERE d."userId" = u."id" AND d."kind" = 'DIGEST' AND d."frequency"::text = q."f"
          AND d."status" IN ('SENT', 'EMPTY') AND d."until" > q."until") AS "superseded",
      (SELECT coalesce(json_agg(json_build_object('kind', p."kind", 'inApp', p."inApp", 'email', p."email")), '[]'::json)
        FROM "NotificationPreference" p WHERE p."userId" = u."id") AS "preferences",
      (SELECT coalesce(json_agg(json_build_object(
          'id', c."id", 'slug', c."slug", 'name', c."name", 'themeId', c."themeId", 'role', m."role",
          'frequency', COALESCE(s."frequency"::text, 'WEEKLY')) ORDER BY c."name"), '[]'::json)
        FROM "Membership" m
        JOIN "Community" c ON c."id" = m."communityId"
        LEFT JOIN "CommunityDigestSetting" s ON s."userId" = m."userId" AND s."communityId" = m."communityId"
        WHERE m."userId" = u."id") AS "communities"
    FROM req q
    JOIN "User" u ON u."id" = q."u"
    LEFT JOIN "MailSettings" ms ON ms."userId" = u."id"`);
  const byIndex = new Map(rows.map(({ index, ...row }) => [index, row]));
  return requests.map((_, i) => byIndex.get(i) ?? null);
}

const memberLoader = (scope: DigestScope) =>
  scopedLoader(
    scope,
    "members",
    () =>
      new DataLoader<MemberRequest, MemberRow | null>(loadMembers, {
        cache: false,
        maxBatchSize: 200,
        batchScheduleFn: afterWindow(scope.memberWindowMs),
      }),
  );

export type DigestResult = OnceResult | "gone" | "off" | "suspended";

/** `scope`: where this digest's statements meet others' (scope.ts): a batch job's, or the process's. */
export async function sendDigest(input: SendDigestInput, signal?: AbortSignal, scope: DigestScope = processScope()): Promise<DigestResult> {
  // Until this digest has asked for its sections, batches of section queries wait for it (barrier.ts).
  const asked = scope.barrier.coming();
  try {
    return await send(input, asked, scope, signal);
  } finally {
    asked();
  }
}

async function send(input: SendDigestInput, asked: () => void, scope: DigestScope, signal?: AbortSignal): Promise<DigestResult> {
  const until = new Date(input.until);
  const user = await memberLoader(scope).load({ userId: input.userId, frequency: input.frequency, until });
  if (!user) return "gone";
  if (!user.digestsEnabled) return "off";
  // A later digest already went out (this job ran late): it covered this period too.
  if (user.superseded) return "superseded";
  // Suspended when the period ended, or now (suspended after the job was queued): no digest, and
  // nothing recorded, so the period's content is not sent later either (decision 228).
  const suspendedUntil = user.suspendedUntil?.getTime() ?? 0;
  if (suspendedUntil > until.getTime() || suspendedUntil > Date.now()) return "suspended";
  // The first digest after a suspension starts where the suspension ended: no backlog of that time.
  const since = new Date(Math.max((user.lastUntil ?? new Date(until.getTime() - PERIOD_MS[input.frequency])).getTime(), suspendedUntil));
  return sendOnce(
    {
      key: digestKey(user.id, input.periodKey),
      kind: "DIGEST",
      userId: user.id,
      frequency: input.frequency,
      periodKey: input.periodKey,
      since,
      until,
    },
    async (delivery) => {
      // A retry covers the window its first attempt recorded.
      const member = {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        globalRole: user.globalRole,
        language: mailLanguage(user.locale),
      };
      const digest = await gatherDigest(
        member,
        input.frequency,
        delivery.since ?? since,
        delivery.until ?? until,
        { communities: user.communities, preferences: preferencesFromRows(user.preferences) },
        asked,
        scope,
      );
      if (digest.itemCount === 0) return { outcome: "empty" };
      return { outcome: "send", mail: { to: user.email, ...renderDigest(digest) }, itemCount: digest.itemCount };
    },
    signal,
  );
}
