import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../server/config.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const valid = { DATABASE_URL: "postgresql://u@localhost:5432/db", REDIS_URL: "redis://127.0.0.1:6379" };

function errorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("gives development defaults", () => {
    const config = parseConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.APP_URL).toBe("http://localhost:3000");
    expect(config.production).toBe(false);
    expect(config.MEILI_HOST).toBeUndefined();
    expect(config.MAIL_CONCURRENCY).toBe(64);
    expect(config.SMTP_POOL_SIZE).toBe(10);
  });

  it.each([
    [{ ...valid, DATABASE_URL: undefined }, "DATABASE_URL", /not set; expected a PostgreSQL URL/],
    [{ ...valid, DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL", /invalid; expected a URL starting with postgres: or postgresql:/],
    [{ ...valid, REDIS_URL: "localhost:6379" }, "REDIS_URL", /invalid; expected a URL starting with redis:/],
    [{ ...valid, PORT: "drieduizend" }, "PORT", /invalid; expected a port number/],
    [{ ...valid, PORT: "70000" }, "PORT", /invalid; expected a port number/],
    [{ ...valid, SESSION_SECRET: "kort" }, "SESSION_SECRET", /at least 32 characters/],
    [{ ...valid, MEILI_HOST: "meili:7700" }, "MEILI_HOST", /http: or https:/],
    [{ ...valid, SMTP_URL: "mail.example.nl" }, "SMTP_URL", /smtp: or smtps:/],
    [{ ...valid, SMTP_POOL_SIZE: "0" }, "SMTP_POOL_SIZE", /a whole number from 1 to 50/],
    [{ ...valid, SMTP_POOL_SIZE: "veel" }, "SMTP_POOL_SIZE", /a whole number from 1 to 50/],
    [{ ...valid, NODE_ENV: "production", APP_URL: "https://praktijkplein.nl" }, "SESSION_SECRET", /required in production/],
    [
      {
        ...valid,
        NODE_ENV: "production",
        SESSION_SECRET: "Zq8v3Lk0pW9xR2mN7bT5yH1cF4jD6sG0aE",
        TOKEN_SECRET: "pP4rT8uY2iO6aS0dF3gH7jK1lZ5xC9vBnM",
      },
      "APP_URL",
      /required in production/,
    ],
    [
      { ...valid, NODE_ENV: "production", SESSION_SECRET: "x".repeat(40), APP_URL: "https://praktijkplein.nl" },
      "SESSION_SECRET",
      /different characters/,
    ],
    [
      {
        ...valid,
        NODE_ENV: "production",
        SESSION_SECRET: "local-instance-session-secret-not-for-production",
        APP_URL: "https://praktijkplein.nl",
      },
      "SESSION_SECRET",
      /published/,
    ],
    [{ ...valid, TRUST_PROXY: "true" }, "TRUST_PROXY", /number of proxy hops/],
    [{ ...valid, WEB_CONCURRENCY: "0" }, "WEB_CONCURRENCY", /from 1 to 64/],
  ])("names the bad variable and what it expects (%#)", (env, variable, message) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(variable);
    expect(error.message.split("\n")).toHaveLength(1);
  });

  it("stops the server with one clear line, no stack trace", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: "development", DATABASE_URL: "postgresql://u@localhost/db", REDIS_URL: "not-a-url" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "Configuration error: REDIS_URL is invalid; expected a URL starting with redis: or rediss: (for example redis://127.0.0.1:6379).",
    );
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("stops the worker the same way", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "workers/main.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: "development", REDIS_URL: "redis://127.0.0.1:6379" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("DATABASE_URL is not set");
  });
});
