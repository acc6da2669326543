/**
 * Domain events in tests. Test files run processors inline (tests/setup/per-file.ts):
 * a command's consequences are done when it returns. These helpers record what
 * was emitted, drain rows written without a relay, and switch a file to the
 * real queue when it tests the pipeline itself.
 */
import type { DomainEvents, EventName } from "../../server/events/catalog.ts";
import type { StoredEvent } from "../../server/events/outbox.ts";
import { dispatchEventsInline, dispatchEventsThroughQueue, onRelayed, sweepOutbox } from "../../server/events/relay.ts";

export type Recorded = {
  events: StoredEvent[];
  names: () => EventName[];
  of: <N extends EventName>(name: N) => DomainEvents[N][];
  stop: () => void;
};

/** Records every event relayed from now on (optionally only these names). */
export function recordEvents(only?: EventName[]): Recorded {
  const events: StoredEvent[] = [];
  const stop = onRelayed((batch) => events.push(...batch.filter((event) => !only || only.includes(event.name))));
  return {
    events,
    names: () => events.map((event) => event.name),
    of: <N extends EventName>(name: N) => events.filter((event) => event.name === name).map((event) => event.payload as DomainEvents[N]),
    stop: () => void stop(),
  };
}

/** Relays (inline: processes) every row still in the outbox, whatever its age. */
export const drainOutbox = () => sweepOutbox({ olderThanMs: 0 });

/** For files that test the relay → queue → worker path; restore with useInlineEvents(). */
export const useQueuedEvents = dispatchEventsThroughQueue;
export const useInlineEvents = dispatchEventsInline;

/** `namespace` is set for namespaces other than the default one. */
export type Broadcast = (
  { rooms: string[]; event: string; args: unknown[] } | { rooms: string[]; leave: string[] } | { rooms: string[]; disconnect: true }
) & { namespace?: string; except?: string[] };

/** Records what this process's processors send to rooms (instead of sending it); stop() restores. */
export async function recordBroadcasts(): Promise<{ sent: Broadcast[]; emitted: (event: string) => unknown[]; stop: () => void }> {
  const { replaceBroadcaster } = await import("../../server/realtime/broadcast.ts");
  const sent: Broadcast[] = [];
  type Recorder = {
    emit: (event: string, ...args: unknown[]) => void;
    except: (skip: string | string[]) => Recorder;
    socketsLeave: (leave: string | string[]) => void;
    disconnectSockets: () => void;
  };
  const operatorIn =
    (namespace?: string) =>
    (room: string | string[], except: string[] = []): Recorder => {
      const rooms = [room].flat();
      const where = { ...(namespace ? { namespace } : {}), ...(except.length ? { except } : {}) };
      return {
        emit: (event: string, ...args: unknown[]) => void sent.push({ rooms, event, args, ...where }),
        except: (skip: string | string[]) => operatorIn(namespace)(room, [...except, ...[skip].flat()]),
        socketsLeave: (leave: string | string[]) => void sent.push({ rooms, leave: [leave].flat(), ...where }),
        disconnectSockets: () => void sent.push({ rooms, disconnect: true, ...where }),
      };
    };
  const operator = (room: string | string[]) => operatorIn()(room);
  replaceBroadcaster({
    to: operator,
    in: operator,
    of: (namespace) => ({ to: (room) => operatorIn(namespace)(room), in: (room) => operatorIn(namespace)(room) }),
  });
  return {
    sent,
    emitted: (event) => sent.flatMap((item) => ("event" in item && item.event === event ? [item.args[0]] : [])),
    stop: () => replaceBroadcaster(null),
  };
}
