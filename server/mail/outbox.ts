/**
 * The development outbox: mails written as .eml files (no SMTP_URL), listed
 * and shown on /ontwikkeling/mails. Not available in production.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { config } from "../config.ts";
import { notFound } from "../errors.ts";
import { mailDirectory } from "./transport.ts";

const FILE = /^[\w.-]{1,200}\.eml$/;

export function outboxAvailable(): boolean {
  return !config().production;
}

function requireOutbox() {
  if (!outboxAvailable()) throw notFound();
}

export async function listOutbox(limit = 100) {
  requireOutbox();
  const directory = mailDirectory();
  const files = (await readdir(directory).catch(() => [] as string[])).filter((name) => FILE.test(name)).sort().reverse().slice(0, limit);
  return {
    directory,
    mails: await Promise.all(
      files.map(async (file) => {
        const parsed = await simpleParser(await readFile(path.join(directory, file)), { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
        return { file, subject: parsed.subject ?? "", to: parsed.to ? [parsed.to].flat().map((a) => a.text).join(", ") : "", date: parsed.date?.toISOString() ?? null };
      }),
    ),
  };
}

export async function readOutboxFile(file: string): Promise<Buffer> {
  requireOutbox();
  if (!FILE.test(file)) throw notFound();
  try {
    return await readFile(path.join(mailDirectory(), file));
  } catch {
    throw notFound();
  }
}

export async function readOutboxMail(file: string) {
  const parsed = await simpleParser(await readOutboxFile(file), { skipHtmlToText: true, skipImageLinks: true });
  const headers = ["message-id", "list-unsubscribe", "list-unsubscribe-post", "list-id", "auto-submitted"]
    .map((name) => [name, parsed.headers.get(name)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({ name, value: typeof value === "string" ? value : JSON.stringify(value) }));
  return {
    file,
    subject: parsed.subject ?? "",
    from: parsed.from?.text ?? "",
    to: parsed.to ? [parsed.to].flat().map((a) => a.text).join(", ") : "",
    date: parsed.date?.toISOString() ?? null,
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    headers,
  };
}
