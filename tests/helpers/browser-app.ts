/**
 * The one set-up of an end-to-end file (decision 262): in beforeAll, first the
 * file's own data (`before`), then the app server (tests/helpers/app-server.ts)
 * and Chromium side by side; in afterAll the browser closed, the server stopped,
 * then the file's own clean-up (`after`). The returned object's getters give
 * the running server and browser inside tests and helpers:
 *
 *   const app = useBrowserApp({ before: seedDemo });
 *   const { page } = await app.signedInAs("lid@praktijkplein.test", { goto: "/" });
 *   await page.goto(`${app.url}/bibliotheek`);
 *
 * It starts what the files started before it, no more: `browser: false` for a
 * file that only fetches HTML. It closes what a test may have opened in this
 * process (queues, rate limits, notification and collab Redis clients); each
 * closer does nothing when its client was never made.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { closePublisher } from "../../server/collab/relay.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { closeRateLimits } from "../../server/security/rate-limit.ts";
import { type AppServer, startAppServer } from "./app-server.ts";
import { launchBrowser, signedInAs, signedInContext } from "./browser.ts";

type ServerOptions = NonNullable<Parameters<typeof startAppServer>[0]>;
type SignInOptions = BrowserContextOptions & { consoleErrors?: string[] };

export type BrowserApp = {
  readonly server: AppServer;
  readonly browser: Browser;
  /** The server's base address, e.g. http://127.0.0.1:40123. */
  readonly url: string;
  /** signedInAs (tests/helpers/browser.ts) in this browser, against this server. */
  signedInAs(email: string, options?: SignInOptions & { goto?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** signedInContext (tests/helpers/browser.ts) in this browser, against this server. */
  signedInContext(userId: string, options?: SignInOptions): Promise<{ context: BrowserContext; page: Page }>;
};

export function useBrowserApp(
  options: {
    /** Runs first, before the server starts (seed data, factories). */
    before?: () => Promise<unknown>;
    /** Options for startAppServer; a function when they depend on what `before` made. */
    server?: ServerOptions | (() => ServerOptions);
    /** Started beside the server and the browser (e.g. this process's own workers). */
    beside?: () => Promise<unknown>;
    /** Launch Chromium beside the server (default true). */
    browser?: boolean;
    /** Runs last, after the browser is closed and the server stopped. */
    after?: () => Promise<unknown>;
    /** beforeAll's timeout, where the default hook timeout is too short. */
    timeout?: number;
  } = {},
): BrowserApp {
  let server: AppServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    await options.before?.();
    const serverOptions = typeof options.server === "function" ? options.server() : options.server;
    [server, browser] = await Promise.all([
      startAppServer(serverOptions),
      options.browser === false ? undefined : launchBrowser(),
      options.beside?.(),
    ]);
  }, options.timeout);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([closeQueues(), closeRateLimits(), closeNotificationsRedis(), closePublisher()]);
    await options.after?.();
  });

  const app: BrowserApp = {
    get server() {
      if (!server) throw new Error("useBrowserApp: the app server is not running (used outside a test?)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("useBrowserApp: no browser (not started, or `browser: false`)");
      return browser;
    },
    get url() {
      return app.server.url;
    },
    signedInAs: (email, signInOptions) => signedInAs(app.browser, app.url, email, signInOptions),
    signedInContext: (userId, signInOptions) => signedInContext(app.browser, app.url, userId, signInOptions),
  };
  return app;
}
