/**
 * Domain events of shared documents. Search and digests subscribe to these;
 * `document.updated` is debounced while people type (see server/collab/rooms.ts).
 */
import "../events.ts";

declare module "../events.ts" {
  interface DomainEvents {
    "document.created": { documentId: string; communityId: string; userId: string };
    /** Content, title, status or lock changed. `userIds`: who edited since the last event, when known. */
    "document.updated": { documentId: string; communityId: string; userIds: string[]; content: boolean };
    "document.deleted": { documentId: string; communityId: string; userId: string };
    "documentVersion.created": { documentId: string; communityId: string; versionId: string; kind: "NAMED" | "AUTO" | "BEFORE_RESTORE"; userId: string | null };
  }
}

export {};
