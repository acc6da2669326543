/**
 * /zoeken's hit and "also searched for" line (decision 254): a reply is titled by its topic with
 * its own text below, not its text twice; a one-way thesaurus entry's words are not called
 * "the same meaning". In Dutch and English.
 */
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../../tests/helpers/components.tsx";
import { Expansions, Hit, type HitView } from "./results.tsx";

const reply: HitView = {
  kind: "message",
  titleHtml: "Bij ons liep de <mark>zwaluwstaartregeling</mark> goed",
  snippetHtml: "Bij ons liep de <mark>zwaluwstaartregeling</mark> goed: drie kandidaten kregen een contract.",
  url: "/c/x/kanaal/t/1#bericht-2",
  date: "2026-12-01T10:00:00.000Z",
  community: { name: "Werkgevers" },
  theme: null,
  evidenceLevel: null,
  topicTitle: "Ervaringen met proefplaatsingen",
};

function hit(view: HitView, language: "nl" | "en" = "nl") {
  renderRoute(
    () => (
      <ol>
        <Hit hit={view} />
      </ol>
    ),
    { language },
  );
}

describe("a reply among the results", () => {
  it("is titled 'Reactie in: <topic>' and shows its own text once, as the snippet", async () => {
    hit(reply);
    const heading = await screen.findByRole("heading", { level: 3 });
    expect(heading.textContent).toBe("Reactie in: Ervaringen met proefplaatsingen");
    expect(screen.getByRole("link").getAttribute("href")).toBe(reply.url);
    expect(document.body.textContent?.match(/zwaluwstaartregeling/g)).toHaveLength(1);
    expect(document.querySelector("p mark")?.textContent).toBe("zwaluwstaartregeling");
  });

  it("says 'Reply in:' in English", async () => {
    hit(reply, "en");
    expect((await screen.findByRole("heading", { level: 3 })).textContent).toBe("Reply in: Ervaringen met proefplaatsingen");
  });

  it("shows the reply's start when there is no snippet", async () => {
    hit({ ...reply, snippetHtml: "" });
    await screen.findByRole("heading", { level: 3 });
    expect(document.querySelector("p mark")?.textContent).toBe("zwaluwstaartregeling");
  });

  it("keeps other kinds' own titles", async () => {
    hit({ ...reply, kind: "library", titleHtml: "Statushouders aan het werk", snippetHtml: "", topicTitle: null });
    expect((await screen.findByRole("heading", { level: 3 })).textContent).toBe("Statushouders aan het werk");
  });
});

describe("the 'also searched for' line", () => {
  const expansions = [
    { word: "asielzoeker", reason: "oneWay" as const, words: ["vluchteling", "statushouder"] },
    { word: "vergunninghouder", reason: "synonym" as const, words: ["statushouder"] },
  ];

  it("calls a one-way entry's words related, not the same, and keeps 'zelfde betekenis' for equivalents", async () => {
    renderRoute(() => <Expansions expansions={expansions} />);
    const line = await screen.findByTestId("search-expansions");
    expect(line.textContent).toBe(
      "Ook gezocht op: asielzoeker → vluchteling, statushouder (verwant, niet hetzelfde); vergunninghouder → statushouder (zelfde betekenis)",
    );
  });

  it("in English too", async () => {
    renderRoute(() => <Expansions expansions={expansions} />, { language: "en" });
    expect((await screen.findByTestId("search-expansions")).textContent).toContain(
      "asielzoeker → vluchteling, statushouder (related, not the same)",
    );
  });
});
