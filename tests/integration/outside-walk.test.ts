/**
 * Defects found by walking the running product from outside, as testers do
 * (December 2026). Each test failed before its fix.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loader as directoryLoader } from "../../app/routes/leden._index.tsx";
import { loader as newMeetingLoader } from "../../app/routes/agenda.nieuw.tsx";
import { loader as communityLoader } from "../../app/routes/communities.$slug.tsx";
import { closeQueues } from "../../server/queues/producer.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closeQueues();
});

describe("a community address that does not exist", () => {
  it("is a 404 for moderators and admins too, not a 500", async () => {
    for (const globalRole of ["MODERATOR", "ADMIN", "MEMBER"] as const) {
      const user = await createUser({ displayName: `Walk ${globalRole}`, globalRole });
      const cookie = await sessionCookieFor(user.id);
      const page = await callLoader(communityLoader, getRequest("/communities/bestaat-niet", cookie), { slug: "bestaat-niet" });
      expect(page.status, globalRole).toBe(404);
      const meeting = await callLoader(newMeetingLoader, getRequest("/agenda/nieuw?community=bestaat-niet", cookie));
      expect(meeting.status, globalRole).toBe(404);
      // The member list ignores a filter on a community it cannot show.
      const directory = await callLoader(directoryLoader, getRequest("/leden?community=bestaat-niet", cookie));
      expect(directory.status, globalRole).toBe(200);
    }
  });
});
