/**
 * The relay's frame built once and written to each editor's WebSocket as it is (decision 287).
 *
 * socket.io's broadcast already encodes a packet once for a whole room, but then hands it to every
 * socket through four layers of its own: the adapter's room walk, socket.io's client, engine.io's
 * packet queue (a packet object, four events and a flush per socket, and the "drain"/"ready" round
 * after the write) and ws's sender, which writes the frame's header and body as two chunks through a
 * corked stream (a writev). In CPU profiles of `bench:collab` those layers were most of the relay's
 * cost above the system call itself. Here the WebSocket frame is built once, as one buffer, and given
 * to ws's sender of each socket whose connection can take it in order; any other socket is left to
 * socket.io's own broadcast.
 */
import * as ws from "ws";
import type { CollabNamespace, CollabSocket } from "./room.ts";

/** What is read of engine.io's socket and its WebSocket transport (not in their public types). */
type EngineConnection = {
  readyState: string;
  writeBuffer: unknown[];
  transport?: {
    name: string;
    perMessageDeflate?: unknown;
    /** engine.io's own callback for a frame that is not the last of a flush: it reports write errors. */
    _onSent?: (error?: Error) => void;
    socket?: {
      readyState: number;
      /** ws's sender; `_queue` holds sends waiting behind a compression or a Blob being read (neither here). */
      _sender?: { _queue?: unknown[]; sendFrame?: (list: Buffer[], callback?: (error?: Error) => void) => void };
    };
  };
};

type FrameOptions = { readOnly: boolean; mask: boolean; rsv1: boolean; opcode: number; fin: boolean };
/** ws's own framing (`Sender.frame`, what socket.io's adapter uses for its pre-encoded frames; not in ws's types). */
const frameOf = (ws as unknown as { Sender: { frame: (data: Buffer, options: FrameOptions) => Buffer[] } }).Sender.frame;

/** ws's readyState of an open connection. */
const WS_OPEN = 1;
/** socket.io-parser's packet type of an event. */
const EVENT_PACKET = 2;

/**
 * The WebSocket frame of the event `event` with one text argument, to the namespace, exactly as
 * socket.io's adapter pre-encodes it for a broadcast (engine.io message "4" + the socket.io packet; a
 * final unmasked text frame), but as one buffer, so a socket writes it with one write.
 */
export function textEventFrame(nsp: CollabNamespace, event: string, text: string): Buffer | null {
  type Packet = Parameters<CollabNamespace["server"]["encoder"]["encode"]>[0];
  const encoded = nsp.server.encoder.encode({ type: EVENT_PACKET, nsp: nsp.name, data: [event, text] } as Packet) as unknown[];
  if (encoded.length !== 1 || typeof encoded[0] !== "string") return null;
  return Buffer.concat(frameOf(Buffer.from(`4${encoded[0]}`), { readOnly: false, mask: false, rsv1: false, opcode: 1, fin: true }));
}

/**
 * Writes `frame` straight to the socket's WebSocket and returns true, when that keeps the order of
 * what the socket is sent: an open WebSocket connection without compression, and nothing waiting in
 * engine.io's queue or ws's for it (a packet still there would otherwise arrive after this frame). Else false,
 * and the caller sends it through socket.io.
 */
export function writeFrame(socket: CollabSocket, frame: Buffer): boolean {
  if (!socket.connected) return false;
  const conn = socket.conn as unknown as EngineConnection;
  const transport = conn.transport;
  const websocket = transport?.socket;
  const sendFrame = websocket?._sender?.sendFrame;
  if (
    conn.readyState !== "open" ||
    conn.writeBuffer.length > 0 ||
    transport?.name !== "websocket" ||
    transport.perMessageDeflate ||
    websocket?.readyState !== WS_OPEN ||
    typeof sendFrame !== "function" ||
    (websocket._sender?._queue?.length ?? 0) > 0
  )
    return false;
  sendFrame.call(websocket._sender, [frame], transport._onSent);
  return true;
}
