import { useEffect, useState } from "react";
import type { RealtimeSocket } from "./realtime.tsx";

/** `readable`: the community is open and they go on reading it (decision 332). */
export type MembershipEnded = { community: string; draft: string; readable: boolean };

/**
 * The member left this community (in another tab) or was removed from it while its topic page is
 * open (decision 319): the server says so on the member's own room, and the page puts the reply box
 * away instead of letting them write a reply that would be refused. What they had typed is kept to copy.
 */
export function useMembershipEnded(socket: RealtimeSocket | null, communitySlug: string, readDraft: () => string): MembershipEnded | null {
  const [ended, setEnded] = useState<MembershipEnded | null>(null);
  useEffect(() => {
    if (!socket) return;
    const onEnded = (event: { slug: string; community: string; readable: boolean }) => {
      if (event.slug === communitySlug)
        setEnded((known) => known ?? { community: event.community, draft: readDraft(), readable: event.readable });
    };
    socket.on("membership:ended", onEnded);
    return () => {
      socket.off("membership:ended", onEnded);
    };
  }, [socket, communitySlug, readDraft]);
  return ended;
}
