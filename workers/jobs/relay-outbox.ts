import { sweepOutbox } from "../../server/events/relay.ts";
import type { JobHandler } from "../runner.ts";

/** The outbox sweep: relays events whose process died between the commit and the relay. */
export const relayOutbox: JobHandler<"relayOutbox"> = async ({ olderThanMs }) => ({ relayed: await sweepOutbox({ olderThanMs }) });
