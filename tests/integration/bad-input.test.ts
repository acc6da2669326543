/**
 * Forms given malformed input answer with field errors (400), never a 500.
 * Regressions found by the outside-in quality pass.
 */
import { afterAll, describe, expect, it } from "vitest";
import { action as newEventAction } from "../../app/routes/agenda.nieuw.tsx";
import { db } from "../../server/db.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

afterAll(async () => {
  await closeQueues();
});

type FieldErrors = { result: { error: Record<string, string[] | null> } };

describe("event form", () => {
  it("a malformed start or end time is a field error, not a crash", async () => {
    const community = await createCommunity({ name: "Klantmanagers Noord" });
    const facilitator = await createUser({ displayName: "Fleur Facilitator" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(facilitator.id);
    const form = {
      community: community.slug,
      title: "Intervisie klantmanagers",
      description: "We bespreken casussen van werkzoekenden met een migratieachtergrond.",
      location: "Zwolle",
      startsAt: "31-02-2027 25:99",
      endsAt: "2027-03-11T16:30",
    };
    const result = await callAction(newEventAction, formRequest("/agenda/nieuw", form, cookie));
    expect(result.status).toBe(400);
    expect((result.body as FieldErrors).result.error.startsAt).toEqual(["events.errors.timeInvalid"]);

    const both = await callAction(newEventAction, formRequest("/agenda/nieuw", { ...form, endsAt: "morgen" }, cookie));
    expect(both.status).toBe(400);
    expect((both.body as FieldErrors).result.error.endsAt).toEqual(["events.errors.timeInvalid"]);
    expect(await db().event.count({ where: { communityId: community.id } })).toBe(0);
  });
});
