/**
 * A local SMTP sink for the digest benchmark, run as a child process so its
 * parsing does not share the event loop with the code being measured. It
 * counts accepted messages and answers `count` requests over IPC.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

let accepted = 0;
let bytes = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  disableReverseLookup: true,
  logger: false,
  maxClients: 100,
  onData(stream, _session, callback) {
    stream.on("data", (chunk: Buffer) => (bytes += chunk.length));
    stream.on("end", () => {
      accepted++;
      callback();
    });
  },
});

server.listen(Number(process.env.SMTP_SINK_PORT ?? 0), "127.0.0.1", () => {
  process.send?.({ type: "listening", port: (server.server.address() as AddressInfo).port });
});

process.on("message", (message: { type?: string }) => {
  if (message?.type === "count") process.send?.({ type: "count", accepted, bytes });
  if (message?.type === "reset") {
    accepted = 0;
    bytes = 0;
    process.send?.({ type: "reset" });
  }
  if (message?.type === "stop") server.close(() => process.exit(0));
});
