/** What follows the library's events, besides search and the audit log: the author hears of a send-back or publication. */
import { db } from "../db.ts";
import type { EventHandlers } from "../events/processor.ts";
import { notify } from "../notifications/notify.ts";

export const libraryNotifications: EventHandlers = {
  "libraryItem.transitioned": async ({ itemId, transition, actorId, authorId }, event) => {
    if (!authorId || (transition !== "return" && transition !== "publish")) return;
    const item = await db().libraryItem.findUnique({ where: { id: itemId }, select: { slug: true, title: true, returnComment: true } });
    if (!item) return;
    const url = `/bibliotheek/${item.slug}`;
    if (transition === "return") {
      await notify({ userId: authorId, kind: "libraryItemReturned", actorId, url, dedupeKey: `library-returned-${event.id}`, data: { itemTitle: item.title, comment: item.returnComment ?? "" } });
    } else {
      await notify({ userId: authorId, kind: "libraryItemPublished", actorId, url, dedupeKey: `library-published-${itemId}`, data: { itemTitle: item.title } });
    }
  },
};
