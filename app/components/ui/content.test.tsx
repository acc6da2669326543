/**
 * Member content carries its own language where it differs from the page's (decision 230), through
 * the shared components: a library card's title and summary, a message body.
 */
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../../tests/helpers/components.tsx";
import { LibraryItemCard } from "../library/item-card.tsx";
import { Content } from "./content.tsx";

const dutch = {
  title: "Stagediscriminatie tegengaan",
  summary: "Wat werkt er tegen discriminatie bij het zoeken van een stage? Een overzicht voor scholen en werkgevers.",
};
const english = {
  title: "Fighting internship discrimination",
  summary: "What works against discrimination when students look for an internship? An overview for schools and employers.",
};

function card(item: { title: string; summary: string }, language: "nl" | "en") {
  return renderRoute(
    () => (
      <LibraryItemCard
        item={{ id: "i1", slug: "stage", kind: "INTERVENTIE", title: item.title, summary: item.summary, evidenceLevel: null } as never}
      />
    ),
    { language },
  );
}

describe("member content in its own language", () => {
  it("marks a Dutch card lang=nl in the English interface, title decided by its summary", async () => {
    card(dutch, "en");
    expect((await screen.findByText(dutch.title)).getAttribute("lang")).toBe("nl");
    expect(screen.getByText(dutch.summary).getAttribute("lang")).toBe("nl");
  });

  it("marks an English card lang=en in the Dutch interface", async () => {
    card(english, "nl");
    expect((await screen.findByText(english.title)).getAttribute("lang")).toBe("en");
    expect(screen.getByText(english.summary).getAttribute("lang")).toBe("en");
  });

  it("marks nothing in the page's own language", async () => {
    card(dutch, "nl");
    expect((await screen.findByText(dutch.title)).hasAttribute("lang")).toBe(false);
    expect(screen.getByText(dutch.summary).hasAttribute("lang")).toBe(false);
  });

  it("marks nothing for a name or a short title on its own", async () => {
    renderRoute(() => <Content as="h2" text="Klankbordgroep ervaringsdeskundigen" />, { language: "en" });
    expect((await screen.findByRole("heading")).hasAttribute("lang")).toBe(false);
  });

  it("decides sanitised HTML by its words, not its tags", async () => {
    const html = '<p>We <a href="/x">help</a> employers <strong>write</strong> a vacancy that the people they need can read.</p>';
    const { container } = renderRoute(() => <Content as="div" html={html} />, { language: "nl" });
    await screen.findByText("help");
    expect(container.querySelector("div[lang]")?.getAttribute("lang")).toBe("en");
    expect(container.querySelector("div[lang] a")?.getAttribute("href")).toBe("/x");
  });
});
