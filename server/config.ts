/**
 * The one place that reads the environment. Every value is validated with zod;
 * a missing or malformed value stops start-up with one line naming the
 * variable and what was expected (see ConfigError and server/main.ts).
 */
import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import { z } from "zod";

const DEV_SESSION_SECRET = "dev-only-session-secret-change-me-0123456789";
const DEV_TOKEN_SECRET = "dev-only-token-secret-change-me-9876543210";

/**
 * Secrets that were published in this repository (defaults of earlier
 * versions, examples): anyone can sign with them, so production refuses them
 * (issue 15, F9). Compared without case and surrounding spaces.
 */
const PUBLISHED_SECRETS = new Set(
  [
    DEV_SESSION_SECRET,
    DEV_TOKEN_SECRET,
    "local-instance-session-secret-not-for-production",
    "change-this-session-secret-in-production-please",
    "change-this-token-secret-in-production-please",
    "change-me-to-at-least-32-random-characters",
  ].map((secret) => secret.toLowerCase()),
);

/** Why a production secret is not good enough, or null when it is. */
export function weakSecretReason(secret: string): string | null {
  if (secret.length < 32) return "at least 32 characters of random text";
  if (PUBLISHED_SECRETS.has(secret.trim().toLowerCase()))
    return "a secret of this instance's own, not a published example (generate one with `openssl rand -base64 48`)";
  // A repeated character or a short pattern: too little randomness to sign with.
  if (new Set(secret).size < 10) return "random text with at least 10 different characters (generate one with `openssl rand -base64 48`)";
  return null;
}

/**
 * TRUST_PROXY, as express's `trust proxy` (docs/decisions/115): unset or
 * `false` trusts no proxy, so X-Forwarded-For is ignored and per-IP limits
 * count the real peer; a number trusts that many hops in front of the app;
 * otherwise a comma-separated list of addresses or subnets (`loopback`,
 * `10.0.0.0/8`). `true` (trust anyone) is refused: it lets every client
 * choose its own address.
 */
export type TrustProxy = false | number | string[];

export function parseTrustProxy(raw: string | undefined): TrustProxy | null {
  const value = (raw ?? "").trim();
  if (value === "" || value === "false" || value === "0") return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(",").map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    if (["loopback", "linklocal", "uniquelocal"].includes(entry)) return true;
    const [address, bits, extra] = entry.split("/");
    if (extra !== undefined || !address) return false;
    const family = isIP(address);
    if (!family) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  return valid ? entries : null;
}

/** WEB_CONCURRENCY: how many web processes `npm start` and `serve:production` run (default: one per core). */
export function parseWebConcurrency(raw: string | undefined): number | null {
  const value = (raw ?? "").trim();
  if (value === "") return availableParallelism();
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 64) return null;
  return Number(value);
}

const WEB_CONCURRENCY_EXPECTED = "a whole number of web processes from 1 to 64 (default: one per core)";
const TRUST_PROXY_EXPECTED =
  "false, a number of proxy hops (1 for one load balancer) or a comma-separated list of proxy addresses or subnets (for example 10.0.0.0/8)";

const url = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      `a URL starting with ${protocols.join(" or ")} (for example ${example})`,
    );

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce
      .number({ message: "a port number between 1 and 65535" })
      .int("a port number between 1 and 65535")
      .min(0, "a port number between 1 and 65535")
      .max(65535, "a port number between 1 and 65535")
      .default(3000),
    /** The address to listen on: this machine only unless asked (docker sets 0.0.0.0). */
    HOST: z.string().trim().min(1).default("127.0.0.1"),
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const parsed = parseTrustProxy(value);
        if (parsed === null) {
          ctx.addIssue({ code: "custom", message: TRUST_PROXY_EXPECTED });
          return z.NEVER;
        }
        return parsed;
      }),
    WEB_CONCURRENCY: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const parsed = parseWebConcurrency(value);
        if (parsed === null) {
          ctx.addIssue({ code: "custom", message: WEB_CONCURRENCY_EXPECTED });
          return z.NEVER;
        }
        return parsed;
      }),
    DATABASE_URL: url(["postgres:", "postgresql:"], "postgresql://user:pass@localhost:5432/praktijkplein"),
    REDIS_URL: url(["redis:", "rediss:"], "redis://127.0.0.1:6379"),
    SESSION_SECRET: z.string().min(32, "at least 32 characters of random text").optional(),
    /** Signs tokens in links (calendar feeds, unsubscribe, …): separate from the session secret (docs/decisions/116). */
    TOKEN_SECRET: z.string().min(32, "at least 32 characters of random text").optional(),
    APP_URL: url(["http:", "https:"], "https://praktijkplein.nl").optional(),
    MEILI_HOST: url(["http:", "https:"], "http://127.0.0.1:7700").optional(),
    MEILI_KEY: z.string().optional(),
    SMTP_URL: url(["smtp:", "smtps:"], "smtp://user:pass@mail.example.nl:587").optional(),
    MAIL_FROM: z.string().default("Praktijkplein <noreply@praktijkplein.local>"),
    /**
     * `1`: a production build may show /ontwikkeling/mails (still only without SMTP, with APP_URL on this
     * machine, to a request from this machine that no proxy relayed). `npm start` sets it; a deployment
     * never needs it (decision 306).
     */
    DEV_MAIL_VIEW: z
      .enum(["0", "1"], { message: "0 or 1" })
      .default("0")
      .transform((value) => value === "1"),
    /**
     * Mail jobs a worker process runs at once (notification mails, digests; decision 180). Digest batch jobs
     * run ceil(MAIL_CONCURRENCY / 50) at a time, each with all its members at once (decision 283).
     */
    MAIL_CONCURRENCY: z.coerce
      .number({ message: "a whole number from 1 to 100" })
      .int("a whole number from 1 to 100")
      .min(1, "a whole number from 1 to 100")
      .max(100, "a whole number from 1 to 100")
      .default(64),
    /** SMTP connections a process keeps open to SMTP_URL (nodemailer's pool; decision 180). */
    SMTP_POOL_SIZE: z.coerce
      .number({ message: "a whole number from 1 to 50" })
      .int("a whole number from 1 to 50")
      .min(1, "a whole number from 1 to 50")
      .max(50, "a whole number from 1 to 50")
      .default(10),
    /** How long a worker's claim on a mail holds before another worker may take it over (ms; decision 031/130). */
    MAIL_CLAIM_LEASE_MS: z.coerce
      .number({ message: "a number of milliseconds, at least 1000" })
      .int()
      .min(1_000, "a number of milliseconds, at least 1000")
      .default(300_000),
    /** How long a visitor's rendered page is kept at most (ms; 0: never; decision 163). Events drop it sooner. */
    PAGE_CACHE_TTL_MS: z.coerce
      .number({ message: "a number of milliseconds from 0 to 300000" })
      .int()
      .min(0, "a number of milliseconds from 0 to 300000")
      .max(300_000, "a number of milliseconds from 0 to 300000")
      .default(10_000),
    /** How long a search answer is kept per access scope (ms; 0: never; decision 291). Index writes drop it sooner. */
    SEARCH_ANSWERS_TTL_MS: z.coerce
      .number({ message: "a number of milliseconds from 0 to 300000" })
      .int()
      .min(0, "a number of milliseconds from 0 to 300000")
      .max(300_000, "a number of milliseconds from 0 to 300000")
      .default(30_000),
    DATA_DIR: z.string().default(".data"),
    /** Prefix of every Redis key and channel this instance uses (queues, socket.io, rate limits). */
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/i, "letters, digits, - or _ (at most 40)")
      .default("pp"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /** Largest Yjs update one editor may send to a shared document (bytes). */
    COLLAB_MAX_UPDATE_BYTES: z.coerce.number({ message: "a number of bytes" }).int().min(1_024).default(1_048_576),
    /** Largest merged state of one shared document (bytes). */
    COLLAB_MAX_DOCUMENT_BYTES: z.coerce.number({ message: "a number of bytes" }).int().min(4_096).default(10_485_760),
    /**
     * Niceness of worker processes (0–19; 0 leaves it): background jobs (compaction, digests, mail, indexing)
     * give way to the web tier and PostgreSQL when they share cores (decision 214).
     */
    WORKER_NICE: z.coerce.number({ message: "a number from 0 to 19" }).int().min(0).max(19).default(10),
    /**
     * Time budget of the related-results statement (decision 250): a search with 1–9 hits looks for related
     * results for at most this long and shows none when the budget runs out, so its answer stays fast on a
     * large index, where the statement's word counts cost most.
     */
    SEARCH_RELATED_BUDGET_MS: z.coerce.number({ message: "a number of milliseconds" }).int().min(1).max(10_000).default(15),
    /** How long the collaboration server keeps retrying to store updates while PostgreSQL is unreachable (ms). */
    COLLAB_STORAGE_RETRY_MS: z.coerce.number({ message: "a number of milliseconds" }).int().min(1_000).default(600_000),
  })
  .transform((env, ctx) => {
    const production = env.NODE_ENV === "production";
    if (production) {
      for (const name of ["SESSION_SECRET", "TOKEN_SECRET"] as const) {
        const secret = env[name];
        const reason = secret === undefined ? "at least 32 characters of random text (required in production)" : weakSecretReason(secret);
        if (reason) {
          ctx.addIssue({ code: "custom", path: [name], message: reason });
          return z.NEVER;
        }
      }
      if (env.TOKEN_SECRET === env.SESSION_SECRET) {
        ctx.addIssue({ code: "custom", path: ["TOKEN_SECRET"], message: "a secret other than SESSION_SECRET" });
        return z.NEVER;
      }
    }
    if (production && !env.APP_URL) {
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "the public URL of this instance (required in production)" });
      return z.NEVER;
    }
    return {
      ...env,
      production,
      SESSION_SECRET: env.SESSION_SECRET ?? DEV_SESSION_SECRET,
      TOKEN_SECRET: env.TOKEN_SECRET ?? DEV_TOKEN_SECRET,
      APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
      MEILI_HOST: env.MEILI_HOST || undefined,
    };
  });

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
    readonly received: string | undefined,
  ) {
    super(
      received === undefined || received === ""
        ? `Configuration error: ${variable} is not set; expected ${expected}.`
        : `Configuration error: ${variable} is invalid; expected ${expected}.`,
    );
    this.name = "ConfigError";
  }
}

/** Parses an environment; throws a ConfigError for the first bad variable. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? "environment");
  const expected = issue.code === "invalid_type" && cleaned[variable] === undefined ? describeMissing(variable) : issue.message;
  throw new ConfigError(variable, expected, cleaned[variable]);
}

function describeMissing(variable: string): string {
  switch (variable) {
    case "DATABASE_URL":
      return "a PostgreSQL URL (for example postgresql://user:pass@localhost:5432/praktijkplein); `npm start` sets it for you when it provisions PostgreSQL";
    case "REDIS_URL":
      return "a Redis URL (for example redis://127.0.0.1:6379); `npm start` sets it for you when it starts redis-server";
    default:
      return "a value";
  }
}

let cached: Config | undefined;

/** The process-wide configuration, parsed once. */
export function config(): Config {
  cached ??= parseConfig();
  return cached;
}

/** Tests change the environment between files; this forgets the parsed value. */
export function resetConfigForTests(): void {
  cached = undefined;
}
