/**
 * Starts the real web server (server/main.ts, production build) as a child
 * process on a free port, against this test file's database and Redis
 * prefix. Used by end-to-end and realtime tests.
 */
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { freePort } from "../../scripts/lib/services.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppServer = { url: string; port: number; process: ChildProcess; stop: () => Promise<void>; output: () => string };

export async function startAppServer(options: { env?: Record<string, string>; entry?: string; port?: number } = {}): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child = fork(path.join(ROOT, options.entry ?? "server/main.ts"), [], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: url,
      LOG_LEVEL: "warn",
      ...options.env,
    },
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 60_000);
    child.on("message", (message: { type?: string }) => {
      if (message?.type === "listening") {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners("exit");
  return {
    url,
    port,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
      }),
  };
}
