/**
 * The SMTP data stream's transform for CRLF input (server/mail/data-stream.ts,
 * decision 314): installed on nodemailer's DataStream, and byte for byte what
 * nodemailer's own transform writes, for any bytes in any chunks (bare CR and
 * LF, dots at line starts, breaks split across chunks), with the same byte
 * counters.
 */
import { describe, expect, it } from "vitest";
import { DataStream, originalTransform, transformCrlf } from "../../server/mail/data-stream.ts";
import { composeMail } from "../../server/mail/mime.ts";

type Stream = InstanceType<typeof DataStream> & { inByteCount: number; outByteCount: number; _transform: unknown };

async function through(chunks: Buffer[], original: boolean): Promise<{ bytes: string; inCount: number; outCount: number }> {
  const stream = new DataStream() as Stream;
  if (original) stream._transform = originalTransform;
  const out: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  await ended;
  return { bytes: Buffer.concat(out).toString("latin1"), inCount: stream.inByteCount, outCount: stream.outByteCount };
}

/** A deterministic generator (the same cases on every run). */
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function split(bytes: Buffer, next: () => number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(next() * (next() < 0.5 ? 4 : 400));
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe("the SMTP data stream", () => {
  it("uses the CRLF transform on nodemailer's DataStream", () => {
    expect((DataStream.prototype as unknown as { _transform: unknown })._transform).toBe(transformCrlf);
    expect(originalTransform).not.toBe(transformCrlf);
  });

  it("writes what nodemailer's transform writes, for any bytes in any chunks", async () => {
    const next = random(314);
    const alphabets = [
      ["a", ".", "\r", "\n", " "],
      ["ab", ".", "\r\n", "\r\n.", "=\r\n.", "x"],
      ["line", "\r\n", "..", "\n", "\r"],
    ];
    for (let n = 0; n < 600; n++) {
      const alphabet = alphabets[n % alphabets.length]!;
      const length = Math.floor(next() * 300);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      const chunks = split(Buffer.from(text, "latin1"), next);
      expect(await through(chunks, false), JSON.stringify(text)).toEqual(await through(chunks, true));
    }
  });

  it("writes what nodemailer's transform writes for a composed mail with dots at line starts", async () => {
    const composed = composeMail({
      from: "Praktijkplein <noreply@praktijkplein.local>",
      to: "lid@praktijkplein.test",
      subject: "Samenvatting",
      text: `.een punt aan het begin\n..twee\n${"https://praktijkplein.example/communities/abc ".repeat(40)}\n`,
      html: `<p>${'<a href="https://praktijkplein.example/a">x</a>'.repeat(100)}</p>`,
      messageId: "<data-stream@praktijkplein.example>",
    })!;
    const fast = await through([composed.raw], false);
    expect(fast).toEqual(await through([composed.raw], true));
    expect(fast.bytes).toContain("\r\n..een punt aan het begin\r\n...twee");
    expect(fast.outCount).toBeGreaterThan(fast.inCount);
  });
});
