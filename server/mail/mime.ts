/**
 * Our mails as one MIME message in one synchronous pass (decision 160):
 * multipart/alternative with a quoted-printable text part and a base64 HTML
 * part, made with nodemailer's own encoders for the text and the headers (qp,
 * encoded words, header folding) but without its per-message tree of
 * streams, which cost more than the digest itself. The transport hands the
 * bytes over as they are (`raw`) through the same pooled SMTP connections.
 *
 * The HTML is base64 (decision 292): quoted-printable turns every `=` of its
 * inline styles and attributes into `=3D` and wraps in JavaScript, which was
 * the largest part of composing a digest; base64 is encoded natively, about a
 * quarter of the CPU for the same HTML, at about a quarter more bytes. The
 * text part stays quoted-printable, readable as it is in the message source.
 */
import { randomBytes } from "node:crypto";
import addressparser from "nodemailer/lib/addressparser";
import { encodeWord, foldLines, isPlainText, quoteString } from "nodemailer/lib/mime-funcs";
import { wrap as qpWrap } from "nodemailer/lib/qp";
import { singleton } from "../singleton.ts";

export type MimeInput = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers?: Record<string, string>;
};

export type ComposedMail = { raw: Buffer; envelope: { from: string; to: string[] } };

const CRLF = "\r\n";
const ASCII_ADDRESS = /^[\x21-\x7e]+@[\x21-\x7e]+$/;
const SPECIALS = /[()<>[\]:;@\\,."]/;

/** `Name <address>` as a header value, or null when it is more than one plain ASCII address. */
function formatAddress(value: string): { header: string; address: string } | null {
  const parsed = addressparser(value, { flatten: true });
  if (parsed.length !== 1 || !parsed[0]) return null;
  const { name, address } = parsed[0];
  if (!address || !ASCII_ADDRESS.test(address)) return null;
  if (!name) return { header: address, address };
  const display = !isPlainText(name) ? encodeWord(name, "Q", 52) : SPECIALS.test(name) ? quoteString(name) : name;
  return { header: `${display} <${address}>`, address };
}

/** A header value in ASCII: encoded words where needed (RFC 2047), folded at 76. */
function headerLine(key: string, value: string): string {
  const clean = value.replace(/\r?\n|\r/g, " ");
  return foldLines(`${key}: ${isPlainText(clean) ? clean : encodeWordsQ(clean)}`, 76);
}

function encodeWordsQ(value: string): string {
  // Whole value as encoded words, 52 characters each, like nodemailer's Subject.
  return encodeWord(value, "Q", 52);
}

/** Line breaks as CRLF (the canonical form of text parts, RFC 2045). */
function crlf(content: string): string {
  return content.includes("\r") ? content.replace(/\r?\n|\r/g, CRLF) : content.replaceAll("\n", CRLF);
}

/**
 * What nodemailer's quoted-printable encoder escapes in text whose line breaks are CRLF: a space or tab
 * before a line break or at the end, a character outside the printable ASCII range or `=` (as the
 * `=XX` of each of its UTF-8 bytes; a surrogate pair is one character, a lone surrogate U+FFFD as in
 * `Buffer.from`). Everything else it writes as it is.
 */
const QP_ESCAPE = /[ \t](?=[\r\n]|$)|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\t\n\r\x20-\x3c\x3e-\x7e]/g;
const qpEscapes = new Map<string, string>();

function qpEscape(char: string): string {
  let escaped = qpEscapes.get(char);
  if (escaped === undefined) {
    escaped = "";
    for (const byte of Buffer.from(char, "utf8")) escaped += `=${byte < 16 ? "0" : ""}${byte.toString(16).toUpperCase()}`;
    // Digests repeat a few dozen characters (quotes, accents); a text of many others does not fill memory.
    if (qpEscapes.size < 4_096) qpEscapes.set(char, escaped);
  }
  return escaped;
}

/**
 * nodemailer's `encode` for a string, without its byte loop (decision 324): a digest's text part is a
 * few KB with a handful of escapes, and a native search for them costs about half of turning the text
 * into bytes and looking at every byte in JavaScript. The same characters out (tests/unit/mail-mime.test.ts
 * compares them on random text).
 */
export function qpEncodeText(content: string): string {
  return content.replace(QP_ESCAPE, qpEscape);
}

function qpBody(content: string): string {
  return qpWrap(qpEncodeText(crlf(content)), 76);
}

/** Base64 of the UTF-8 bytes in lines of 76 characters (57 bytes each). */
function base64Body(content: string): string {
  const encoded = Buffer.from(crlf(content), "utf8").toString("base64");
  let out = encoded.slice(0, 76);
  for (let i = 76; i < encoded.length; i += 76) out += CRLF + encoded.slice(i, i + 76);
  return out;
}

/**
 * A boundary that cannot occur in quoted-printable or base64 content: it holds "=_" (RFC 2045 6.7 and
 * 5.1), which neither encoding ever writes. A member who learnt the prefix and counter from a mail of
 * their own could otherwise end the text part with a line of text and add a part of their own to a
 * mail for someone else (security walk 16, decision 297).
 */
function boundary(): string {
  const state = singleton("mime-boundary", () => ({ prefix: randomBytes(6).toString("hex"), next: 0 }));
  return `=_Pp-${state.prefix}-${(state.next++).toString(36)}`;
}

/** RFC 5322 date, as nodemailer writes it. */
function mailDate(date: Date): string {
  return date.toUTCString().replace(/GMT/, "+0000");
}

/**
 * The message, or null when an address needs more than this composer does
 * (several recipients, a non-ASCII address): then nodemailer composes it.
 */
/** The sender is the same for every mail of a process: its header and address are made once (decision 268). */
function senderAddress(value: string): { header: string; address: string } | null {
  const senders = singleton("mime-senders", () => new Map<string, { header: string; address: string } | null>());
  if (senders.has(value)) return senders.get(value)!;
  const sender = formatAddress(value);
  // Only MAIL_FROM in practice; a caller with ever new senders does not fill memory.
  if (senders.size < 16) senders.set(value, sender);
  return sender;
}

export function composeMail(mail: MimeInput, date = new Date()): ComposedMail | null {
  const from = senderAddress(mail.from);
  const to = formatAddress(mail.to);
  if (!from || !to) return null;
  const parts = boundary();
  const lines = [
    ...Object.entries(mail.headers ?? {}).map(([key, value]) => headerLine(key, value)),
    headerLine("From", from.header),
    headerLine("To", to.header),
    headerLine("Subject", mail.subject),
    `Message-ID: ${mail.messageId}`,
    `Date: ${mailDate(date)}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative;${CRLF} boundary="${parts}"`,
    "",
    `--${parts}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    qpBody(mail.text),
    `--${parts}`,
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Body(mail.html),
    `--${parts}--`,
    "",
  ];
  return { raw: Buffer.from(lines.join(CRLF), "latin1"), envelope: { from: from.address, to: [to.address] } };
}
