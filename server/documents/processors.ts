/**
 * What follows a document's events besides search and the audit log: the
 * editors connected to a deleted document (on any instance) are told and
 * disconnected through the collaboration relay (server/collab/relay.ts).
 */
import { publishToDocument, RelayKind } from "../collab/relay.ts";
import type { EventHandlers } from "../events/processor.ts";

export const documentBroadcasts: EventHandlers = {
  "document.deleted": async ({ documentId }) => {
    await publishToDocument(documentId, { kind: RelayKind.deleted, origin: "events" });
  },
};
