import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

/**
 * Two groups: unit, integration and component files run two at a time (each
 * integration file with its own database and Redis prefix, each unit file with
 * a Redis prefix and no database (decision 301); component files in a DOM
 * without either); the end-to-end files, which start servers and Chromium, run
 * afterwards one at a time so they never compete for the two cores with other
 * files.
 */

/** The first group: two files at a time (vitest requires the same parallelism within a group). */
const FIRST_GROUP = { maxWorkers: 2, fileParallelism: true, sequence: { groupOrder: 0 } };
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    globalSetup: ["tests/setup/global-setup.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    restoreMocks: true,
    projects: [
      {
        // Unit files: no database and no event processors (tests/setup/unit.ts, decision 301).
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "app/**/*.test.ts"],
          setupFiles: ["tests/setup/unit.ts"],
          ...FIRST_GROUP,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "server/**/*.test.ts"],
          setupFiles: ["tests/setup/per-file.ts"],
          ...FIRST_GROUP,
        },
      },
      {
        // Component tests (createRemixStub + Testing Library) beside the
        // components: a DOM, no database, no server, no build.
        plugins: [tsconfigPaths()],
        test: {
          name: "components",
          include: ["app/**/*.test.tsx"],
          environment: "happy-dom",
          setupFiles: ["tests/setup/components.ts"],
          restoreMocks: true,
          ...FIRST_GROUP,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          setupFiles: ["tests/setup/per-file.ts"],
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
