/**
 * For benchmarks: when EVENT_LOOP_PROBE=1, a child server measures its event
 * loop's delay (perf_hooks, 10 ms resolution) and answers the parent over IPC:
 * `{ type: "event-loop-reset" }` starts a window, `{ type: "event-loop" }` gets
 * `{ type: "event-loop", p50, p99, max }` in milliseconds since the reset.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";

export function answerEventLoopProbe(): void {
  if (process.env.EVENT_LOOP_PROBE !== "1" || !process.send) return;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  process.on("message", (message: { type?: string }) => {
    if (message?.type === "event-loop-reset") histogram.reset();
    if (message?.type === "event-loop") {
      const ms = (ns: number) => ns / 1e6;
      process.send?.({
        type: "event-loop",
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
      });
    }
  });
}
