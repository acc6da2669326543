/** Domain events of events (bijeenkomsten); search and notifications listen. */
import "../events.ts";

declare module "../events.ts" {
  interface DomainEvents {
    "event.created": { eventId: string; communityId: string | null; userId: string };
    /** Details changed or the event was cancelled. */
    "event.updated": { eventId: string; communityId: string | null; userId: string; cancelled: boolean };
    "rsvp.changed": { eventId: string; userId: string; promotedUserIds: string[] };
  }
}

export {};
