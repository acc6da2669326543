export type UntilOptions = {
  timeoutMs?: number;
  intervalMs?: number;
  /** Added to the timeout error: what the test saw (queue counts, process output, …). */
  detail?: () => string | Promise<string>;
};

/**
 * Polls `check` (every 50 ms unless told) until it returns a truthy value, which
 * it returns; fails naming `what` (and the `detail`) after the timeout (20 s
 * unless told; a number as third argument is the timeout).
 */
export async function until<T>(
  what: string,
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  options: number | UntilOptions = {},
): Promise<T> {
  const { timeoutMs = 20_000, intervalMs = 50, detail } = typeof options === "number" ? { timeoutMs: options } : options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${detail ? `: ${await detail()}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
