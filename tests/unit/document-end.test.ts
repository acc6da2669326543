import { describe, expect, it } from "vitest";
import { wholeDocument } from "../../app/utils/document-end.server.ts";

async function through(chunks: (string | Buffer)[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const destination = wholeDocument((document) => resolve(document.toString("utf8")));
    destination.once("error", reject);
    for (const chunk of chunks) destination.write(chunk);
    destination.end();
  });
}

describe("wholeDocument", () => {
  it("writes </body></html> after everything written after it, also when the tags are split over chunks", async () => {
    const page = await through(["<html><body><p>Hallo</p></bo", "dy></ht", "ml>", "<script>late()</script>"]);
    expect(page).toBe("<html><body><p>Hallo</p><script>late()</script></body></html>");
  });

  it("drops the NUL bytes React 18's writer leaves before a multi-byte character at a view boundary", async () => {
    const padded = Buffer.concat([Buffer.from("<html><body><p>9:00 "), Buffer.from([0, 0]), Buffer.from("– 10:00</p></body></html>")]);
    const page = await through([padded]);
    expect(page).toBe("<html><body><p>9:00 – 10:00</p></body></html>");
    expect(page.includes("\u0000")).toBe(false);
  });

  it("hands over the chunks as they were written, even when the writer reuses its buffer", async () => {
    const view = Buffer.from("<p>één</p>");
    const destination = new Promise<string>((resolve) => {
      const writable = wholeDocument((document) => resolve(document.toString("utf8")));
      writable.write(view);
      view.fill(0x20);
      writable.end();
    });
    expect(await destination).toBe("<p>één</p>");
  });
});
