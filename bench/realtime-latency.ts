/** Latency histogram buckets shared by bench/realtime.ts and its client processes: 0.1 ms up to 100 ms, then 1 ms. */
export const bucketOf = (ms: number) => (ms < 100 ? Math.floor(ms * 10) : 1_000 + Math.floor(ms - 100));
export const bucketMs = (bucket: number) => (bucket < 1_000 ? bucket / 10 : bucket - 1_000 + 100);
