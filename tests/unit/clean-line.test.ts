/** Titles and names as stored (decision 294): NFC, no invisible characters, at most four marks on a letter. */
import { describe, expect, it } from "vitest";
import { topicTitleSchema } from "../../app/shared/discussions.ts";
import { displayNameSchema } from "../../app/shared/forms/accounts.ts";
import { cleanLine, MAX_MARKS_PER_LETTER } from "../../app/shared/visible-text.ts";

const zalgo = `Ze${"\u0301".repeat(20)}gers`;

describe("cleanLine", () => {
  it("keeps at most four combining marks on one letter", () => {
    // NFC makes the first accent part of the é; four of the other nineteen stay.
    expect(cleanLine(zalgo)).toBe(`Zé${"\u0301".repeat(MAX_MARKS_PER_LETTER)}gers`);
  });

  it("NFC-normalises, so a typed e + accent is one letter", () => {
    expect(cleanLine("Ine\u0301s")).toBe("Inés");
    expect(cleanLine("Ine\u0301s").length).toBe(4);
  });

  it("drops zero-width spaces, word joiners, direction marks and soft hyphens", () => {
    expect(cleanLine("Werk\u200bagenda\u2060 \u200eVIA\u00ad\ufeff")).toBe("Werkagenda VIA");
  });

  it("keeps what real names and titles use: Vietnamese, Hebrew pointing, emoji with joiners", () => {
    for (const text of ["Nguyễn Thị Ánh", "שָׁלוֹם", "Team 👩‍💻 werkt", "क्षत्रिय"]) expect(cleanLine(text)).toBe(text.normalize("NFC"));
  });
});

describe("in the schemas", () => {
  it("a display name with stacked accents is stored capped, not refused", () => {
    expect(displayNameSchema.parse(zalgo)).toBe(cleanLine(zalgo));
  });

  it("a title's zero-width spaces are gone, and a title of nothing else is refused", () => {
    expect(topicTitleSchema.parse("Stage\u200bplekken")).toBe("Stageplekken");
    expect(topicTitleSchema.safeParse("\u200b\u200b\u200b\u200b").success).toBe(false);
  });
});
