/** The notifications area's one event: a stored notification, to deliver live and by mail. */
import { z } from "zod";
import { event, id } from "../events/define.ts";

export const notificationEvents = {
  "notification.created": event(z.object({ notificationId: id, userId: id, kind: z.string().min(1).max(60) })),
};
