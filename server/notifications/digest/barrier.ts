/**
 * When a batch of section requests goes to the database (decision 160). A
 * fixed window catches only the digests that happen to ask within it, which
 * at a few hundred digests a second is two or three. Instead the worker
 * counts the digests it has started that have not asked for their sections
 * yet (they are loading their member row or claiming their delivery), and a
 * batch waits for exactly those, at most MAX_WAIT_MS: nobody waits for a
 * digest that will not come, and the digests a worker runs side by side share
 * one statement per section.
 */
import { singleton } from "../../singleton.ts";

/** The longest a batch waits for digests still on their way (a slow claim, a job that just started). */
export const MAX_WAIT_MS = 50;

const state = () => singleton("digest-section-barrier", () => ({ coming: 0, waiting: new Set<() => void>(), maxWaitMs: MAX_WAIT_MS }));

/** For tests that count statements on a loaded machine: wait for the digests however long they take. */
export function setBarrierWaitForTests(ms: number): void {
  state().maxWaitMs = ms;
}

/**
 * A digest has started and will ask for its sections. Returns `asked`, to
 * call once it has asked (or stopped early); calling it again does nothing.
 */
export function digestComing(): () => void {
  const barrier = state();
  barrier.coming++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    barrier.coming--;
    if (barrier.coming === 0) for (const release of [...barrier.waiting]) release();
  };
}

/** DataLoader's batchScheduleFn: dispatch once no started digest is still on its way. */
export function whenAllAsked(dispatch: () => void, maxWaitMs = state().maxWaitMs): void {
  const barrier = state();
  if (barrier.coming === 0) {
    // The requests made in this same turn still join.
    setImmediate(dispatch);
    return;
  }
  const release = () => {
    barrier.waiting.delete(release);
    clearTimeout(timer);
    dispatch();
  };
  const timer = setTimeout(release, maxWaitMs);
  barrier.waiting.add(release);
}
