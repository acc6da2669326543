/**
 * The development outbox: mails written as .eml files (no SMTP_URL), listed
 * and shown on /ontwikkeling/mails. Available whenever mail goes to files on
 * an instance that is not public: in development and tests, and on a local
 * production build such as `npm start` (APP_URL on localhost). Never with
 * SMTP, never on a production instance with a public address: the files hold
 * password-reset links (docs/decisions/100). And only to a request from this
 * machine: a local instance listening on every address (HOST=0.0.0.0) showed
 * every reset link to whoever on the network opened the page (decision 279).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { config } from "../config.ts";
import { notFound } from "../errors.ts";
import { mailDirectory } from "./transport.ts";

const FILE = /^[\w.-]{1,200}\.eml$/;

/** localhost, 127.x.x.x or [::1]: an address only this machine reaches. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    return host === "localhost" || host.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(host) || host === "::1";
  } catch {
    return false;
  }
}

/** A peer address of this machine: 127.x.x.x, ::1, or 127.x.x.x mapped into IPv6. */
export function isLoopbackPeer(ip: string): boolean {
  const address = ip.replace(/^::ffff:/i, "");
  return address === "::1" || /^127(\.\d{1,3}){3}$/.test(address);
}

/**
 * `peer`: the request's client address (the load context's clientIp); undefined only outside an HTTP
 * request (a test calling the loader itself). A known address of another machine never sees the outbox.
 */
export function outboxAvailable(peer: string | undefined): boolean {
  const { SMTP_URL, production, APP_URL, DEV_MAIL_VIEW } = config();
  if (SMTP_URL) return false;
  if (peer !== undefined && !isLoopbackPeer(peer)) return false;
  // A production build shows it only when asked (`npm start` asks): a reverse proxy on this machine
  // makes every visitor a loopback peer of an instance whose APP_URL may be loopback too (decision 306).
  return !production || (DEV_MAIL_VIEW && isLoopbackUrl(APP_URL));
}

/**
 * The peer to judge a request for the outbox by: a request a proxy relayed (it says so in a
 * forwarding header) is not from this machine, whatever the proxy's own address (decision 306).
 */
export function outboxPeer(headers: Headers, peer: string | undefined): string | undefined {
  const relayed = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip", "via"].some((name) => headers.has(name));
  return relayed ? "relayed" : peer;
}

function requireOutbox(peer: string | undefined) {
  if (!outboxAvailable(peer)) throw notFound();
}

export async function listOutbox(peer: string | undefined, limit = 100) {
  requireOutbox(peer);
  const directory = mailDirectory();
  const files = (await readdir(directory).catch(() => [] as string[]))
    .filter((name) => FILE.test(name))
    .sort()
    .reverse()
    .slice(0, limit);
  return {
    directory,
    mails: await Promise.all(
      files.map(async (file) => {
        const parsed = await simpleParser(await readFile(path.join(directory, file)), {
          skipHtmlToText: true,
          skipTextToHtml: true,
          skipImageLinks: true,
        });
        return {
          file,
          subject: parsed.subject ?? "",
          to: parsed.to
            ? [parsed.to]
                .flat()
                .map((a) => a.text)
                .join(", ")
            : "",
          date: parsed.date?.toISOString() ?? null,
        };
      }),
    ),
  };
}

export async function readOutboxFile(file: string, peer: string | undefined): Promise<Buffer> {
  requireOutbox(peer);
  if (!FILE.test(file)) throw notFound();
  try {
    return await readFile(path.join(mailDirectory(), file));
  } catch {
    throw notFound();
  }
}

export async function readOutboxMail(file: string, peer: string | undefined) {
  const parsed = await simpleParser(await readOutboxFile(file, peer), { skipHtmlToText: true, skipImageLinks: true });
  const headers = ["message-id", "list-unsubscribe", "list-unsubscribe-post", "list-id", "auto-submitted"]
    .map((name) => [name, parsed.headers.get(name)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({ name, value: typeof value === "string" ? value : JSON.stringify(value) }));
  return {
    file,
    subject: parsed.subject ?? "",
    from: parsed.from?.text ?? "",
    to: parsed.to
      ? [parsed.to]
          .flat()
          .map((a) => a.text)
          .join(", ")
      : "",
    date: parsed.date?.toISOString() ?? null,
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    headers,
  };
}
