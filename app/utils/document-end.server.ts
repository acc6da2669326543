/**
 * React 18 closes the document (`</body></html>`) when the shell is done, and
 * Remix streams its data scripts (single fetch) after that: scripts after
 * `</html>` are invalid HTML (browsers move them into the body). The closing
 * tags are moved after everything else, which is what React 19 does by itself.
 *
 * It also drops NUL bytes. React 18.3's Node stream writer (writeStringChunk)
 * flushes its whole 2 KB view when a multi-byte character (such as "–") does
 * not fit in the bytes left, zero padding included, so pages carried stray
 * U+0000 at random places (the Nu Html Checker test found them). In UTF-8 a
 * 0x00 byte is only ever U+0000, which the app refuses in every input, so
 * removing it cannot change real content (decision 108).
 */
import { Writable } from "node:stream";

const END = Buffer.from("</body></html>");

function withoutNul(bytes: Buffer): Buffer {
  return bytes.indexOf(0) === -1 ? bytes : Buffer.from(bytes.filter((byte) => byte !== 0));
}

/** The whole rendered document with its closing tags last and without NUL bytes. */
export function documentEndLast(document: Buffer): Buffer {
  const bytes = withoutNul(document);
  const at = bytes.indexOf(END);
  if (at < 0) return bytes;
  return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + END.length), END]);
}

/**
 * A destination for React's pipe that keeps the document in memory and hands
 * it over whole when React ends it: one buffer to compress and one write to
 * the socket instead of one per 2 KB chunk (decision 183).
 */
export function wholeDocument(done: (document: Buffer) => void): Writable {
  const chunks: Buffer[] = [];
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      // A copy: the writer may reuse its view after the write returns.
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
      callback();
    },
    final(callback) {
      done(documentEndLast(Buffer.concat(chunks)));
      callback();
    },
  });
}
