/**
 * A document room on its own (no sockets, no other instances): the relay to
 * the editors here at the end of a turn of the event loop, merged when several
 * updates came in one turn, and compaction that waits for a pause in the
 * editing (decision 215).
 */
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { afterAll, describe, expect, it } from "vitest";
import { Server } from "socket.io";
import { COLLAB_NAMESPACE, syncBytes, syncText } from "../../app/shared/collab.ts";
import { type Relay, RelayKind, type RelayMessage } from "../../server/collab/relay.ts";
import {
  COMPACT_AFTER_UPDATES,
  COMPACT_FORCE_AFTER_BYTES,
  COMPACT_IDLE_MS,
  type CollabNamespace,
  type CollabSocket,
  DocumentRoom,
  updateMessage,
} from "../../server/collab/room.ts";
import { loadState } from "../../server/collab/store.ts";
import { collabTrace, disableCollabTrace, enableCollabTrace, TRACE_STAGES } from "../../server/collab/trace.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { JOBS } from "../../server/queues/definitions.ts";
import { closeQueues, queue } from "../../server/queues/producer.ts";
import { paragraphText, typeText } from "../helpers/collab.ts";
import { recordEvents } from "../helpers/events.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

afterAll(async () => {
  await closeQueues();
});

type Sent = { event: string; except: string[]; payload: unknown };

/** socket.io's own packet encoder, as a server has it. */
const encoder = new Server().encoder;

/**
 * The namespace as the room uses it (`local.to(room).except(ids).emit`, and socket.io's encoder for the
 * frames it writes itself), writing down what it sends.
 */
function recordingNamespace(sent: Sent[]): CollabNamespace {
  const target = (except: string[]) => ({
    except: (ids: string | string[]) => target([...except, ...(Array.isArray(ids) ? ids : [ids])]),
    emit: (event: string, payload: unknown) => sent.push({ event, except, payload }),
  });
  return { name: COLLAB_NAMESPACE, server: { encoder }, local: { to: () => target([]) } } as unknown as CollabNamespace;
}

/**
 * A socket joined to the room whose engine.io connection is a WebSocket with nothing waiting (`held`:
 * a packet still in engine.io's queue, or a send in ws's), writing down the frames written to its
 * WebSocket and what is emitted to it.
 */
function websocketSocket(id: string, held: "engine.io" | "ws" | null = null) {
  const frames: Buffer[] = [];
  const emitted: string[] = [];
  const socket = {
    id,
    connected: true,
    data: { canEdit: false, awarenessClients: new Set<number>() },
    join: () => undefined,
    emit: (event: string) => emitted.push(event),
    conn: {
      readyState: "open",
      writeBuffer: held === "engine.io" ? [{ type: "message", data: "earlier" }] : [],
      transport: {
        name: "websocket",
        perMessageDeflate: null,
        _onSent: () => undefined,
        socket: {
          readyState: 1,
          _sender: { _queue: held === "ws" ? [["earlier"]] : [], sendFrame: (list: Buffer[]) => frames.push(Buffer.concat(list)) },
        },
      },
    },
  } as unknown as CollabSocket;
  return { socket, frames, emitted };
}

/** A final unmasked WebSocket text frame of `text` (RFC 6455 5.2), built here by hand. */
function textFrame(text: string): Buffer {
  const body = Buffer.from(text);
  const header = body.length < 126 ? Buffer.from([0x81, body.length]) : Buffer.from([0x81, 126, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([header, body]);
}

/** Another instance never listens here. */
const aloneRelay = { subscribe: async () => async () => undefined, publish: async () => 0, publishing: () => false } as unknown as Relay;

/** A relay that writes down what the room gives it to publish; `publishing`: whether another instance listens. */
function recordingRelay(publishing: boolean, published: RelayMessage[]): Relay {
  return {
    subscribe: async () => async () => undefined,
    publish: async (_documentId: string, message: RelayMessage) => {
      published.push(message);
    },
    publishing: () => publishing,
  } as unknown as Relay;
}

const fakeSocket = (id: string) => ({ id }) as unknown as CollabSocket;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Compaction jobs queued for the document, in any state. */
async function compactionsOf(documentId: string): Promise<number> {
  const jobs = await queue(JOBS.compactDocument.queue).getJobs(["waiting", "delayed", "active", "completed", "failed"]);
  return jobs.filter((job) => job.name === JOBS.compactDocument.name && (job.data as { documentId?: string }).documentId === documentId)
    .length;
}

async function openRoom(sent: Sent[], relay: Relay = aloneRelay) {
  const community = await createCommunity({ accessMode: "OPEN" });
  const user = await createUser({ displayName: "Ruth Relay" });
  await addMember(user.id, community.id);
  const document = await createDocumentIn(community.id, user.id, "Relay", editorState(p("Begin.")));
  const room = new DocumentRoom(document.id, recordingNamespace(sent), relay, () => undefined);
  await room.ready;
  // Set by the socket server from the first socket's handshake.
  room.communityId = community.id;
  const stored = await loadState(document.id);
  /** An editor's copy of the document as stored now. */
  const copy = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored!.state);
    return doc;
  };
  /** What one keystroke sends: the update, and its text frame as the browser sends it. */
  const typed = (doc: Y.Doc, text: string, at: "start" | "end" = "end") => {
    const before = Y.encodeStateVector(doc);
    typeText(doc, text, at);
    const update = Y.encodeStateAsUpdate(doc, before);
    return { update, frame: syncText(updateMessage(update)) };
  };
  const acks: Promise<number>[] = [];
  const submit = (edit: { update: Uint8Array; frame: string }, socket: CollabSocket) =>
    acks.push(
      new Promise((resolve, reject) =>
        room.submit(edit.update, user.id, socket, (error, seq) => (error ? reject(error) : resolve(seq)), edit.frame),
      ),
    );
  const events = recordEvents(["document.updated"]);
  /** Closes the room and waits for the `document.updated` its close records. */
  const close = async () => {
    await room.close();
    await expect.poll(() => events.of("document.updated").some((event) => event.documentId === document.id)).toBe(true);
    events.stop();
  };
  return { room, document, user, copy, typed, submit, acks, close };
}

/** Applies a relayed sync frame (base64 text of an update message) to a document. */
function applyRelayed(doc: Y.Doc, payload: unknown): void {
  const decoder = decoding.createDecoder(syncBytes(payload));
  expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsUpdate);
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
}

describe("a document room", { timeout: 60_000 }, () => {
  it("relays an update alone in its turn as it came, and the updates of one turn as one merged frame", async () => {
    const sent: Sent[] = [];
    const { room, copy, typed, submit, acks, close } = await openRoom(sent);
    try {
      const anna = copy();
      const bram = copy();
      const carla = copy();

      const alone = typed(anna, " Een.");
      submit(alone, fakeSocket("anna"));
      // Not yet: the relay waits for the end of this turn.
      expect(sent).toEqual([]);
      await nextTurn();
      expect(sent).toEqual([{ event: "sync", except: ["anna"], payload: alone.frame }]);
      applyRelayed(bram, sent[0]!.payload);
      applyRelayed(carla, sent[0]!.payload);

      // Two editors in one turn: one frame for everyone, senders included (Yjs skips what they have).
      submit(typed(anna, " Twee."), fakeSocket("anna"));
      submit(typed(bram, "Nul. ", "start"), fakeSocket("bram"));
      await nextTurn();
      expect(sent.length).toBe(2);
      expect(sent[1]!.except).toEqual([]);
      for (const doc of [anna, bram, carla]) applyRelayed(doc, sent[1]!.payload);
      expect(paragraphText(carla)).toBe("Nul. Begin. Een. Twee.");
      expect(paragraphText(anna)).toBe(paragraphText(carla));
      expect(paragraphText(bram)).toBe(paragraphText(carla));

      // Several updates of one editor in one turn: merged, and not sent back to that editor.
      submit(typed(carla, " Drie."), fakeSocket("carla"));
      submit(typed(carla, " Vier."), fakeSocket("carla"));
      await nextTurn();
      expect(sent.length).toBe(3);
      expect(sent[2]!.except).toEqual(["carla"]);
      applyRelayed(anna, sent[2]!.payload);
      expect(paragraphText(anna)).toBe("Nul. Begin. Een. Twee. Drie. Vier.");

      // Every one is acknowledged after its append, and what is stored is what the editors see.
      const seqs = await Promise.all(acks);
      expect(Math.max(...seqs)).toBe(5);
      const stored = new Y.Doc();
      Y.applyUpdate(stored, (await loadState(room.id))!.state);
      expect(paragraphText(stored)).toBe("Nul. Begin. Een. Twee. Drie. Vier.");
    } finally {
      await close();
    }
  });

  it("writes a relayed frame straight to each WebSocket that has nothing waiting, and the rest through socket.io (decision 287)", async () => {
    const sent: Sent[] = [];
    const { room, copy, typed, submit, acks, close } = await openRoom(sent);
    try {
      const anna = websocketSocket("anna");
      const bram = websocketSocket("bram");
      const carla = websocketSocket("carla", "engine.io");
      const daan = websocketSocket("daan", "ws");
      for (const { socket } of [anna, bram, carla, daan]) room.join(socket);
      const edit = typed(copy(), " Een.");
      submit(edit, anna.socket);
      await nextTurn();
      // Bram's WebSocket got the frame socket.io itself would send: engine.io message "4", the event
      // packet to the namespace, the sender's own text, as one final text frame.
      expect(bram.frames).toEqual([textFrame(`42${COLLAB_NAMESPACE},${JSON.stringify(["sync", edit.frame])}`)]);
      expect(bram.emitted).not.toContain("sync");
      // Carla's connection (engine.io) and Daan's (ws) still hold an earlier packet: theirs go through
      // socket.io, behind it, and socket.io leaves out the sender and those written already.
      expect(carla.frames).toEqual([]);
      expect(daan.frames).toEqual([]);
      expect(sent).toEqual([{ event: "sync", except: ["anna", "bram"], payload: edit.frame }]);
      // The sender gets nothing back.
      expect(anna.frames).toEqual([]);
      await Promise.all(acks);

      // Nothing waits for anyone now: no socket.io broadcast at all.
      room.leave(daan.socket);
      (carla.socket.conn as unknown as { writeBuffer: unknown[] }).writeBuffer = [];
      const next = typed(copy(), " Twee.");
      submit(next, bram.socket);
      await nextTurn();
      expect(anna.frames.length).toBe(1);
      expect(carla.frames).toEqual([textFrame(`42${COLLAB_NAMESPACE},${JSON.stringify(["sync", next.frame])}`)]);
      expect(bram.frames.length).toBe(1);
      expect(sent.length).toBe(1);
      await Promise.all(acks);
    } finally {
      for (const socket of [...room.sockets]) room.leave(socket);
      await close();
    }
  });

  it("traces each update's stages only when tracing is on: relay and group-commit batches counted (decision 248)", async () => {
    expect(collabTrace).toBeNull();
    const sent: Sent[] = [];
    const { room, user, copy, typed, close } = await openRoom(sent);
    const tracer = enableCollabTrace();
    try {
      tracer.reset();
      const anna = copy();
      const acked: Promise<void>[] = [];
      const traced = (edit: { update: Uint8Array; frame: string }) => {
        const trace = tracer.begin();
        acked.push(
          new Promise((resolve, reject) =>
            room.submit(
              edit.update,
              user.id,
              fakeSocket("anna"),
              (error) => {
                tracer.finish(trace, !error);
                if (error) reject(error);
                else resolve();
              },
              edit.frame,
              trace,
            ),
          ),
        );
      };
      // Three in one turn: one relay flush, one append (the first after a pause waits for the end of the turn).
      traced(typed(anna, " Een."));
      traced(typed(anna, " Twee."));
      traced(typed(anna, " Drie."));
      await Promise.all(acked.splice(0));
      // One more on its own.
      traced(typed(anna, " Vier."));
      await Promise.all(acked);
      const summary = tracer.summary();
      expect(summary.updates).toBe(4);
      const counts = Object.fromEntries(summary.stages.map((stage) => [stage.stage, stage.count]));
      // Every interval the room and the caller stamp was recorded for every update (the handler's
      // own stamps, handled and checked, come from the socket server).
      for (const [name, from, to] of TRACE_STAGES) {
        const stampedHere = !["handled", "checked"].includes(from) && !["handled", "checked"].includes(to);
        expect(counts[name], name).toBe(stampedHere ? 4 : 0);
      }
      expect(summary.relayFlushes).toBe(2);
      expect(summary.relayBatch.max).toBe(3);
      expect(summary.appends).toBe(2);
      expect(summary.appendBatch.max).toBe(3);
      expect(summary.appendBatch.p50).toBe(1);
      expect(sent.length).toBe(2);
    } finally {
      disableCollabTrace();
      await close();
    }
    expect(collabTrace).toBeNull();
  });

  it("merges and publishes a commit batch for other instances only while one listens (decision 248)", async () => {
    for (const publishing of [false, true]) {
      const published: RelayMessage[] = [];
      const { room, copy, typed, submit, acks, close } = await openRoom([], recordingRelay(publishing, published));
      try {
        const anna = copy();
        // Three in one turn: one append, one batch.
        for (const text of [" Een.", " Twee.", " Drie."]) submit(typed(anna, text), fakeSocket("anna"));
        await Promise.all(acks);
        const updates = published.filter((message) => message.kind === RelayKind.update);
        if (!publishing) {
          expect(updates).toEqual([]);
          continue;
        }
        expect(updates.length).toBe(1);
        const batch = updates[0] as Extract<RelayMessage, { kind: typeof RelayKind.update }>;
        expect([batch.fromSeq, batch.toSeq]).toEqual([1, 3]);
        const elsewhere = copy();
        Y.applyUpdate(elsewhere, batch.payload);
        expect(paragraphText(elsewhere)).toBe("Begin. Een. Twee. Drie.");
        expect(room.seq).toBe(3);
      } finally {
        await close();
      }
    }
  });

  it("queues compaction only once the document went a pause without updates", async () => {
    const sent: Sent[] = [];
    const { document, copy, typed, submit, acks, close } = await openRoom(sent);
    const compactions = () => compactionsOf(document.id);
    try {
      const doc = copy();
      // Past the threshold, in commits of a hundred updates.
      for (let i = 0; i < COMPACT_AFTER_UPDATES; i += 100) {
        for (let j = 0; j < 100; j++) submit(typed(doc, "x"), fakeSocket("anna"));
        await Promise.all(acks.splice(0));
      }
      // Still being edited: compaction waits.
      const typingUntil = Date.now() + COMPACT_IDLE_MS + 1_000;
      while (Date.now() < typingUntil) {
        submit(typed(doc, "y"), fakeSocket("anna"));
        await Promise.all(acks.splice(0));
        await new Promise((resolve) => setTimeout(resolve, COMPACT_IDLE_MS / 4));
      }
      expect(await compactions()).toBe(0);
      // A pause: now it is queued.
      await expect.poll(compactions, { timeout: COMPACT_IDLE_MS * 3, interval: 200 }).toBe(1);
    } finally {
      await close();
    }
  });

  it("queues compaction without a pause once the log passes the bound", async () => {
    const sent: Sent[] = [];
    const { document, copy, typed, submit, acks, close } = await openRoom(sent);
    const compactions = () => compactionsOf(document.id);
    try {
      const doc = copy();
      const chunk = 100 * 1024;
      // Typing on, never pausing: nothing until the bound, then compaction without waiting for a pause.
      let written = 0;
      while (written <= COMPACT_FORCE_AFTER_BYTES) {
        expect(await compactions()).toBe(0);
        submit(typed(doc, "x".repeat(chunk)), fakeSocket("anna"));
        await Promise.all(acks.splice(0));
        written += chunk;
      }
      const typingUntil = Date.now() + COMPACT_IDLE_MS / 2;
      let queued = 0;
      while (Date.now() < typingUntil && queued === 0) {
        submit(typed(doc, "y"), fakeSocket("anna"));
        await Promise.all(acks.splice(0));
        queued = await compactions();
      }
      expect(queued).toBe(1);
    } finally {
      await close();
    }
  });
});
