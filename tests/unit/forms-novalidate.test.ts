/**
 * Decision 242: no form leaves a mistake to the browser's own validation
 * bubble (its language, its words, gone after a second). Every form that
 * carries constraint attributes (`required`, `minLength`, `pattern`, an
 * e-mail or number type) says `noValidate`, directly or through
 * formProps(); the server (or conform, after hydration) names the mistake at
 * the field. A scan of the source, so a new form is checked the day it is
 * written; the routes' own behaviour without JavaScript is walked in
 * tests/e2e/moderation.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const CONSTRAINT = /\s(required|minLength=|pattern=|min=|max=|type="(email|url|number)")[\s/>]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [path] : [];
  });
}

/** The end of a JSX opening tag that starts at `from` (braces may hold arrows with '>'). */
function openingTagEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === "{") depth++;
    else if (char === "}") depth--;
    else if (char === ">" && depth === 0) return i;
  }
  return text.length;
}

/** Forms (opening tag and body) whose constraints the browser would check itself. */
function formsLeftToTheBrowser(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/<(Form|form|fetcher\.Form)\b/g)) {
    const start = match.index;
    const end = openingTagEnd(text, start);
    const tag = text.slice(start, end + 1);
    if (/\bnoValidate\b|\{\.\.\.formProps\(/.test(tag) || tag.endsWith("/>")) continue;
    const close = text.indexOf(`</${match[1]}>`, end);
    const body = text.slice(end, close === -1 ? text.length : close);
    if (CONSTRAINT.test(body)) found.push(tag.split("\n")[0]!);
  }
  return found;
}

describe("forms show our field errors, not the browser's bubble (decision 242)", () => {
  it("the scan finds a form with a required field and no noValidate", () => {
    expect(formsLeftToTheBrowser(`<Form method="post">\n<input name="a" required />\n</Form>`)).toHaveLength(1);
    expect(formsLeftToTheBrowser(`<Form method="post" noValidate>\n<input name="a" required />\n</Form>`)).toEqual([]);
    expect(formsLeftToTheBrowser(`<Form method="post" {...formProps(form)} onSubmit={() => a > b}>\n<input required />\n</Form>`)).toEqual(
      [],
    );
    expect(formsLeftToTheBrowser(`<Form method="post">\n<p>{t("auth.verify.required")}</p>\n</Form>`)).toEqual([]);
  });

  it("no form in app/ leaves its constraints to the browser", () => {
    const offenders = sources(join(ROOT, "app")).flatMap((file) =>
      formsLeftToTheBrowser(readFileSync(file, "utf8")).map((tag) => `${relative(ROOT, file)}: ${tag}`),
    );
    expect(offenders).toEqual([]);
  });

  it("conform's getFormProps is used only through formProps()", () => {
    const direct = sources(join(ROOT, "app"))
      .filter((file) => !file.endsWith("form-props.ts"))
      .filter((file) => /getFormProps\(/.test(readFileSync(file, "utf8")))
      .map((file) => relative(ROOT, file));
    expect(direct).toEqual([]);
  });

  it("every conform form validates on submit and revalidates on input, never on blur (decision 288)", () => {
    const offenders = sources(join(ROOT, "app")).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const calls = [...text.matchAll(/useForm\(\{([\s\S]*?)\n\s*\}\);/g)].map((match) => match[1]!);
      if (calls.length !== text.split("useForm(").length - 1) return [`${relative(ROOT, file)}: a useForm call the scan cannot read`];
      return calls
        .filter((options) => !options.includes("...validateOnSubmit") || /shouldValidate|shouldRevalidate/.test(options))
        .map((options) => `${relative(ROOT, file)}: ${/id: ([^,]+)/.exec(options)?.[1] ?? "useForm"}`);
    });
    expect(offenders).toEqual([]);
  });
});
