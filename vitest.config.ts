import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

/**
 * Two groups: unit, integration and component files run two at a time (each
 * unit or integration file with its own database and Redis prefix; component
 * files in a DOM without either); the end-to-end files, which start servers and
 * Chromium, run afterwards one at a time so they never compete for the two
 * cores with other files.
 */
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
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "server/**/*.test.ts"],
          setupFiles: ["tests/setup/per-file.ts"],
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 0 },
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
          // Same group and the same parallelism as the integration files (vitest requires it).
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 0 },
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
