/**
 * One statement for many callers that ask at about the same moment, without a
 * fixed waiting window (decision 179): the first request goes out on the next
 * turn of the event loop with whatever joined it; while that statement is in
 * flight, new requests gather and go out together as soon as it returns. At
 * low rates nobody waits; under load a batch holds whatever arrived during
 * one round trip.
 *
 * A batch that fails is retried item by item, so one bad item (a member
 * deleted meanwhile, a constraint) fails only its own caller. That is safe
 * because a failed statement changed nothing.
 */
import DataLoader from "dataloader";

export type AdaptiveBatch<In, Out> = { load: (item: In) => Promise<Out> };

export function adaptiveBatch<In, Out>(
  run: (items: In[]) => Promise<Out[]>,
  { maxBatchSize = 500, maxInFlight = 1 } = {},
): AdaptiveBatch<In, Out> {
  let inFlight = 0;
  const queued: (() => void)[] = [];
  const runOrSplit = async (items: In[]): Promise<(Out | Error)[]> => {
    try {
      return await run(items);
    } catch (error) {
      if (items.length === 1) return [error instanceof Error ? error : new Error(String(error))];
      return Promise.all(items.map(async (item) => (await runOrSplit([item]))[0]!));
    }
  };
  const loader = new DataLoader<In, Out>(
    async (items) => {
      inFlight++;
      try {
        return await runOrSplit([...items]);
      } finally {
        inFlight--;
        const next = queued.shift();
        if (next) next();
      }
    },
    {
      cache: false,
      maxBatchSize,
      batchScheduleFn: (dispatch) => (inFlight >= maxInFlight ? queued.push(dispatch) : setImmediate(dispatch)),
    },
  );
  return { load: (item) => loader.load(item) };
}
