/**
 * What follows a document's events besides search and the audit log: the
 * editors connected to a deleted document (on any instance) are told and
 * disconnected through the collaboration relay (server/collab/relay.ts).
 */
import { publishToDocument, RelayKind } from "../collab/relay.ts";
import { db } from "../db.ts";
import type { EventHandlers } from "../events/processor.ts";

export const documentBroadcasts: EventHandlers = {
  "document.deleted": async ({ documentId }) => {
    await publishToDocument(documentId, { kind: RelayKind.deleted, origin: "events" });
  },
  // A community that is no longer open (decision 279): every open editor of its documents checks its access
  // again, so a signed-in reader who is not a member is closed out (an editor's own re-check waits for an update).
  "community.updated": async ({ communityId }) => {
    const community = await db().community.findUnique({ where: { id: communityId }, select: { accessMode: true } });
    if (!community || community.accessMode === "OPEN") return;
    const documents = await db().document.findMany({ where: { communityId }, select: { id: true } });
    for (const document of documents) await publishToDocument(document.id, { kind: RelayKind.access, origin: "events" });
  },
};
