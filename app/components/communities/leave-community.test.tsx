/**
 * "Verlaat community…" goes when the member's membership ends while the page is open (decision 330):
 * the server's `membership:ended` for this community, as the topic page's reply box does (decision
 * 319); one for another community leaves it.
 */
import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../../tests/helpers/components.tsx";
import type { RealtimeSocket } from "../discussions/realtime.tsx";
import { LeaveCommunity } from "./leave-community.tsx";

function fakeSocket() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const socket = {
    on: (event: string, listener: (payload: unknown) => void) => listeners.set(event, (listeners.get(event) ?? new Set()).add(listener)),
    off: (event: string, listener: (payload: unknown) => void) => listeners.get(event)?.delete(listener),
  };
  const emit = (event: string, payload: unknown) => act(() => listeners.get(event)?.forEach((listener) => listener(payload)));
  return { socket: socket as unknown as RealtimeSocket, emit };
}

describe("LeaveCommunity", () => {
  it("goes on membership:ended for its own community, not for another", async () => {
    const { socket, emit } = fakeSocket();
    const community = { slug: "klantmanagers", name: "Klantmanagers", accessMode: "ON_REQUEST" as const };
    renderRoute(() => <LeaveCommunity community={community} soleFacilitator={false} memberCount={5} busy={false} socket={socket} />);
    expect(await screen.findByText("Verlaat community…")).toBeTruthy();
    emit("membership:ended", { communityId: "c2", slug: "werkgevers", community: "Werkgevers" });
    expect(screen.queryByText("Verlaat community…")).not.toBeNull();
    emit("membership:ended", { communityId: "c1", slug: "klantmanagers", community: "Klantmanagers" });
    expect(screen.queryByText("Verlaat community…")).toBeNull();
    expect(screen.queryByRole("button", { name: /verlaat/i })).toBeNull();
  });
});
