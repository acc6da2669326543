/**
 * Every domain event has at least one processor, and every processor handles
 * only declared events (decision 095). The synthetic cases show the check
 * fails for an event nobody hears and for a processor with a typo.
 */
import { describe, expect, it } from "vitest";
import { EVENT_AREAS, EVENT_NAMES, EVENTS } from "../../server/events/catalog.ts";
import { eventCoverage, eventProcessors } from "../../server/events/processors.ts";

describe("domain events and their processors", () => {
  it("every declared event is handled by a processor, and processors handle only declared events", () => {
    const coverage = eventCoverage(EVENT_NAMES, eventProcessors());
    expect(coverage.unheard).toEqual([]);
    expect(coverage.unknown).toEqual([]);
  });

  it("the check fails for an event without a processor and for a processor naming an undeclared event", () => {
    const processors = [{ name: "search", applicableEvents: ["topic.created", "topic.renamed"] }];
    expect(eventCoverage(["topic.created", "channel.changed"], processors)).toEqual({
      unheard: ["channel.changed"],
      unknown: [{ processor: "search", event: "topic.renamed" }],
    });
  });

  it("each event is declared once, in one area, named resource.verb", () => {
    const declared = Object.values(EVENT_AREAS).flatMap((events) => Object.keys(events));
    expect(declared.length).toBe(new Set(declared).size);
    expect(Object.keys(EVENTS).sort()).toEqual([...declared].sort());
    for (const name of declared) expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  it("processor names are safe in BullMQ job ids (no ':') and unique", () => {
    const names = eventProcessors().map((processor) => processor.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+$/);
  });

  it("audit lines hold ids, not the personal data an event carries (decisions 061, 066)", () => {
    const line = EVENTS["invitation.created"].audit!({
      communityId: "c1",
      invitationId: "i1",
      email: "extern@example.org",
      seed: "geheim-zaad-0123456789",
      invitedById: "u1",
      role: "MEMBER",
    });
    expect(line).toMatchObject({ actorId: "u1", action: "invitation.create", targetKind: "INVITATION", targetId: "i1", communityId: "c1" });
    expect(JSON.stringify(line)).not.toMatch(/extern@example\.org|geheim-zaad/);
  });
});
