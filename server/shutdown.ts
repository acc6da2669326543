/**
 * Ordered graceful shutdown. Handlers run in registration-reverse order of
 * their `order` (lower first): stop accepting work, then finish in-flight
 * work, then close connections. Each step has a time limit so one stuck
 * handler cannot keep the process alive.
 */
import { errorFields, log } from "./logger.ts";

type Handler = { name: string; order: number; run: () => Promise<void> | void };

export const ShutdownOrder = {
  /** Stop accepting new HTTP requests and socket connections. */
  STOP_ACCEPTING: 10,
  /** Let workers finish their jobs; close socket.io. */
  DRAIN: 20,
  /** Close queues, Redis and database connections. */
  CONNECTIONS: 30,
  /** Stop services this process started itself. */
  SERVICES: 40,
} as const;

export class Shutdown {
  private handlers: Handler[] = [];
  private running: Promise<void> | undefined;

  add(name: string, order: number, run: Handler["run"]): void {
    this.handlers.push({ name, order, run });
  }

  run(reason: string, stepTimeoutMs = 10_000): Promise<void> {
    this.running ??= (async () => {
      log.info(`shutting down (${reason})`);
      const ordered = [...this.handlers].sort((a, b) => a.order - b.order);
      for (const handler of ordered) {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            Promise.resolve().then(handler.run),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error("timed out")), stepTimeoutMs);
            }),
          ]);
        } catch (error) {
          log.warn(`shutdown step "${handler.name}" failed`, errorFields(error));
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return this.running;
  }

  /** Runs the shutdown on SIGTERM and SIGINT, then exits. */
  onSignals(exit: (code: number) => void = (code) => process.exit(code)): void {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        void this.run(signal).then(() => exit(0));
      });
    }
  }
}
