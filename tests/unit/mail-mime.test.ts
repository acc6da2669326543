/**
 * Mails composed in one pass (server/mail/mime.ts, decision 160): what a mail
 * reader parses back is exactly what was given, for Dutch text, long lines,
 * lines that start with a dot, and names that need encoding or quoting.
 */
import { simpleParser } from "mailparser";
import { encode as qpEncode, wrap as qpWrap } from "nodemailer/lib/qp";
import { describe, expect, it } from "vitest";
import { composeMail, qpEncodeText } from "../../server/mail/mime.ts";

const base = {
  from: "Praktijkplein <noreply@praktijkplein.local>",
  to: "lid@praktijkplein.test",
  subject: "Nieuw op Praktijkplein van 20 tot en met 30 november – één overzicht voor José, met een onderwerp dat gevouwen moet worden",
  text: `Hallo José,\n\nregel met spatie aan het eind \n.een punt aan het begin\n${"lang ".repeat(60)}\n— ünïcode`,
  html: `<p>Hallo José</p>\n<p>${'<a href="https://praktijkplein.example/a?b=c&amp;d=e">lang</a> '.repeat(20)}</p>`,
  messageId: "<abc123@praktijkplein.example>",
  headers: {
    "List-Unsubscribe": "<https://praktijkplein.example/afmelden/abc.def>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  },
};

describe("composeMail", () => {
  it("gives a reader back the subject, both bodies, the addresses and the headers", async () => {
    const composed = composeMail(base)!;
    expect(composed.envelope).toEqual({ from: "noreply@praktijkplein.local", to: ["lid@praktijkplein.test"] });
    // Only ASCII on the wire, no line longer than 76 characters in the bodies.
    expect(composed.raw.every((byte) => byte < 128)).toBe(true);
    const parsed = await simpleParser(composed.raw);
    expect(parsed.subject).toBe(base.subject);
    expect(parsed.text).toBe(base.text);
    expect(parsed.html).toBe(base.html);
    expect(parsed.messageId).toBe(base.messageId);
    expect(parsed.from?.value).toEqual([{ name: "Praktijkplein", address: "noreply@praktijkplein.local" }]);
    expect([parsed.to].flat()[0]?.value).toEqual([{ name: "", address: "lid@praktijkplein.test" }]);
    expect(parsed.headerLines.find((line) => line.key === "list-unsubscribe")?.line).toBe(
      "List-Unsubscribe: <https://praktijkplein.example/afmelden/abc.def>",
    );
    expect(parsed.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    const body = composed.raw.toString("latin1").split("\r\n\r\n").slice(1).join("\r\n\r\n");
    for (const line of body.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
  });

  it("encodes or quotes display names", async () => {
    const parsed = await simpleParser(
      composeMail({ ...base, from: '"Prak, tijk" <a@praktijkplein.local>', to: "Jösé Bakker <lid@praktijkplein.test>" })!.raw,
    );
    expect(parsed.from?.value).toEqual([{ name: "Prak, tijk", address: "a@praktijkplein.local" }]);
    expect([parsed.to].flat()[0]?.value).toEqual([{ name: "Jösé Bakker", address: "lid@praktijkplein.test" }]);
  });

  it("leaves what it does not handle to nodemailer: several recipients, a non-ASCII address", () => {
    expect(composeMail({ ...base, to: "a@praktijkplein.test, b@praktijkplein.test" })).toBeNull();
    expect(composeMail({ ...base, to: "jösé@praktijkplein.test" })).toBeNull();
  });

  it("writes the text part exactly as nodemailer's quoted-printable encoder does, for random text (decision 324)", () => {
    let seed = 324;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    // Spaces and tabs before line ends and at the end, `=`, controls, accents, emoji, lone surrogates, long lines.
    const pieces = [
      " ",
      "\t",
      "\n",
      "\r\n",
      "\r",
      "=",
      ".",
      "a",
      "é",
      "“",
      "\u{1F44D}",
      "\uD800",
      "\uDC00",
      "\u0000",
      "\u007F",
      "\u0080",
      "x".repeat(73),
      "lang ".repeat(16),
    ];
    for (let n = 0; n < 3_000; n++) {
      let text = "";
      for (let i = Math.floor(random() * 40); i > 0; i--) text += pieces[Math.floor(random() * pieces.length)];
      const lines = text.replace(/\r?\n|\r/g, "\r\n");
      expect(qpEncodeText(lines)).toBe(qpEncode(lines));
      const body = composeMail({ ...base, text })!
        .raw.toString("latin1")
        .split("Content-Transfer-Encoding: quoted-printable\r\n\r\n")[1]!;
      expect(body.startsWith(`${qpWrap(qpEncode(lines), 76)}\r\n--`)).toBe(true);
    }
  });
});
