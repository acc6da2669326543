/**
 * Composed mails go to the pooled SMTP transport without nodemailer's
 * sendMail (decision 268): the server receives the same bytes and the same
 * envelope as sendMail would hand it, and sendMail still takes the mails whose
 * envelope nodemailer would rewrite (an upper-case or punycode domain).
 */
import nodemailer from "nodemailer";
import Mailer from "nodemailer/lib/mailer";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetConfigForTests } from "../../server/config.ts";
import { DataStream, transformCrlf } from "../../server/mail/data-stream.ts";
import { deliverMail } from "../../server/mail/transport.ts";
import { type SmtpSink, startMailSink } from "../helpers/smtp.ts";

let sink: SmtpSink;
let received: SmtpSink["raw"];
let url = "";

beforeAll(async () => {
  sink = await startMailSink();
  received = sink.raw;
  url = sink.url;
});

afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
  resetConfigForTests();
});

const mail = (to: string, n: number) => ({
  to,
  subject: `Nieuw op Praktijkplein van 20 tot en met 30 november – één overzicht ${n}`,
  text: `Hallo José,\n\nregel met spatie aan het eind \n.een punt aan het begin\n..twee punten\n${"lang ".repeat(60)}\n— ünïcode`,
  html: `<!DOCTYPE html>\n<p>Hallo José</p>\n.<p>${'<a href="https://praktijkplein.example/a?b=c&amp;d=e">lang</a> '.repeat(200)}</p>\n`,
  messageId: `<pooled-${n}@praktijkplein.example>`,
  headers: {
    "List-Unsubscribe": "<https://praktijkplein.example/afmelden/abc.def>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  },
});

describe("composed mails over pooled SMTP", () => {
  it("reach the server with the bytes and envelope sendMail gives them, without sendMail", async () => {
    const sendMail = vi.spyOn(Mailer.prototype, "sendMail");
    // The pool's connections write the DATA bytes through the CRLF transform (decision 314).
    const dataStream = DataStream.prototype as unknown as { _transform: typeof transformCrlf };
    expect(dataStream._transform).toBe(transformCrlf);
    const transform = vi.spyOn(dataStream, "_transform");
    const addresses = ["lid@praktijkplein.test", "o'brien+digest@mail.praktijkplein.test", "Lid Één <lid.een@praktijkplein.test>"];
    await Promise.all(addresses.map((to, n) => deliverMail(mail(to, n))));
    expect(sendMail).not.toHaveBeenCalled();
    expect(transform).toHaveBeenCalled();
    sendMail.mockRestore();
    transform.mockRestore();
    expect(received).toHaveLength(addresses.length);
    const fast = [...received];
    received.length = 0;

    // What nodemailer's own sendMail hands the server for the same message and envelope.
    const reference = nodemailer.createTransport({ url, pool: true });
    try {
      for (const got of fast) await reference.sendMail({ raw: got.data, envelope: { from: got.from, to: got.to } });
    } finally {
      reference.close();
    }
    expect(received.map((r) => ({ ...r, data: r.data.toString("latin1") }))).toEqual(
      fast.map((r) => ({ ...r, data: r.data.toString("latin1") })),
    );
    expect(fast.map((r) => r.to)).toEqual([
      ["lid@praktijkplein.test"],
      ["o'brien+digest@mail.praktijkplein.test"],
      ["lid.een@praktijkplein.test"],
    ]);
    expect(fast[0]!.from).toBe("noreply@praktijkplein.local");
    // Dot-stuffing is the transport's: a line that starts with a dot arrives as it was written.
    expect(fast[0]!.data.toString("latin1")).toContain("\r\n.een punt aan het begin");
  });

  it("leave an address nodemailer rewrites to sendMail", async () => {
    received.length = 0;
    const sendMail = vi.spyOn(Mailer.prototype, "sendMail");
    await deliverMail(mail("lid@Praktijkplein.TEST", 9));
    await deliverMail(mail("lid@xn--jgeva-dua.ee", 10));
    expect(sendMail).toHaveBeenCalledTimes(2);
    sendMail.mockRestore();
    // nodemailer lower-cased the domain: the shortcut would have sent it as written.
    expect(received.map((r) => r.to[0])).toContain("lid@praktijkplein.test");
    expect(received).toHaveLength(2);
  });
});
