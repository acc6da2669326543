/**
 * Security walk 15 (decision 289): what an outside attacker found on a production build, each closed
 * where its rule lives. Each test failed before its change.
 */
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { action as dataAction } from "../../app/routes/profiel_.gegevens.tsx";
import { loader as statusLoader } from "../../app/routes/e-mailadres-bevestigen._index.tsx";
import { action as changeAction } from "../../app/routes/profiel_.e-mailadres.tsx";
import { action as confirmAction } from "../../app/routes/e-mailadres-bevestigen.$token.tsx";
import { action as resetAction, loader as resetLoader } from "../../app/routes/wachtwoord-herstellen.$token.tsx";
import { emailVerificationToken } from "../../server/accounts/verification.ts";
import { loader as rootLoader } from "../../app/root.tsx";
import { loader as exportLoader } from "../../app/routes/communities.$slug.documenten.$id.export.$format.tsx";
import { db } from "../../server/db.ts";
import { code, editorState, p, text } from "../../server/documents/builder.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { addMember, createCommunity, createUser, sessionCookieFor, TEST_PASSWORD } from "../helpers/factories.ts";
import { useMailSink } from "../helpers/mail-sink.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

const sink = useMailSink({ mailWorkers: 2, clearEach: true });

describe("data exports (profiel → gegevens)", () => {
  it("are limited per member, so starting one after another does not keep the worker and storage busy", async () => {
    const member = await createUser();
    const cookie = await sessionCookieFor(member.id);
    const ask = () => callAction(dataAction, formRequest("/profiel/gegevens", {}, cookie));
    // The worker makes each one; the next is asked for when it is ready, as the page allows.
    const ready = async () => {
      for (let tries = 0; tries < 600; tries++) {
        if ((await db().dataExport.count({ where: { userId: member.id, status: { in: ["QUEUED", "RUNNING"] } } })) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error("the export was not made");
    };
    for (let round = 1; round <= 3; round++) {
      expect((await ask()).status).toBe(302);
      await ready();
    }
    expect(await db().dataExport.count({ where: { userId: member.id, status: "READY" } })).toBe(3);
    const fourth = await ask();
    // Before: a fourth export, and a fifth, without end.
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("Retry-After")).toBeTruthy();
    // "Probeer het over 24 uur opnieuw", not "over 1440 minuten".
    expect((fourth.body as { formError: string }).formError).toMatch(/^errors\.rateLimitedHours\|\{"count":2[34]\}$/);
    expect(await db().dataExport.count({ where: { userId: member.id } })).toBe(3);
    // Another member is not held back by this one.
    const other = await createUser();
    expect((await callAction(dataAction, formRequest("/profiel/gegevens", {}, await sessionCookieFor(other.id)))).status).toBe(302);
  });
});

describe("changing the e-mail address", () => {
  /** Everything the account that asked can see afterwards: the answer, the status page, the banner. */
  async function change(verified: boolean, address: string) {
    const user = await createUser({ emailVerified: verified });
    const cookie = await sessionCookieFor(user.id);
    const answer = await callAction(changeAction, formRequest("/profiel/e-mailadres", { email: address, password: TEST_PASSWORD }, cookie));
    const status = (await callLoader(statusLoader, getRequest("/e-mailadres-bevestigen", cookie))).body as Record<string, unknown>;
    const root = (await callLoader(rootLoader, getRequest("/", cookie))).body as { user: { unverifiedEmail?: string | null } };
    return {
      seen: {
        status: answer.status,
        location: answer.headers.get("Location"),
        page: { ...status, email: status.email === user.email ? "own" : status.email },
        banner: root.user.unverifiedEmail ?? null,
      },
      user,
    };
  }

  it("answers the same for an address another account has, so it does not tell who has an account here", async () => {
    const owner = await createUser({ email: `bezet-${crypto.randomUUID().slice(0, 8)}@example.org` });
    for (const verified of [true, false]) {
      const free = `vrij-${crypto.randomUUID().slice(0, 8)}@example.org`;
      const asFree = await change(verified, free);
      const asTaken = await change(verified, owner.email);
      // Before: 409 "Dit e-mailadres is al in gebruik" at the field for the taken address.
      expect(asTaken.seen).toEqual({
        ...asFree.seen,
        page: { ...asFree.seen.page, pendingEmail: owner.email },
        banner: verified ? null : owner.email,
      });
      expect(asFree.seen.status).toBe(302);
      expect(asFree.seen.page).toEqual({ email: "own", pendingEmail: free, verified });
      expect(asFree.seen.banner).toBe(verified ? null : free);
      // The free address gets its link; the owner of the taken one keeps the address and gets no link
      // (since security walk 16 a notice that someone asked for it, tests/integration/security-16.test.ts).
      await sink.waitForTo(free);
      await sink.waitForTo(owner.email);
      expect(sink.to(owner.email).map((mail) => mail.text)).not.toContainEqual(expect.stringMatching(/e-mailadres-bevestigen/));
      expect((await db().user.findUniqueOrThrow({ where: { id: asTaken.user.id } })).email).toBe(asTaken.user.email);
    }
    expect(await db().user.count({ where: { email: owner.email } })).toBe(1);
  });
});

describe("a document's Markdown export", () => {
  it("keeps code text as code, so what a member typed as code cannot become live HTML in the file", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    await addMember(author.id, community.id);
    // Shown in the app as harmless code; the Markdown markers around it were fixed (`` and ~~~~).
    const span = "x``<img src=x onerror=alert(1)>``";
    const block = "```\n~~~~\n<img src=x onerror=alert(2)>";
    const document = await createDocumentIn(community.id, author.id, "Voorbeeldcode", editorState(p([text(span, "code")]), code(block)));
    const md = await exportLoader({
      request: getRequest("/x", await sessionCookieFor(reader.id)),
      params: { slug: community.slug, id: document.id, format: "md" },
      context: {},
    } as never);
    // Before: "`` x``<img …>`` ``" and "~~~~ … ~~~~ …": the code ended early and the <img> was raw HTML.
    // Now each marker is longer than any run of backticks inside it, which nothing inside can close.
    expect(await (md as Response).text()).toBe(`# Voorbeeldcode\n\n\`\`\` ${span} \`\`\`\n\n\`\`\`\`\n${block}\n\`\`\`\`\n`);
  });
});

describe("a password reset link", () => {
  it("stops working when the account's address changes, as it went to a mailbox that no longer speaks for it", async () => {
    const user = await createUser({ email: `oud-${crypto.randomUUID().slice(0, 8)}@example.org` });
    const cookie = await sessionCookieFor(user.id);
    // A reset link mailed to the old address a moment ago (the mail job stores only the hash).
    const token = randomBytes(32).toString("base64url");
    await db().passwordReset.create({
      data: {
        userId: user.id,
        tokenHash: createHash("sha256").update(token).digest("hex"),
        expiresAt: new Date(Date.now() + 60 * 60_000),
      },
    });
    expect((await callLoader(resetLoader, getRequest(`/wachtwoord-herstellen/${token}`), { token })).body).toEqual({ valid: true });
    const address = `nieuw-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const asked = await callAction(changeAction, formRequest("/profiel/e-mailadres", { email: address, password: TEST_PASSWORD }, cookie));
    expect(asked.status).toBe(302);
    // Only asked for: the old address still speaks for the account, and its link still works.
    expect((await callLoader(resetLoader, getRequest(`/wachtwoord-herstellen/${token}`), { token })).body).toEqual({ valid: true });
    const link = emailVerificationToken(user.id, address, new Date(Date.now() + 60 * 60_000));
    expect((await callAction(confirmAction, formRequest(`/e-mailadres-bevestigen/${link}`, {}, cookie), { token: link })).status).toBe(302);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(address);
    // Before: whoever reads the old mailbox could still choose the password for the next hour.
    expect((await callLoader(resetLoader, getRequest(`/wachtwoord-herstellen/${token}`), { token })).body).toEqual({ valid: false });
    const reset = await callAction(
      resetAction,
      formRequest(`/wachtwoord-herstellen/${token}`, { password: "een heel nieuw wachtwoord 2026" }),
      {
        token,
      },
    );
    expect(reset.status).toBe(410);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });
});
