/**
 * Decision 247: a web instance loads Prisma's query compiler before it
 * listens, so the first request or socket event after a start does not
 * decode and compile it (and build its 34 MB of tables) inside live traffic.
 * The realtime entry starts like server/main.ts; the test reads which
 * compiler modules had been loaded when it said it was listening.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "warm-db-"));
let server: AppServer | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("starting a web instance", () => {
  it("has Prisma's query compiler loaded by the time it listens", async () => {
    const log = path.join(dir, "loads.txt");
    server = await startAppServer({
      entry: "tests/helpers/realtime-entry.ts",
      env: {
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${path.join(ROOT, "tests/helpers/record-module-loads.mjs")}`.trim(),
        MODULE_LOAD_PATTERN: "query_compiler_fast_bg.postgresql",
        MODULE_LOAD_LOG: log,
      },
    });
    const loaded = (() => {
      try {
        return readFileSync(log, "utf8");
      } catch {
        return "";
      }
    })();
    // The WebAssembly module (as base64 text) and the runtime that drives it.
    expect(loaded).toContain("query_compiler_fast_bg.postgresql.wasm-base64.mjs");
    expect(loaded).toContain("query_compiler_fast_bg.postgresql.mjs");
  });
});
