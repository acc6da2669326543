/**
 * Starts the real web server (server/main.ts, production build) as a child
 * process on a free port, against this test file's database and Redis
 * prefix, and beside it a worker process (tests/helpers/worker-entry.ts) that
 * processes the domain events the server's commands emit, as in production.
 * Used by end-to-end and realtime tests.
 */
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { freePort } from "../../scripts/lib/services.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppServer = { url: string; port: number; process: ChildProcess; stop: () => Promise<void>; output: () => string };

/** A worker child process (every queue, no schedules); resolves when it is ready. */
export async function startWorkerProcess(
  env: Record<string, string | undefined> = {},
): Promise<{ process: ChildProcess; stop: () => Promise<void>; output: () => string }> {
  let output = "";
  const child = fork(path.join(ROOT, "tests/helpers/worker-entry.ts"), [], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in time:\n${output}`)), 60_000);
    child.on("message", (message: { type?: string }) => {
      if (message?.type === "ready") {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners("exit");
  return { process: child, output: () => output, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
  });
}

export async function startAppServer(
  options: { env?: Record<string, string>; entry?: string; port?: number; worker?: boolean } = {},
): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const childEnv: Record<string, string> = {
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    APP_URL: url,
    LOG_LEVEL: "warn",
    // As `npm start`: mails are read on /ontwikkeling/mails (decision 306).
    DEV_MAIL_VIEW: "1",
    ...options.env,
  };
  // The realtime test entry runs its processors inline; the real server needs a worker.
  const worker = (options.worker ?? !options.entry) ? startWorkerProcess(childEnv) : null;
  let output = "";
  const child = fork(path.join(ROOT, options.entry ?? "server/main.ts"), [], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, ...childEnv, PORT: String(port) },
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
  const workerProcess = await worker;
  return {
    url,
    port,
    process: child,
    output: () => output + (workerProcess ? `\n[worker]\n${workerProcess.output()}` : ""),
    stop: async () => {
      await Promise.all([stopChild(child), workerProcess?.stop()]);
    },
  };
}
