import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../../tests/helpers/components.tsx";
import { WordCounts } from "./word-counts.tsx";

describe("WordCounts in a document's history (walk8)", () => {
  it.each([
    ["nl", 1, false, "1 woord erbij, 0 eraf"],
    ["nl", 4, false, "4 woorden erbij, 0 eraf"],
    ["nl", 1, true, "1 woord erbij, 2 eraf"],
    ["en", 1, false, "1 word added, 0 removed"],
    ["en", 12, true, "12 words added, 2 removed"],
  ] as const)("%s: %i added (change %s) reads “%s”", async (language, added, change, expected) => {
    renderRoute(
      () => (
        <p>
          <WordCounts added={added} removed={change ? 2 : 0} change={change} />
        </p>
      ),
      { language },
    );
    expect((await screen.findByText(expected)).textContent).toBe(expected);
  });
});
