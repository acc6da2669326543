/**
 * The text of a reply refused because its author is no longer a member (decision 305): without
 * JavaScript the topic page is closed to them after the post, so the action sends them to the
 * community's page and their typed words would be gone. The text waits here, in Redis under the
 * member's own id, for the page that shows the refusal; that page shows it once, as text to copy.
 * It is never posted. A Redis that does not answer costs only the copy: the refusal still shows.
 */
import { config } from "../config.ts";
import { errorFields, log } from "../logger.ts";
import { notificationsRedis } from "../notifications/live.ts";

/** Long enough to read the refusal and copy the text; short enough that nothing lingers. */
export const KEPT_TEXT_TTL_S = 15 * 60;

const keptKey = (userId: string) => `${config().REDIS_PREFIX}:kept-text:${userId}`;

/** Keeps `text` for its author; true when it is kept (and the page after the redirect may show it). */
export async function keepRefusedText(userId: string, text: string): Promise<boolean> {
  if (!text.trim()) return false;
  try {
    await notificationsRedis().set(keptKey(userId), text, "EX", KEPT_TEXT_TTL_S);
    return true;
  } catch (error) {
    log.warn("kept text: could not keep a refused reply", errorFields(error));
    return false;
  }
}

/** The kept text of this member, once: it is removed as it is read. */
export async function takeKeptText(userId: string): Promise<string | null> {
  try {
    return await notificationsRedis().getdel(keptKey(userId));
  } catch (error) {
    log.warn("kept text: could not read a refused reply", errorFields(error));
    return null;
  }
}
