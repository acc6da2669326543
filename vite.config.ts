import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { remixFuture } from "./remix-future.ts";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/** The Node host and the domain, which the server build imports instead of bundling a copy (decision 212). */
const SERVER_DIR = path.join(import.meta.dirname, "server") + path.sep;
const fromServer = (id: string) => id.startsWith(SERVER_DIR);

export default defineConfig(({ isSsrBuild }) => ({
  server: { hmr: { port: Number(process.env.HMR_PORT ?? 24678) } },
  build: {
    target: "es2022",
    // Every web process runs server/ through tsx (server/main.ts): the Remix build imports those very
    // modules as `#server/…` (package.json "imports", resolved from the package root wherever the build
    // is), so a process has one copy of each module and its state, not a second one bundled here.
    ...(isSsrBuild
      ? {
          rollupOptions: {
            external: fromServer,
            makeAbsoluteExternalsRelative: false,
            output: { paths: (id: string) => (fromServer(id) ? `#server/${path.relative(SERVER_DIR, id).split(path.sep).join("/")}` : id) },
          },
        }
      : {}),
  },
  plugins: [tailwindcss(), remix({ future: remixFuture }), tsconfigPaths()],
}));
