/**
 * Where mail goes: SMTP when SMTP_URL is set (pooled connections), otherwise
 * each message is written as an .eml file under `${DATA_DIR}/mail/`, which the
 * development page /ontwikkeling/mails lists.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { config } from "../config.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Without angle brackets' content changes across retries: the same delivery always has the same id. */
  messageId: string;
  headers?: Record<string, string>;
};

export type SentMail = { messageId: string; file?: string };

type MailTransport = { send: (mail: OutgoingMail) => Promise<SentMail>; close: () => void };

export function mailDirectory(): string {
  return path.resolve(config().DATA_DIR, "mail");
}

function smtpTransport(url: string): MailTransport {
  const transporter: Transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 10,
    maxMessages: 500,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (mail) => {
      await transporter.sendMail({ from: config().MAIL_FROM, ...mail, messageId: mail.messageId });
      return { messageId: mail.messageId };
    },
    close: () => transporter.close(),
  };
}

function fileTransport(): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    send: async (mail) => {
      const info = await transporter.sendMail({ from: config().MAIL_FROM, ...mail, messageId: mail.messageId });
      const directory = mailDirectory();
      await mkdir(directory, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const slug = mail.messageId.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
      const file = path.join(directory, `${stamp}-${slug}.eml`);
      await writeFile(file, info.message as Buffer);
      return { messageId: mail.messageId, file };
    },
    close: () => undefined,
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

export function closeMailTransport(): void {
  const current = peekSingleton<MailTransport>("mail-transport");
  forgetSingleton("mail-transport");
  current?.close();
}

/** `<id@host>` for a delivery: stable across retries, so receivers can collapse a repeat. */
export function messageIdFor(id: string): string {
  return `<${id}@${new URL(config().APP_URL).hostname}>`;
}
