/**
 * A removed member's open topic page (decision 319): the server's `membership:ended` for this page's
 * community puts the reply box away, with what they had typed kept to copy; one for another community
 * changes nothing.
 */
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { RealtimeSocket } from "./realtime.tsx";
import { useMembershipEnded } from "./use-membership-ended.ts";

function fakeSocket() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const socket = {
    on: (event: string, listener: (payload: unknown) => void) => listeners.set(event, (listeners.get(event) ?? new Set()).add(listener)),
    off: (event: string, listener: (payload: unknown) => void) => listeners.get(event)?.delete(listener),
  };
  const emit = (event: string, payload: unknown) => act(() => listeners.get(event)?.forEach((listener) => listener(payload)));
  return { socket: socket as unknown as RealtimeSocket, emit, listening: (event: string) => listeners.get(event)?.size ?? 0 };
}

describe("useMembershipEnded", () => {
  it("hears only its own community, keeps the draft of that moment, and stops listening when the page goes", () => {
    const { socket, emit, listening } = fakeSocket();
    let draft = "Mijn halve reactie";
    const { result, unmount } = renderHook(() => useMembershipEnded(socket, "klantmanagers", () => draft));
    expect(result.current).toBeNull();
    emit("membership:ended", { communityId: "c2", slug: "werkgevers", community: "Werkgevers", readable: false });
    expect(result.current).toBeNull();
    emit("membership:ended", { communityId: "c1", slug: "klantmanagers", community: "Klantmanagers", readable: false });
    expect(result.current).toEqual({ community: "Klantmanagers", draft: "Mijn halve reactie", readable: false });
    // A second event (another tab's removal processed twice) does not replace what was kept.
    draft = "";
    emit("membership:ended", { communityId: "c1", slug: "klantmanagers", community: "Klantmanagers", readable: false });
    expect(result.current?.draft).toBe("Mijn halve reactie");
    unmount();
    expect(listening("membership:ended")).toBe(0);
  });
});
