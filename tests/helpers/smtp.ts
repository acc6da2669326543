/**
 * A real SMTP server in the test process (smtp-server) that keeps what it
 * receives, parsed with mailparser. `failing` makes it refuse mail with a
 * temporary error (451), like a server that is down for maintenance.
 */
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { resetConfigForTests } from "../../server/config.ts";
import { closeMailTransport } from "../../server/mail/transport.ts";
import { until } from "./until.ts";

export type SmtpSink = {
  url: string;
  messages: ParsedMail[];
  /** What arrived on the wire (envelope and undecoded bytes), in the order received, kept as soon as the data ends. */
  raw: { from: string; to: string[]; data: Buffer }[];
  failing: boolean;
  /** Milliseconds to wait before answering DATA (a slow server). */
  delayMs: number;
  /** Called when a message starts arriving (DATA). */
  onData?: () => void;
  /** Called when a message has been kept, just before the server answers 250. */
  onAccepted?: () => void;
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  /** Waits for `count` mails to one address (other members' mails may arrive meanwhile). */
  waitForTo: (address: string, count?: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  to: (address: string) => ParsedMail[];
  close: () => Promise<void>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  return listen(newSmtpSink());
}

/** A sink that does not listen yet: listen() (or startMailSink) starts it; close() does nothing before. */
export function newSmtpSink(): SmtpSink {
  const sink: SmtpSink = {
    url: "",
    messages: [],
    raw: [],
    failing: false,
    delayMs: 0,
    waitFor: (count, timeoutMs = 15_000) =>
      until(`${count} mails`, () => sink.messages.length >= count && sink.messages, {
        timeoutMs,
        intervalMs: 25,
        detail: () => `got ${sink.messages.length}`,
      }),
    waitForTo: (address, count = 1, timeoutMs = 15_000) =>
      until(`${count} mails to ${address}`, () => sink.to(address).length >= count && sink.to(address), {
        timeoutMs,
        intervalMs: 25,
        detail: () => `got ${sink.to(address).length}`,
      }),
    to: (address) => sink.messages.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === address))),
    close: () => Promise.resolve(),
  };
  return sink;
}

async function listen(sink: SmtpSink): Promise<SmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // No network here: a reverse DNS lookup of 127.0.0.1 would stall each connection.
    disableReverseLookup: true,
    onMailFrom(_address, _session, callback) {
      if (sink.failing) return callback(Object.assign(new Error("Service unavailable, try again later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      sink.onData?.();
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const data = Buffer.concat(chunks);
        const { mailFrom, rcptTo } = session.envelope;
        sink.raw.push({ from: mailFrom ? mailFrom.address : "", to: rcptTo.map((r) => r.address), data });
        setTimeout(() => {
          simpleParser(data).then(
            (parsed) => {
              sink.messages.push(parsed);
              sink.onAccepted?.();
              callback();
            },
            (error: Error) => callback(error),
          );
        }, sink.delayMs);
      });
    },
  });
  // A client that dies mid-conversation (a killed worker) resets its connection: not the sink's error.
  server.on("error", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

/**
 * A sink that the app's own mail transport sends to: SMTP_URL points at it and
 * the config and transport are read again. Its close() closes that transport
 * first. Set other environment (LOG_LEVEL…) before calling it.
 */
export async function startMailSink(sink: SmtpSink = newSmtpSink()): Promise<SmtpSink> {
  await listen(sink);
  process.env.SMTP_URL = sink.url;
  resetConfigForTests();
  closeMailTransport();
  const closeServer = sink.close;
  sink.close = async () => {
    closeMailTransport();
    await closeServer();
  };
  return sink;
}
