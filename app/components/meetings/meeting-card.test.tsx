import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../../tests/helpers/components.tsx";
import { MeetingCard, type MeetingCardData } from "./meeting-card.tsx";

const full: MeetingCardData = {
  id: "ev1",
  title: "Werkgeversontbijt Tilburg",
  startsAt: "2026-12-10T08:00:00.000Z",
  endsAt: "2026-12-10T09:30:00.000Z",
  location: "Tilburg",
  onlineUrl: null,
  capacity: 2,
  cancelledAt: null,
  attending: 2,
  community: null,
  mine: null,
};

function card(meeting: MeetingCardData) {
  return renderRoute(() => (
    <ul>
      <MeetingCard meeting={meeting} />
    </ul>
  ));
}

describe("MeetingCard on a full meeting (issue 14.9)", () => {
  it("tells someone who has not answered yet that they go on the waiting list", async () => {
    card(full);
    expect(await screen.findByText("Vol: je komt op de wachtlijst")).toBeTruthy();
  });

  it("does not tell someone with a seat that they go on the waiting list", async () => {
    card({ ...full, mine: { answer: "YES", status: "CONFIRMED" } });
    expect(await screen.findByText("Jouw antwoord: ja")).toBeTruthy();
    expect(screen.getByText("Vol")).toBeTruthy();
    expect(screen.queryByText(/je komt op de wachtlijst/)).toBeNull();
  });

  it("shows someone on the waiting list where they stand, once", async () => {
    card({ ...full, mine: { answer: "YES", status: "WAITLISTED" } });
    expect(await screen.findByText(/Jouw antwoord: wachtlijst/i)).toBeTruthy();
    expect(screen.queryByText("Vol: je komt op de wachtlijst")).toBeNull();
  });
});
