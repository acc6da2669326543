import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { documentEndLast } from "../../app/utils/document-end.server.ts";

async function through(chunks: (string | Buffer)[]): Promise<string> {
  const out: Buffer[] = [];
  const stream = Readable.from(chunks).pipe(documentEndLast());
  for await (const chunk of stream) out.push(chunk as Buffer);
  return Buffer.concat(out).toString("utf8");
}

describe("documentEndLast", () => {
  it("writes </body></html> after everything streamed after it, also when the tags are split over chunks", async () => {
    const page = await through(["<html><body><p>Hallo</p></bo", "dy></ht", "ml>", "<script>late()</script>"]);
    expect(page).toBe("<html><body><p>Hallo</p><script>late()</script></body></html>");
  });

  it("drops the NUL bytes React 18's writer leaves before a multi-byte character at a view boundary", async () => {
    const padded = Buffer.concat([Buffer.from("<html><body><p>9:00 "), Buffer.from([0, 0]), Buffer.from("– 10:00</p></body></html>")]);
    const page = await through([padded]);
    expect(page).toBe("<html><body><p>9:00 – 10:00</p></body></html>");
    expect(page.includes("\u0000")).toBe(false);
  });
});
