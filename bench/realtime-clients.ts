/**
 * A client process for bench/realtime.ts: holds a share of the socket.io
 * clients, sends its share of each phase's messages and counts what its
 * clients receive. Several of these spread a large run (5,000 clients) over
 * processes. Send times travel inside the message text (wall clock with
 * sub-millisecond precision, the same clock for every process on the
 * machine), so any process can measure the latency of any message.
 *
 * Protocol (IPC, parent → child → parent):
 *   connect {url, topicId, cookies}      → connected {seconds}
 *   send {phase, rate, seconds, senders, part, parts} → sent {accepted, sendErrors, firstSend}
 *   collect {phase, accepted, waitMs}    → collected {deliveries, lost, doubled, histogram, lastReceipt}
 *   close                                → exits
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { io as connectClient, type Socket } from "socket.io-client";

import { bucketOf } from "./realtime-latency.ts";

const now = () => performance.timeOrigin + performance.now();

type Connect = { type: "connect"; url: string; topicId: string; cookies: string[] };
type Send = { type: "send"; phase: string; rate: number; seconds: number; senders: number; part: number; parts: number };
type Collect = { type: "collect"; phase: string; accepted: string[]; waitMs: number };
type Command = Connect | Send | Collect | { type: "close" };

const sockets: Socket[] = [];
let topicId = "";
/** Set when the bench closes the clients: their disconnects are expected then. */
let closing = false;
/** Per phase: per client, how often each key arrived; and the latency histogram. */
const phases = new Map<string, { counts: Map<string, number>[]; histogram: Map<number, number>; lastReceipt: number }>();

function phaseOf(phase: string) {
  let state = phases.get(phase);
  if (!state) {
    state = { counts: sockets.map(() => new Map()), histogram: new Map(), lastReceipt: 0 };
    phases.set(phase, state);
  }
  return state;
}

async function connect(command: Connect) {
  topicId = command.topicId;
  const started = now();
  const BATCH = 50;
  for (let start = 0; start < command.cookies.length; start += BATCH) {
    await Promise.all(
      command.cookies.slice(start, start + BATCH).map(async (cookie, offset) => {
        const index = start + offset;
        const socket = connectClient(command.url, {
          transports: ["websocket"],
          forceNew: true,
          reconnection: false,
          extraHeaders: { Cookie: cookie },
        });
        // A client that drops out misses every message after it (no reconnection here): say why.
        socket.on("disconnect", (reason: string) => {
          if (!closing) console.error(`[bench clients] client ${index} disconnected: ${reason}`);
        });
        socket.on("app:error", (error: unknown) => console.error(`[bench clients] client ${index} app:error ${JSON.stringify(error)}`));
        socket.on("message:new", (message: { text: string }) => {
          const at = now();
          // "bench <phase>~<n>~<random>~<sent epoch ms>"
          const key = message.text.slice(6);
          const [phase, , , sent] = key.split("~");
          const state = phases.get(phase ?? "");
          if (!state) return;
          const counts = state.counts[index]!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          const bucket = bucketOf(Math.max(0, at - Number(sent)));
          state.histogram.set(bucket, (state.histogram.get(bucket) ?? 0) + 1);
          state.lastReceipt = at;
        });
        await new Promise<void>((resolve, reject) => {
          socket.once("connect", () => resolve());
          socket.once("connect_error", reject);
        });
        const ack = (await socket.timeout(60_000).emitWithAck("topic:join", { topicId })) as { ok: boolean };
        if (!ack.ok) throw new Error(`join refused for client ${index}`);
        sockets[index] = socket;
      }),
    );
  }
  return { type: "connected", seconds: (now() - started) / 1000 };
}

/** Sends this process's share (`part` of `parts`) of `rate` messages/s for `seconds`, rotating over `senders` of its sockets. */
async function send(command: Send) {
  phaseOf(command.phase);
  const total = Math.round(command.rate * command.seconds);
  const mine = Array.from({ length: total }, (_, i) => i).filter((i) => i % command.parts === command.part);
  const senders = Math.max(1, Math.min(command.senders, sockets.length));
  const accepted: string[] = [];
  let sendErrors = 0;
  const pending: Promise<void>[] = [];
  const first = now();
  let n = 0;
  for (const i of mine) {
    const due = first + (i * 1000) / command.rate;
    const wait = due - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const random = randomBytes(3).toString("hex");
    const key = `${command.phase}~${i}~${random}~${now().toFixed(3)}`;
    const sender = sockets[n++ % senders]!;
    pending.push(
      (
        sender
          .timeout(30_000)
          .emitWithAck("message:send", { topicId, clientKey: `${command.phase}-${i}-${random}`, text: `bench ${key}` }) as Promise<{
          ok: boolean;
          error?: unknown;
        }>
      ).then(
        (ack) => {
          if (ack.ok) accepted.push(key);
          else {
            sendErrors += 1;
            if (sendErrors <= 3) console.error(`[bench] send refused: ${JSON.stringify(ack.error)}`);
          }
        },
        () => void (sendErrors += 1),
      ),
    );
  }
  await Promise.all(pending);
  return { type: "sent", accepted, sendErrors, firstSend: first };
}

/** Waits until every client has every accepted key (or `waitMs` of silence), then counts. */
async function collect(command: Collect) {
  const state = phaseOf(command.phase);
  const complete = () => state.counts.every((counts) => command.accepted.every((key) => counts.has(key)));
  const started = now();
  while (!complete() && now() - started < 60_000 && now() - Math.max(state.lastReceipt, started) < command.waitMs)
    await new Promise((resolve) => setTimeout(resolve, 200));
  let lost = 0;
  let doubled = 0;
  let deliveries = 0;
  for (const counts of state.counts) {
    for (const key of command.accepted) if (!counts.has(key)) lost += 1;
    for (const count of counts.values()) {
      deliveries += count;
      if (count > 1) doubled += count - 1;
    }
  }
  phases.delete(command.phase);
  return { type: "collected", deliveries, lost, doubled, histogram: [...state.histogram], lastReceipt: state.lastReceipt };
}

process.on("message", (command: Command) => {
  const reply = (message: object) => process.send?.(message);
  const fail = (error: unknown) => {
    console.error(error);
    process.exit(1);
  };
  switch (command.type) {
    case "connect":
      connect(command).then(reply, fail);
      break;
    case "send":
      send(command).then(reply, fail);
      break;
    case "collect":
      collect(command).then(reply, fail);
      break;
    case "close":
      closing = true;
      for (const socket of sockets) socket?.close();
      process.exit(0);
  }
});
process.once("disconnect", () => process.exit(0));
process.send?.({ type: "ready" });
