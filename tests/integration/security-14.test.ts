/**
 * Security walk 14 (decision 285): what an outside attacker found on a production build, each closed
 * where its rule lives. Each test failed before its change.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as attachmentAction } from "../../app/routes/bibliotheek.$slug_.bijlagen.tsx";
import { action as communityAction } from "../../app/routes/communities.$slug.tsx";
import { UPLOAD_FORM_MAX_BYTES } from "../../app/.server/uploads.ts";
import { db } from "../../server/db.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closeQueues();
});

const BASE = "http://localhost:3000";
const BOUNDARY = "----praktijkplein-walk-14";

/** A draft library item of a new author, and that author's and a stranger's cookies. */
async function draftWithAuthor() {
  const [author, stranger] = await Promise.all([createUser(), createUser()]);
  const item = await db().libraryItem.create({
    data: {
      slug: `concept-${crypto.randomUUID().slice(0, 8)}`,
      kind: "PRAKTIJKCASE",
      status: "DRAFT",
      title: "Een concept met bijlagen",
      summary: "Nog niet ingediend.",
      body: {},
      authorId: author.id,
    },
  });
  return { slug: item.slug, author: await sessionCookieFor(author.id), stranger: await sessionCookieFor(stranger.id) };
}

/**
 * A multipart upload sent as a stream without Content-Length (as `Transfer-Encoding: chunked`
 * arrives): `parts` file parts of `partBytes` each. `read()` says how many bytes the server took.
 */
function streamedUpload(slug: string, cookie: string, parts: number, partBytes: number) {
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let read = 0;
  let part = 0;
  let sentOfPart = -1;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let next: Uint8Array;
        if (part === parts) {
          next = encoder.encode(`\r\n--${BOUNDARY}--\r\n`);
          part++;
        } else if (part > parts) {
          controller.close();
          return;
        } else if (sentOfPart === -1) {
          const name = part === parts - 1 ? "file" : `extra${part}`;
          next = encoder.encode(
            `${part === 0 ? "" : "\r\n"}--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="deel-${part}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
          );
          sentOfPart = 0;
        } else {
          next = chunk.subarray(0, Math.min(chunk.byteLength, partBytes - sentOfPart));
          sentOfPart += next.byteLength;
          if (sentOfPart >= partBytes) {
            part++;
            sentOfPart = -1;
          }
        }
        read += next.byteLength;
        controller.enqueue(next);
      },
      // Nothing is pulled before someone reads.
    },
    { highWaterMark: 0 },
  );
  const request = new Request(`${BASE}/bibliotheek/${slug}/bijlagen`, {
    method: "POST",
    body,
    headers: { Cookie: cookie, Origin: BASE, "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    duplex: "half",
  } as RequestInit);
  return { request, read: () => read };
}

describe("uploads to a library item", () => {
  it("are refused before the body is read when the member may not add to the item", async () => {
    const { slug, stranger } = await draftWithAuthor();
    const upload = streamedUpload(slug, stranger, 1, 1024 * 1024);
    const result = await callAction(attachmentAction, upload.request, { slug });
    expect(result.status).toBe(404);
    // Before: the whole body (up to the upload limit, and past it without Content-Length) was read and held first.
    expect(upload.read()).toBe(0);
  });

  it("stop at the upload limit for all parts together when the body has no length", async () => {
    const { slug, author } = await draftWithAuthor();
    // Three parts of 6 MB: each under the 15 MB a file may have, together past it.
    const partBytes = 6 * 1024 * 1024;
    const upload = streamedUpload(slug, author, 3, partBytes);
    const result = await callAction(attachmentAction, upload.request, { slug });
    expect(result).toMatchObject({ status: 413, body: { formError: "library.errors.fileTooLarge" } });
    // Read up to the limit and not on: before, all 18 MB were read and kept in memory.
    expect(upload.read()).toBeLessThan(UPLOAD_FORM_MAX_BYTES + 128 * 1024);
    expect(await db().libraryAttachment.count({ where: { item: { slug } } })).toBe(0);
  });
});

describe("asking to join a community", () => {
  it("is limited per member and community, so asking and withdrawing in a loop does not flood the facilitators", async () => {
    const [member, facilitator] = await Promise.all([createUser(), createUser()]);
    const community = await createCommunity({ accessMode: "ON_REQUEST" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(member.id);
    const send = (fields: Record<string, string>) =>
      callAction(communityAction, formRequest(`/communities/${community.slug}`, fields, cookie), { slug: community.slug });
    const notices = () => db().notification.count({ where: { userId: facilitator.id, kind: "joinRequestReceived" } });
    for (let round = 1; round <= 3; round++) {
      expect((await send({ intent: "request", message: `Vraag ${round}` })).status).toBe(302);
      expect((await send({ intent: "withdraw" })).status).toBe(302);
    }
    // Each request told the facilitator (in the bell, and in their mail).
    expect(await notices()).toBe(3);
    const fourth = await send({ intent: "request", message: "Vraag 4" });
    // Before: every round was a new request and a new notification, without end.
    expect(fourth.status).toBe(429);
    expect((fourth.body as { formError: string }).formError).toMatch(/^errors\.rateLimited/);
    expect(await notices()).toBe(3);
    expect(await db().joinRequest.count({ where: { userId: member.id, communityId: community.id } })).toBe(0);
    // Another community is asked as before.
    const other = await createCommunity({ accessMode: "ON_REQUEST" });
    const elsewhere = await callAction(communityAction, formRequest(`/communities/${other.slug}`, { intent: "request" }, cookie), {
      slug: other.slug,
    });
    expect(elsewhere.status).toBe(302);
  });
});

describe("through the production server", () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ worker: false });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("a member's data request (.data) is never kept by a cache, nor a visitor's", async () => {
    const member = await createUser();
    const community = await createCommunity({ accessMode: "ON_REQUEST" });
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    for (const path of ["/meldingen.data", "/profiel.data", `/communities/${community.slug}.data`, "/_root.data"]) {
      const response = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } });
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain(member.displayName);
      // Before: no Cache-Control at all, so a shared cache could keep a member's data by its own heuristics.
      expect(response.headers.get("Cache-Control"), path).toBe("private, no-store");
    }
    const visitor = await fetch(`${server.url}/communities.data`);
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("a ?_data request (Remix before single fetch) is refused, and writes nothing to the log", async () => {
    const member = await createUser();
    const cookie = await sessionCookieFor(member.id);
    const before = server.output().length;
    for (const query of ["_data=routes/meldingen._index", "_data=root", "pagina=2&_data="]) {
      const response = await fetch(`${server.url}/meldingen?${query}`, { headers: { Cookie: cookie } });
      expect(response.status, query).toBe(400);
    }
    // Before: a 200 with an empty body, and a stack trace ("Single fetch-enabled apps should not…") per request.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.output().slice(before)).toBe("");
    // The page itself and its data request still answer.
    expect((await fetch(`${server.url}/meldingen`, { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await fetch(`${server.url}/meldingen.data`, { headers: { Cookie: cookie } })).status).toBe(200);
  });
});
