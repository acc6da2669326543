/**
 * nodemailer's SMTP data stream (the DATA bytes on their way to the socket)
 * with a faster transform for what our composer writes (decision 314).
 *
 * nodemailer's `DataStream` looks at every byte in JavaScript: it turns a bare
 * CR or LF into CRLF and doubles a dot at the start of a line. A digest is
 * about 10 KB, so that loop was 4–10 % of the worker's CPU; a plain mail of
 * a few hundred bytes pays a twentieth of it. Composed mails (mime.ts) have
 * only CRLF line breaks, so the only change the stream ever makes to them is
 * the dot: a quoted-printable soft break before a URL's `.example` puts one at
 * the start of a line in most digests.
 *
 * `transformCrlf` finds the line breaks with `Buffer.indexOf` (native) and,
 * when every one is a CRLF, writes the same bytes the original would (the
 * dots doubled, the counters and the last byte kept the same way); any other
 * chunk goes to nodemailer's own transform unchanged. It is installed on
 * nodemailer's class, which its SMTP connections create for every message;
 * the transport imports this module.
 */
import type { Transform, TransformCallback } from "node:stream";
import DataStream from "nodemailer/lib/smtp-connection/data-stream";

type DataStreamState = Transform & { inByteCount: number; outByteCount: number; lastByte: number | false };
type TransformFunction = (this: DataStreamState, chunk: Buffer | string, encoding: BufferEncoding, done: TransformCallback) => void;

const CR = 0x0d;
const LF = 0x0a;
const DOT = 0x2e;
/** The inserted dot; shared, as nodemailer's own inserts are: Buffer.concat only copies it. */
const INSERT_DOT = Buffer.from(".");

const prototype = DataStream.prototype as unknown as { _transform: TransformFunction; originalTransform?: TransformFunction };

/** nodemailer's transform, as it was before this module replaced it (also what the tests compare with). */
export const originalTransform: TransformFunction = prototype.originalTransform ?? prototype._transform;

/**
 * The positions of the dots that start a line, or null when a line break is
 * not a CRLF (a bare CR or LF, also across the previous chunk's end): then
 * nodemailer's byte-wise transform has more to do.
 */
function lineStartDots(chunk: Buffer, lastByte: number | false): number[] | null {
  const first = chunk[0];
  if (lastByte === CR ? first !== LF : first === LF) return null;
  const dots: number[] = [];
  if (first === DOT && (lastByte === LF || lastByte === false)) dots.push(0);
  for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, at + 1)) {
    if ((at === 0 ? lastByte : chunk[at - 1]) !== CR) return null;
    if (chunk[at + 1] === DOT) dots.push(at + 1);
  }
  const last = chunk.length - 1;
  // A CR at the very end is judged with the next chunk's first byte (above), as nodemailer does.
  for (let at = chunk.indexOf(CR); at !== -1 && at < last; at = chunk.indexOf(CR, at + 1)) if (chunk[at + 1] !== LF) return null;
  return dots;
}

/** The transform installed on nodemailer's DataStream: same output, native searches for CRLF input. */
export const transformCrlf: TransformFunction = function (chunk, encoding, done) {
  if (!chunk || !chunk.length) return done();
  const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  const dots = lineStartDots(bytes, this.lastByte);
  if (!dots) return originalTransform.call(this, bytes, encoding, done);
  this.inByteCount += bytes.length;
  if (!dots.length) {
    this.outByteCount += bytes.length;
    this.push(bytes);
  } else {
    const parts: Buffer[] = [];
    let from = 0;
    for (const dot of dots) {
      if (dot > from) parts.push(bytes.subarray(from, dot));
      parts.push(INSERT_DOT);
      from = dot;
    }
    parts.push(bytes.subarray(from));
    const length = bytes.length + dots.length;
    this.outByteCount += length;
    this.push(Buffer.concat(parts, length));
  }
  this.lastByte = bytes[bytes.length - 1]!;
  done();
};

prototype.originalTransform = originalTransform;
prototype._transform = transformCrlf;

export { DataStream };
