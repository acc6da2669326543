/**
 * The remembered translations (decisions 183 and 219) give what i18next
 * gives: plurals per count, interpolated values, options that cannot be
 * remembered passed through, and different values never mixed up.
 */
import { describe, expect, it } from "vitest";
import { createI18n, resources } from "~/i18n/index.ts";
import { tKey } from "./i18n.ts";
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

/** Counts the calls that reach i18next's own translator on this instance. */
function countAsked(instance: ReturnType<typeof createI18n>): () => number {
  const translator = (instance as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;
  const translate = translator.translate.bind(translator);
  let asked = 0;
  translator.translate = (...args) => {
    asked++;
    return translate(...args);
  };
  return () => asked;
}

/** Every text of both languages, as `[key, text]` with dotted keys. */
function texts(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([name, child]) => texts(child, prefix ? `${prefix}.${name}` : name));
}

describe("texts with {{name}} variables, filled in without i18next (decision 258)", () => {
  for (const language of ["nl", "en"] as const) {
    it(`give what i18next gives for every text of ${language}`, () => {
      const reference = createI18n(language);
      const { t } = translationOf(createI18n(language));
      const call = t as unknown as (key: string, options?: object) => unknown;
      const ask = reference.t as unknown as (key: string, options?: object) => unknown;
      const all = texts(resources[language].translation);
      const withVariables = all.filter(([, text]) => text.includes("{{"));
      expect(withVariables.length).toBeGreaterThan(50);
      // Plural keys as they are asked (without the suffix), with the variables of all their forms.
      const plural = /_(zero|one|two|few|many|other)$/;
      const pluralKeys = new Map<string, string>();
      for (const [key, text] of all)
        if (plural.test(key)) pluralKeys.set(key.replace(plural, ""), (pluralKeys.get(key.replace(plural, "")) ?? "") + text);
      expect(pluralKeys.size).toBeGreaterThan(20);
      for (const [key, text] of pluralKeys) {
        const names = [...new Set([...text.matchAll(/\{\{-?\s*([A-Za-z_][\w.]*)/g)].map((m) => m[1]!))].filter((name) => name !== "count");
        for (const count of [0, 1, 2, 5, 21, 1.5, -1]) {
          const options = { count, ...Object.fromEntries(names.map((name, i) => [name, `Naam ${i}`])) };
          expect(call(key, options), `${key} ${JSON.stringify(options)}`).toBe(ask(key, options));
        }
        expect(call(key, { count: "3" }), key).toBe(ask(key, { count: "3" }));
      }
      for (const [key, text] of withVariables) {
        const names = [...new Set([...text.matchAll(/\{\{-?\s*([A-Za-z_][\w.]*)/g)].map((m) => m[1]!))];
        const values = [
          Object.fromEntries(names.map((name, i) => [name, `Waarde ${i} ë`])),
          Object.fromEntries(names.map((name, i) => [name, i + 2])),
          // Values that look like i18next syntax, a missing variable, an extra option.
          Object.fromEntries(names.map((name) => [name, "$t(common.appName) {{x}}"])),
          Object.fromEntries(names.slice(1).map((name) => [name, "b"])),
          { ...Object.fromEntries(names.map((name) => [name, "c"])), extra: "d" },
        ];
        for (const options of values) expect(call(key, options), `${key} ${JSON.stringify(options)}`).toBe(ask(key, options));
      }
    });
  }

  it("do not go through i18next's translator", () => {
    const instance = createI18n("en");
    const asked = countAsked(instance);
    const call = translationOf(instance).t as unknown as (key: string, options?: object) => string;
    for (let i = 0; i < 20; i++) expect(call("mail.digest.intro", { name: `Member ${i}`, date: "1 December" })).toContain(`Member ${i},`);
    expect(asked()).toBe(0);
    // A plural with {{count}} only: the form of the count, also without i18next.
    expect(call("mail.digest.andOthers", { count: 3 })).toBe(createI18n("en").t("mail.digest.andOthers", { count: 3 }));
    expect(asked()).toBe(0);
    // A formatted count ({{count, number}}) still goes to i18next.
    expect(call("errors.minChars", { count: 1200 })).toBe(createI18n("en").t("errors.minChars", { count: 1200 }));
    expect(asked()).toBe(1);
  });

  it("remember a key asked with undefined options, as tKey asks a data key (decision 282)", () => {
    const instance = createI18n("nl");
    const asked = countAsked(instance);
    const { t } = translationOf(instance);
    const call = t as unknown as (key: string, options?: object) => string;
    const reference = createI18n("nl");
    for (let i = 0; i < 10; i++) {
      expect(call("discussions.tab", undefined)).toBe(reference.t("discussions.tab"));
      expect(tKey(t, "communities.page.members")).toBe(reference.t("communities.page.members"));
    }
    // Once per key for the text, once for tKey's check whether the key exists.
    expect(asked()).toBeLessThanOrEqual(3);
    expect(tKey(t, "bestaat.niet")).toBe(reference.t("errors.invalidRequest"));
    expect(call("bestaat.niet", undefined)).toBe("bestaat.niet");
  });

  it("are personal: two members' names never mix", () => {
    const { t } = translationOf(createI18n("nl"));
    const call = t as unknown as (key: string, options?: object) => string;
    expect(call("mail.digest.intro", { name: "Anna", date: "1 december" })).toBe("Hallo Anna, dit is er nieuw sinds 1 december.");
    expect(call("mail.digest.intro", { name: "Bram", date: "1 december" })).toBe("Hallo Bram, dit is er nieuw sinds 1 december.");
  });
});
