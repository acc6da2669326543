import "dotenv/config";
import { defineConfig } from "prisma/config";

// The datasource URL is only needed by CLI commands that talk to a database
// (migrate deploy on a machine with Prisma's native engine). `prisma generate`
// works without it, so a placeholder keeps `npm install` working on a fresh clone.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/praktijkplein" },
});
