import { sendDigest as send } from "../../server/notifications/digest/send.ts";
import type { JobHandler } from "../runner.ts";

export const sendDigest: JobHandler<"sendDigest"> = async (payload, _job, signal) => ({ result: await send(payload, signal) });
