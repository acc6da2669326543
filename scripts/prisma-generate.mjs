// `prisma generate` without the native schema engine download, which is
// impossible on machines without access to binaries.prisma.sh. Generation does
// not use the schema engine, but the CLI looks for one at start-up; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
