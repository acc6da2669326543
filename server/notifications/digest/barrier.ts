/**
 * When a batch of section requests goes to the database (decision 160). A
 * fixed window catches only the digests that happen to ask within it, which
 * at a few hundred digests a second is two or three. Instead a barrier counts
 * the digests that have started and not asked for their sections yet (they
 * are loading their member row or claiming their delivery), and a batch waits
 * for exactly those, at most MAX_WAIT_MS: nobody waits for a digest that will
 * not come, and the digests side by side share one statement per section.
 *
 * The process has one barrier for digests sent one by one (send-digest jobs);
 * each send-digest-batch run has a barrier of its own (scope.ts, decision
 * 283), so a batch's sections wait for its own members only.
 */
import { singleton } from "../../singleton.ts";

/** The longest a batch waits for digests still on their way (a slow claim, a job that just started). */
export const MAX_WAIT_MS = 50;

const settings = () => singleton("digest-section-barrier-settings", () => ({ maxWaitMs: MAX_WAIT_MS }));

/** For tests that count statements on a loaded machine: wait for the digests however long they take. */
export function setBarrierWaitForTests(ms: number): void {
  settings().maxWaitMs = ms;
}

export type Barrier = {
  /**
   * A digest has started and will ask for its sections. Returns `asked`, to
   * call once it has asked (or stopped early); calling it again does nothing.
   */
  coming(): () => void;
  /** DataLoader's batchScheduleFn: dispatch once no started digest is still on its way. */
  whenAllAsked(dispatch: () => void, maxWaitMs?: number): void;
};

export function createBarrier(): Barrier {
  let coming = 0;
  const waiting = new Set<() => void>();
  return {
    coming() {
      coming++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        coming--;
        if (coming === 0) for (const release of [...waiting]) release();
      };
    },
    whenAllAsked(dispatch, maxWaitMs = settings().maxWaitMs) {
      if (coming === 0) {
        // The requests made in this same turn still join.
        setImmediate(dispatch);
        return;
      }
      const release = () => {
        waiting.delete(release);
        clearTimeout(timer);
        dispatch();
      };
      const timer = setTimeout(release, maxWaitMs);
      waiting.add(release);
    },
  };
}

/** The process-wide barrier (digests sent one by one). */
export const processBarrier = () => singleton("digest-section-barrier", createBarrier);

export function digestComing(): () => void {
  return processBarrier().coming();
}

export function whenAllAsked(dispatch: () => void, maxWaitMs?: number): void {
  processBarrier().whenAllAsked(dispatch, maxWaitMs);
}
