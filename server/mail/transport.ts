/**
 * Where mail goes: SMTP when SMTP_URL is set (pooled connections), otherwise
 * each message is written as an .eml file under `${DATA_DIR}/mail/`, which the
 * development page /ontwikkeling/mails lists.
 *
 * Files are written atomically and at most once per Message-ID: the message
 * goes to a temporary `.part` file, is flushed to disk, and is then linked
 * under its final name, which is derived from the Message-ID; `link` fails
 * when that name exists, so handing the same message over twice leaves one
 * file, and a crash never leaves an empty or half-written .eml
 * (docs/decisions/130-mail-exactly-once-through-crashes.md).
 */
import { randomUUID } from "node:crypto";
import { link, mkdir, open, readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import type MailMessage from "nodemailer/lib/mailer/mail-message";
import { config } from "../config.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";
import { type ComposedMail, composeMail } from "./mime.ts";
// SMTP DATA bytes: the CRLF transform on nodemailer's data stream (decision 314).
import "./data-stream.ts";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Without angle brackets' content changes across retries: the same delivery always has the same id. */
  messageId: string;
  headers?: Record<string, string>;
  /** When the mail was first queued (the delivery row's creation); names the development file, so a retry finds it. */
  queuedAt?: Date;
};

export type SentMail = { messageId: string; file?: string; alreadyThere?: boolean };

type MailTransport = {
  send: (mail: OutgoingMail) => Promise<SentMail>;
  close: () => void;
  /**
   * True when handing the same Message-ID over twice delivers it once (the
   * file transport). SMTP is not: a message the server accepted cannot be
   * recognised afterwards, so an interrupted hand-over stays uncertain.
   */
  idempotent: boolean;
};

export function mailDirectory(): string {
  return path.resolve(config().DATA_DIR, "mail");
}

/**
 * What nodemailer is given: the message composed in one pass (mime.ts), or,
 * for an address that composer leaves alone, the parts for nodemailer to compose.
 */
function message(mail: OutgoingMail): SendMailOptions {
  const { queuedAt: _queuedAt, ...parts } = mail;
  const from = config().MAIL_FROM;
  return composeMail({ ...parts, from }) ?? { from, ...parts };
}

/**
 * An envelope address nodemailer would pass on unchanged: a dot-atom local
 * part and a lower-case ASCII domain without punycode labels (nodemailer
 * lower-cases and punycodes domains and quotes other local parts).
 */
const UNCHANGED_ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?!xn--)[a-z0-9-]+(?:\.(?!xn--)[a-z0-9-]+)*$/;

/**
 * A composed message in the shape nodemailer's pooled transport reads
 * (`transport.send(mail, callback)`: the envelope, the Message-ID and a
 * stream of the bytes), so it goes to the pool without `sendMail`'s per-message
 * work for bytes that are already final: a MIME tree around them, plugins, a
 * Message-ID of its own (random bytes) and the envelope parsed again. The
 * bytes and the envelope are those `sendMail` would send (decision 268), so
 * this is used only when the envelope's addresses are ones nodemailer leaves
 * as they are.
 */
function pooledMessage(composed: ComposedMail, messageId: string): MailMessage | null {
  const { from, to } = composed.envelope;
  if (!UNCHANGED_ADDRESS.test(from) || !to.every((address) => UNCHANGED_ADDRESS.test(address))) return null;
  const message = {
    getEnvelope: () => ({ from, to: [...to] }),
    messageId: () => messageId,
    getHeader: (key: string) => (key.toLowerCase() === "message-id" ? messageId : undefined),
    createReadStream: () =>
      new Readable({
        read() {
          this.push(composed.raw);
          this.push(null);
        },
      }),
  };
  return { data: {}, message } as unknown as MailMessage;
}

function smtpTransport(url: string): MailTransport {
  const transporter: Transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: config().SMTP_POOL_SIZE,
    maxMessages: 500,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  const pool = transporter.transporter;
  return {
    send: async (mail) => {
      const options = message(mail);
      const pooled = "raw" in options && options.raw ? pooledMessage(options as ComposedMail, mail.messageId) : null;
      if (pooled) await new Promise<void>((resolve, reject) => pool.send(pooled, (error) => (error ? reject(error) : resolve())));
      else await transporter.sendMail(options);
      return { messageId: mail.messageId };
    },
    close: () => transporter.close(),
    idempotent: false,
  };
}

/** The final file name of a message: the same for every attempt of one delivery. */
export function mailFileName(messageId: string, queuedAt: Date): string {
  const stamp = queuedAt.toISOString().replace(/[:.]/g, "-");
  const slug = messageId
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `${stamp}-${slug}.eml`;
}

/** Temporary files older than this were left by a process that died while writing. */
const STALE_PART_MS = 10 * 60_000;

async function removeStaleParts(directory: string): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const cutoff = Date.now() - STALE_PART_MS;
  for (const name of names.filter((n) => n.endsWith(".part"))) {
    const file = path.join(directory, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < cutoff) await unlink(file).catch(() => undefined);
  }
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `content` under `name` in `directory` exactly once: temp file,
 * fsync, link to the final name (fails if it exists), fsync the directory.
 * Returns false when the final name already existed (nothing was changed).
 */
export async function writeFileOnce(directory: string, name: string, content: Buffer): Promise<boolean> {
  const temp = path.join(directory, `.${name}.${randomUUID()}.part`);
  const handle = await open(temp, "wx", 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  let created = true;
  try {
    await link(temp, path.join(directory, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    created = false;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await syncDirectory(directory);
  return created;
}

function fileTransport(): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  let tidied = false;
  return {
    send: async (mail) => {
      const info = await transporter.sendMail(message(mail));
      const content = info.message as Buffer;
      if (content.length === 0) throw new Error(`mail ${mail.messageId} rendered empty`);
      const directory = mailDirectory();
      await mkdir(directory, { recursive: true });
      if (!tidied) {
        tidied = true;
        await removeStaleParts(directory);
      }
      const name = mailFileName(mail.messageId, mail.queuedAt ?? new Date());
      const created = await writeFileOnce(directory, name, content);
      return { messageId: mail.messageId, file: path.join(directory, name), alreadyThere: !created };
    },
    close: () => undefined,
    idempotent: true,
  };
}

function transport(): MailTransport {
  return singleton("mail-transport", () => {
    const url = config().SMTP_URL;
    return url ? smtpTransport(url) : fileTransport();
  });
}

/** Sends one message; throws when the server does not accept it. */
export function deliverMail(mail: OutgoingMail): Promise<SentMail> {
  return transport().send(mail);
}

/** Whether handing a message over again is safe (see MailTransport.idempotent). */
export function mailTransportIsIdempotent(): boolean {
  return transport().idempotent;
}

export function closeMailTransport(): void {
  const current = peekSingleton<MailTransport>("mail-transport");
  forgetSingleton("mail-transport");
  current?.close();
}

/** The site's host name per site address: parsed once, not for every mail (decision 324). */
const appHosts = new Map<string, string>();

/** `<id@host>` for a delivery: stable across retries, so receivers can collapse a repeat. */
export function messageIdFor(id: string): string {
  const site = config().APP_URL;
  let host = appHosts.get(site);
  if (host === undefined) appHosts.set(site, (host = new URL(site).hostname));
  return `<${id}@${host}>`;
}
