/**
 * A local SMTP sink for the digest benchmark, run as a child process so its
 * parsing does not share the event loop with the code being measured. It
 * counts accepted messages and answers `count` requests over IPC.
 * `SMTP_SINK_KEEP=<dir>` writes the first 20 messages there as .eml files (to read or parse them).
 */
import { writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const KEEP = process.env.SMTP_SINK_KEEP;
let accepted = 0;
let started = 0;
let bytes = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  disableReverseLookup: true,
  logger: false,
  maxClients: 100,
  onData(stream, _session, callback) {
    const keep = KEEP && started < 20 ? path.join(KEEP, `${started}.eml`) : null;
    started++;
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (keep) chunks.push(chunk);
    });
    stream.on("end", () => {
      if (keep) writeFileSync(keep, Buffer.concat(chunks));
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
    started = 0;
    bytes = 0;
    process.send?.({ type: "reset" });
  }
  if (message?.type === "stop") server.close(() => process.exit(0));
});
