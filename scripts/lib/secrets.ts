import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * This instance's own secrets (issue 15, F9): made once with 48 random bytes
 * and kept in .data/secrets.json (readable by this user only), so sessions
 * and links survive a restart and no two instances share a published one.
 */
export function instanceSecrets(dataDir: string): { SESSION_SECRET: string; TOKEN_SECRET: string } {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<Record<"SESSION_SECRET" | "TOKEN_SECRET", string>>;
    if (stored.SESSION_SECRET && stored.TOKEN_SECRET) return { SESSION_SECRET: stored.SESSION_SECRET, TOKEN_SECRET: stored.TOKEN_SECRET };
  }
  const secrets = { SESSION_SECRET: randomBytes(48).toString("base64url"), TOKEN_SECRET: randomBytes(48).toString("base64url") };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
