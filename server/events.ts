/**
 * Domain events, published after the change is committed. Listeners (realtime
 * fan-out, notifications, search indexing) subscribe here, so commands do
 * not know who reacts to them. Listener errors are logged, never thrown back
 * into the command that already succeeded.
 */
import { errorFields, log } from "./logger.ts";
import { singleton } from "./singleton.ts";

/**
 * Event names and payloads. Areas add their own events by declaration merging
 * in their own module (`declare module "../events.ts" { interface DomainEvents { … } }`).
 */
export interface DomainEvents {
  "membership.created": { communityId: string; userId: string; via: "join" | "request" | "invitation" };
  "membership.removed": { communityId: string; userId: string };
  "joinRequest.created": { communityId: string; userId: string; requestId: string };
  "joinRequest.decided": { communityId: string; userId: string; requestId: string; approved: boolean; decidedById: string };
  "invitation.created": { communityId: string; invitationId: string; email: string; token: string; invitedById: string };
  "community.updated": { communityId: string };
  "user.registered": { userId: string };
  "user.updated": { userId: string };
}

type Listener<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => void | Promise<void>;

class EventBus {
  private listeners = new Map<keyof DomainEvents, Set<Listener<never>>>();

  on<K extends keyof DomainEvents>(name: K, listener: Listener<K>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener<never>);
  }

  /** Calls every listener; resolves when all have finished (or failed and been logged). */
  async emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): Promise<void> {
    const set = this.listeners.get(name);
    if (!set) return;
    await Promise.all(
      [...set].map(async (listener) => {
        try {
          await (listener as Listener<K>)(payload);
        } catch (error) {
          log.error(`listener for ${name} failed`, errorFields(error));
        }
      }),
    );
  }
}

export const events = singleton("events", () => new EventBus());
