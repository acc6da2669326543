/**
 * React 18 closes the document (`</body></html>`) when the shell is done, and
 * Remix streams its data scripts (single fetch) after that: scripts after
 * `</html>` are invalid HTML (browsers move them into the body). This
 * transform holds the closing tags back and writes them after everything
 * else, which is what React 19 does by itself.
 *
 * It also drops NUL bytes. React 18.3's Node stream writer (writeStringChunk)
 * flushes its whole 2 KB view when a multi-byte character (such as "–") does
 * not fit in the bytes left, zero padding included, so pages carried stray
 * U+0000 at random places (the Nu Html Checker test found them). In UTF-8 a
 * 0x00 byte is only ever U+0000, which the app refuses in every input, so
 * removing it cannot change real content (decision 108).
 */
import { Transform, type TransformCallback } from "node:stream";

const END = Buffer.from("</body></html>");

function withoutNul(bytes: Buffer): Buffer {
  return bytes.indexOf(0) === -1 ? bytes : Buffer.from(bytes.filter((byte) => byte !== 0));
}

export function documentEndLast(): Transform {
  let held = Buffer.alloc(0);
  let found = false;
  return new Transform({
    transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback) {
      const incoming = withoutNul(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
      if (found) return callback(null, incoming);
      // Keep the last END.length - 1 bytes back: the tags may be split over two chunks.
      const data = held.length ? Buffer.concat([held, incoming]) : incoming;
      const at = data.indexOf(END);
      if (at >= 0) {
        found = true;
        held = Buffer.alloc(0);
        return callback(null, Buffer.concat([data.subarray(0, at), data.subarray(at + END.length)]));
      }
      const keep = Math.min(data.length, END.length - 1);
      held = Buffer.from(data.subarray(data.length - keep));
      callback(null, data.subarray(0, data.length - keep));
    },
    flush(callback: TransformCallback) {
      callback(null, found ? END : held);
    },
  });
}
