import type { EntryContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { readHandoffAhead } from "../../app/utils/handoff-ahead.server.ts";

type Cached = Promise<void> & { result?: { done: boolean; value: string } };

function contextWith(stream: ReadableStream<Uint8Array> | undefined) {
  return { serverHandoffStream: stream, renderMeta: {}, future: { v3_singleFetch: true } } as unknown as EntryContext & {
    renderMeta: { streamCache?: Record<number, Cached> };
  };
}

function streamOf(chunks: Uint8Array[], error?: Error) {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const chunk = chunks.shift();
      if (chunk) controller.enqueue(chunk);
      else if (error) controller.error(error);
      else controller.close();
    },
  });
}

describe("readHandoffAhead", () => {
  it("puts every chunk where StreamTransfer looks for it, decoded as it decodes them, and the end", async () => {
    const bytes = new TextEncoder().encode('[{"_1":2},"één"]');
    // A multi-byte character split over two chunks is decoded whole, as one decoder with `stream: true` does.
    const split = bytes.indexOf(0xc3) + 1;
    const stream = streamOf([bytes.subarray(0, split), bytes.subarray(split)]);
    const context = contextWith(stream);
    expect(await readHandoffAhead(context)).toBe(true);
    const cache = context.renderMeta.streamCache!;
    expect(Object.keys(cache)).toEqual(["0", "1", "2"]);
    expect(cache[0]!.result).toEqual({ done: false, value: '[{"_1":2},"' });
    expect(cache[1]!.result).toEqual({ done: false, value: 'één"]' });
    expect(cache[2]!.result).toEqual({ done: true, value: "" });
    // RemixServer still takes a reader during the render (StreamTransfer never reads it: every chunk is cached).
    // The context's stream is a stand-in for the used-up one, whose lock is not released (decision 325).
    expect(context.serverHandoffStream).not.toBe(stream);
    expect(stream.locked).toBe(true);
    const reader = context.serverHandoffStream!.getReader();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  it("says no when the stream fails, keeping what was read, so the stream renderer meets the error", async () => {
    const context = contextWith(streamOf([new TextEncoder().encode("[1]")], new Error("aborted")));
    expect(await readHandoffAhead(context)).toBe(false);
    expect(Object.keys(context.renderMeta.streamCache!)).toEqual(["0"]);
    // The stream is free again: StreamTransfer's own reader meets the error.
    const reader = context.serverHandoffStream!.getReader();
    await expect(reader.read()).rejects.toThrow("aborted");
  });

  it("says no without a stream (nothing to read ahead)", async () => {
    expect(await readHandoffAhead(contextWith(undefined))).toBe(false);
  });
});
