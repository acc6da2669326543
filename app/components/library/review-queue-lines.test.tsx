/**
 * The review queue names a row's author as the author (walk 18): "Beoordelen op 7 november 2026
 * door Mehmet Aydın" read as if Mehmet reviews. The date and the author are two parts now.
 */
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../../tests/helpers/components.tsx";
import LibraryManage from "../../routes/bibliotheek.beheer.tsx";

const row = (id: string, extra: Record<string, unknown>) => ({
  id,
  slug: `item-${id}`,
  title: `Item ${id}`,
  kind: "PRAKTIJKCASE",
  community: null,
  author: { id: "u1", displayName: "Mehmet Aydın" },
  returnComment: null,
  submittedAt: null,
  reviewDate: null,
  proposedAt: null,
  ...extra,
});

const queue = {
  moderator: true,
  waiting: [row("a", { submittedAt: "2026-11-03T10:00:00.000Z" })],
  returned: [],
  overdue: [row("b", { reviewDate: "2026-11-07T10:00:00.000Z" })],
  featured: [row("c", {})],
  proposals: [],
};

describe("the library's review queue", () => {
  it("says who wrote an item apart from when to review it", async () => {
    renderRoute(() => <LibraryManage />, { loader: () => queue });
    await screen.findByText("Beoordelen op 7 november 2026 · Auteur: Mehmet Aydın");
    expect(screen.getByText("Ingestuurd op 3 november 2026 · Auteur: Mehmet Aydın")).toBeTruthy();
    expect(screen.getByText("Auteur: Mehmet Aydın")).toBeTruthy();
    expect(screen.queryByText(/door Mehmet/)).toBeNull();
  });

  it("in English too", async () => {
    renderRoute(() => <LibraryManage />, { loader: () => queue, language: "en" });
    await screen.findByText("Review on 7 November 2026 · Author: Mehmet Aydın");
    expect(screen.queryByText(/by Mehmet/)).toBeNull();
  });
});
