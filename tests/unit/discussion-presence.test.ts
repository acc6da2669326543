/**
 * "Nu hier": the list of who has a topic open. The join acknowledgement
 * carries a snapshot; presence events may arrive before it (under load the
 * snapshot's database read takes longer than the 250 ms presence batch). The
 * list must end right whatever the order (the cause of a flaky e2e test).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPresence, type PresenceChange, type PresenceUser } from "../../app/shared/discussions.ts";

const anna: PresenceUser = { id: "a", displayName: "Anna de Vries" };
const bram: PresenceUser = { id: "b", displayName: "Bram Bakker" };
const people = [anna, bram, { id: "c", displayName: "Carla Jansen" }, { id: "d", displayName: "Daan Smit" }];

describe("presence after joining a topic", () => {
  it("keeps someone whose arrival was announced before the join's snapshot came back", () => {
    // Anna's snapshot was read before Bram joined; Bram's presence event reached Anna first.
    const snapshot = [anna];
    const before: PresenceChange[] = [{ joined: [bram], left: [] }];
    expect(applyPresence(snapshot, before).map((user) => user.displayName)).toEqual(["Anna de Vries", "Bram Bakker"]);
  });

  it("ends with who is really there, for any interleaving of snapshot and events", () => {
    const op = fc.record({ user: fc.integer({ min: 0, max: people.length - 1 }), join: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.nat(), fc.nat(), (ops, snapshotAt, deliveredBeforeAck) => {
        // The server side: a set of present members, changed by joins and leaves; each real change is an event.
        let present = new Set<string>(["a"]);
        const states: Set<string>[] = [new Set(present)];
        const changes: PresenceChange[] = [];
        for (const { user, join } of ops) {
          const person = people[user]!;
          if (join === present.has(person.id)) continue;
          present = new Set(present);
          if (join) present.add(person.id);
          else present.delete(person.id);
          states.push(present);
          changes.push(join ? { joined: [person], left: [] } : { joined: [], left: [person.id] });
        }
        const byId = (ids: Set<string>) => people.filter((person) => ids.has(person.id));
        const snapshot = byId(states[snapshotAt % states.length]!);
        const split = deliveredBeforeAck % (changes.length + 1);
        // The client: events before the ack are logged and replayed over the snapshot; later ones apply as they come.
        const afterAck = applyPresence(snapshot, changes.slice(0, split));
        const final = applyPresence(afterAck, changes.slice(split));
        expect(final.map((user) => user.id).sort()).toEqual([...present].sort());
      }),
    );
  });
});
