/**
 * The remembered translations (decisions 183 and 219) give what i18next
 * gives: plurals per count, interpolated values, options that cannot be
 * remembered passed through, and different values never mixed up.
 */
import { describe, expect, it } from "vitest";
import { createI18n } from "~/i18n/index.ts";
import { MAX_WITH_OPTIONS, optionsKey, translationOf } from "./translation.ts";

const calls: [string, Record<string, unknown>?][] = [
  ["communities.memberCount", { count: 0 }],
  ["communities.memberCount", { count: 1 }],
  ["communities.memberCount", { count: 2 }],
  ["communities.memberCount", { count: 1 }],
  ["communities.home.welcome", { name: "Fatima" }],
  ["communities.home.welcome", { name: "Jan" }],
  ["communities.home.welcome", { name: "Fatima" }],
  ["library.facetCount", { count: 12 }],
  ["common.appName"],
  ["bestaat.niet", { count: 3 }],
];

describe("remembered translations", () => {
  for (const language of ["nl", "en"] as const) {
    it(`give what i18next gives (${language}), however often asked`, () => {
      const reference = createI18n(language);
      const { t } = translationOf(createI18n(language));
      const call = t as unknown as (key: string, options?: object) => unknown;
      for (let round = 0; round < 3; round++)
        for (const [key, options] of calls)
          expect(call(key, options), `${key} ${JSON.stringify(options)}`).toBe(
            (reference.t as unknown as (key: string, options?: object) => unknown)(key, options),
          );
      expect(call("communities.memberCount", { count: 1 })).not.toBe(call("communities.memberCount", { count: 2 }));
    });
  }

  it("remembers only options of plain values, with their types and lengths in the key", () => {
    expect(optionsKey("k", { count: 1 })).not.toBe(optionsKey("k", { count: "1" }));
    expect(optionsKey("k", { a: "x", b: "y" })).not.toBe(optionsKey("k", { a: `x\u0000b\u0001s1:y` }));
    expect(optionsKey("k", { when: new Date() })).toBeNull();
    expect(optionsKey("k", { returnObjects: true })).toBeNull();
    expect(optionsKey("k", { count: Number.NaN })).toBeNull();
    expect(optionsKey("k", null)).toBeNull();
  });

  it("keeps giving the right text past the bound", () => {
    const reference = createI18n("nl");
    const { t } = translationOf(createI18n("nl"));
    const call = t as unknown as (key: string, options?: object) => unknown;
    for (let i = 0; i < MAX_WITH_OPTIONS + 10; i++) call("communities.home.welcome", { name: `Lid ${i}` });
    expect(call("communities.home.welcome", { name: "Lid 3" })).toBe(reference.t("communities.home.welcome", { name: "Lid 3" }) as unknown);
  });

  it("gives a key's objects as i18next builds them, once, and frozen", () => {
    const reference = createI18n("en");
    const { t } = translationOf(createI18n("en"));
    const call = t as unknown as (key: string, options?: object) => unknown;
    const sections = call("pages.privacy.sections", { returnObjects: true }) as { heading: string }[];
    expect(sections).toEqual(reference.t("pages.privacy.sections", { returnObjects: true }));
    expect(sections.length).toBeGreaterThan(1);
    expect(call("pages.privacy.sections", { returnObjects: true })).toBe(sections);
    expect(Object.isFrozen(sections) && Object.isFrozen(sections[0])).toBe(true);
    expect(() => (sections[0]!.heading = "anders")).toThrow(TypeError);
    expect(call("bestaat.niet", { returnObjects: true })).toBe("bestaat.niet");
    // With other options too it goes to i18next each time.
    expect(call("pages.privacy.sections", { returnObjects: true, count: 1 })).not.toBe(sections);
  });
});
