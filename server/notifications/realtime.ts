/** Socket handlers of the notifications area: presence for "is this member online?". */
import { errorFields, log } from "../logger.ts";
import { onConnection } from "../realtime/server.ts";
import { dropPresence, PRESENCE_REFRESH_MS, touchPresence } from "./live.ts";

export function registerNotificationSockets(): void {
  onConnection("notifications-presence", (socket) => {
    const userId = socket.data.user.id;
    const touch = () => touchPresence(userId, socket.id).catch((error: unknown) => log.warn("presence update failed", errorFields(error)));
    void touch();
    const timer = setInterval(touch, PRESENCE_REFRESH_MS);
    timer.unref();
    socket.on("disconnect", () => {
      clearInterval(timer);
      dropPresence(userId, socket.id).catch((error: unknown) => log.warn("presence removal failed", errorFields(error)));
    });
  });
}
