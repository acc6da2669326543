/**
 * The realtime set-up of an integration file (or of one `describe`): the
 * in-process socket.io server of tests/helpers/realtime.ts started in
 * beforeAll; in afterAll the sockets the file kept in `sockets` closed first,
 * then the server. Apart from realtime.ts, which the benchmarks import
 * without vitest.
 */
import { afterAll, beforeAll } from "vitest";
import { type RealtimeServer, startRealtimeServer } from "./realtime.ts";

export type RealtimeTestServer = {
  /** The server's address (read inside tests: it is set in beforeAll). */
  readonly url: string;
  /** Sockets to close in afterAll, before the server. */
  readonly sockets: { close(): unknown }[];
};

/** `after`: more to close once the server is closed (the co-editing relay's publisher, for files that open documents). */
export function useRealtimeServer(options: { after?: () => Promise<unknown> } = {}): RealtimeTestServer {
  let server: RealtimeServer | undefined;
  const sockets: { close(): unknown }[] = [];
  beforeAll(async () => {
    server = await startRealtimeServer();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server?.close();
    await options.after?.();
  });
  return {
    get url() {
      if (!server) throw new Error("the realtime server starts in beforeAll: read its url inside a test");
      return server.url;
    },
    sockets,
  };
}
