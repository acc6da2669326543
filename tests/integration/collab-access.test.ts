/**
 * The co-editing socket's periodic re-check in one statement (decision 277)
 * against what it replaced (getSessionUser, then loadDocumentById(…, "live")
 * through Prisma): for members, facilitators, outsiders, invited and
 * requesting accounts, moderators, admins and a suspended member, in open,
 * on-request and invite-only communities, on plain, locked and hidden
 * documents, and for sessions that expired or ended and documents that are
 * gone, the same answer — the same permissions, or the same refusal.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, getSessionUser } from "../../server/accounts/sessions.ts";
import { liveRight } from "../../server/collab/access.ts";
import { db } from "../../server/db.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { loadDocumentById } from "../../server/documents/access.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { AppError } from "../../server/errors.ts";
import type { AccessModeValue } from "../../app/shared/enums.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

const MODES: AccessModeValue[] = ["OPEN", "ON_REQUEST", "INVITE_ONLY"];
const DAY = 86_400_000;

let sessions: { label: string; sessionId: string }[] = [];
const documents: { label: string; id: string }[] = [];

/** An answer as the socket server uses it: no session, the permissions, or the refusal. */
type Outcome = { session: false } | { permissions: unknown } | { refused: number; error: string };

async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await work();
    return result === null ? { session: false } : { permissions: result };
  } catch (error) {
    if (error instanceof AppError) return { refused: error.status, error: error.message };
    throw error;
  }
}

/** What the re-check read before decision 277. */
async function viaPrisma(sessionId: string, documentId: string) {
  const session = await getSessionUser(sessionId);
  if (!session) return null;
  return (await loadDocumentById(session.user, documentId, "live")).permissions;
}

beforeAll(async () => {
  const people = {
    outsider: await createUser(),
    invited: await createUser(),
    invitedUnverified: await createUser({ emailVerified: false }),
    requester: await createUser(),
    member: await createUser(),
    author: await createUser(),
    facilitator: await createUser(),
    moderator: await createUser({ globalRole: "MODERATOR" }),
    admin: await createUser({ globalRole: "ADMIN" }),
    suspended: await createUser(),
  };
  for (const accessMode of MODES) {
    const community = await createCommunity({ accessMode });
    for (const member of [people.member, people.author, people.suspended]) await addMember(member.id, community.id);
    await addMember(people.facilitator.id, community.id, "FACILITATOR");
    for (const invited of [people.invited, people.invitedUnverified])
      await db().invitation.create({
        data: {
          communityId: community.id,
          email: invited.email,
          status: "PENDING",
          tokenHash: `${community.id}-${invited.id}`,
          expiresAt: new Date(Date.now() + 7 * DAY),
        },
      });
    await db().joinRequest.create({ data: { communityId: community.id, userId: people.requester.id } });
    const plain = await createDocumentIn(community.id, people.author.id, "Gewoon", editorState(p("tekst")));
    const locked = await createDocumentIn(community.id, people.author.id, "Op slot", editorState(p("tekst")));
    await db().document.update({ where: { id: locked.id }, data: { locked: true } });
    const hidden = await createDocumentIn(community.id, people.author.id, "Verborgen", editorState(p("tekst")));
    await db().document.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "test" } });
    documents.push(
      { label: `plain in ${accessMode}`, id: plain.id },
      { label: `locked in ${accessMode}`, id: locked.id },
      { label: `hidden in ${accessMode}`, id: hidden.id },
    );
  }
  documents.push({ label: "gone", id: "nietbestaanddocument" });
  await db().user.update({ where: { id: people.suspended.id }, data: { suspendedUntil: new Date(Date.now() + DAY) } });
  for (const [label, user] of Object.entries(people)) sessions.push({ label, sessionId: (await createSession(user.id)).id });
  // A session whose expiry passed, one that is due for its daily renewal, one that ended, and nonsense.
  const expired = await createSession(people.member.id);
  await db().session.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const renewable = await createSession(people.member.id);
  await db().session.update({ where: { id: renewable.id }, data: { expiresAt: new Date(Date.now() + 2 * DAY) } });
  const ended = await createSession(people.member.id);
  await db().session.delete({ where: { id: ended.id } });
  sessions = [
    ...sessions,
    { label: "renewable", sessionId: renewable.id },
    { label: "ended", sessionId: ended.id },
    { label: "nonsense", sessionId: "x".repeat(101) },
  ];
  // Checked last for every document: both paths remove an expired session when they see it.
  sessions.push({ label: "expired", sessionId: expired.id });
});

describe("a co-editing socket's re-check in one statement", () => {
  it("answers as getSessionUser and loadDocumentById did, for every session and document", async () => {
    const seen = new Set<string>();
    for (const { label, sessionId } of sessions) {
      for (const document of documents) {
        const expected = await outcome(() => viaPrisma(sessionId, document.id));
        // The expired session: the Prisma read removed it; the one-statement read then finds no session either.
        expect(
          await outcome(() => liveRight(sessionId, document.id).then((right) => right?.permissions ?? null)),
          `${label}, ${document.label}`,
        ).toEqual(expected);
        seen.add(JSON.stringify(expected));
      }
    }
    // The comparison met every kind of answer: no session, read-only, editable, not found, hidden.
    const kinds = [...seen].map((answer) => JSON.parse(answer) as Outcome);
    expect(kinds.some((answer) => "session" in answer)).toBe(true);
    expect(kinds.some((answer) => "permissions" in answer && (answer.permissions as { edit: boolean }).edit)).toBe(true);
    expect(kinds.some((answer) => "permissions" in answer && !(answer.permissions as { edit: boolean }).edit)).toBe(true);
    expect(kinds.some((answer) => "refused" in answer && answer.error === "documents.errors.notFound")).toBe(true);
    expect(kinds.some((answer) => "refused" in answer && answer.error === "documents.errors.hidden")).toBe(true);
  });

  it("expires a session as getSessionUser does", async () => {
    const user = await createUser();
    const community = await createCommunity({ accessMode: "OPEN" });
    await addMember(user.id, community.id);
    const document = await createDocumentIn(community.id, user.id, "Doc", editorState(p("tekst")));
    const session = await createSession(user.id);
    await db().session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await liveRight(session.id, document.id)).toBeNull();
    expect(await db().session.count({ where: { id: session.id } })).toBe(0);
  });

  it("reads the session, the document and the standing in one statement", async () => {
    const member = sessions.find((session) => session.label === "member")!;
    const { result, count } = await countRoundTrips(() => liveRight(member.sessionId, documents[0]!.id));
    expect(result?.permissions.edit).toBe(true);
    expect(count).toBe(1);
  });
});
