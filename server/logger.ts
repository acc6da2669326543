/** A small leveled logger: one line per event, JSON in production. */
import { config } from "./config.ts";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;

function emit(level: Level, message: string, fields?: Record<string, unknown>) {
  let threshold: number = LEVELS.info;
  let json = false;
  try {
    threshold = LEVELS[config().LOG_LEVEL];
    json = config().production;
  } catch {
    // Logging must work even before the configuration is valid.
  }
  if (LEVELS[level] < threshold) return;
  const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
  if (json) {
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  } else {
    const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : "";
    stream.write(`${level.padEnd(5)} ${message}${extra}\n`);
  }
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => emit("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => emit("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => emit("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => emit("error", message, fields),
};

export function errorFields(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
