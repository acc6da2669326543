/**
 * Micro-benchmark of the content-language detector (decision 230): what marking member content
 * with its language costs per rendered element and per page, the first time a text is seen and
 * when it is remembered. `node --import tsx bench/content-language.ts` — a few seconds of one
 * core; nothing asserted. Take `uptime` first: only a quiet machine gives absolute numbers.
 */
import { performance } from "node:perf_hooks";
import { detectContentLanguage, textOfHtml } from "../app/utils/content-language.ts";

const dutchTitle = "Hoe begeleid je statushouders naar een stage bij een werkgever?";
const dutchSummary =
  "Een leerwerktraject waarin taal en vak tegelijk geleerd worden, met een vaste begeleider op de werkvloer en een taalcoach van het ROC.";
const englishTitle = "How do you help newcomers find an internship with an employer?";
const englishSummary = "A work-based learning route in which language and trade are learned together, with a fixed mentor at work.";
const messageText = "Wij hebben goede ervaringen met een vaste vragenlijst voor elk sollicitatiegesprek, en de kandidaten ook. ".repeat(12);
const hitHtml = `<mark>Stage</mark> bij een werkgever: ${"hoe je <mark>stage</mark> en begeleiding regelt in de regio, ".repeat(3)}`;

let serial = 0;
/** One page's data as the browser or server gets it: fresh strings from JSON; `fresh` makes every text new. */
function page(fresh: boolean) {
  const tag = fresh ? ` ${++serial}` : "";
  const items: [string, string][] = [];
  for (let i = 0; i < 50; i++) {
    const english = i % 5 === 0;
    items.push([`${english ? englishTitle : dutchTitle} ${i}${tag}`, `${english ? englishSummary : dutchSummary} (${i})${tag}`]);
  }
  const messages = Array.from({ length: 30 }, (_, i) => `${messageText} ${i}${tag}`);
  const hits = Array.from({ length: 20 }, (_, i) => `${hitHtml} ${i}${tag}`);
  return JSON.parse(JSON.stringify({ items, messages, hits })) as { items: [string, string][]; messages: string[]; hits: string[] };
}

let sink = 0;
const count = (language: string | undefined) => (sink += language === "nl" ? 1 : language === "en" ? 2 : 3);

/** A list page: title and summary both marked (two elements per item); a topic page's bodies; a search page's hits (title, snippet). */
const list = (data: ReturnType<typeof page>) => {
  for (const [title, summary] of data.items) for (let k = 0; k < 2; k++) count(detectContentLanguage(title, summary));
};
const topic = (data: ReturnType<typeof page>) => {
  for (const text of data.messages) count(detectContentLanguage(text));
};
const search = (data: ReturnType<typeof page>) => {
  for (const html of data.hits) {
    const sample = [textOfHtml(html), textOfHtml(html)];
    for (let k = 0; k < 2; k++) count(detectContentLanguage(...sample));
  }
};

function measure(label: string, run: (data: ReturnType<typeof page>) => void, fresh: boolean, rounds = 300) {
  const pages = Array.from({ length: rounds }, () => page(fresh));
  for (let i = 0; i < 20; i++) run(page(fresh));
  const start = performance.now();
  for (const data of pages) run(data);
  const us = ((performance.now() - start) / rounds) * 1000;
  console.log(`${label.padEnd(62)} ${us.toFixed(0).padStart(6)} µs per page`);
}

measure("list, 50 items × 2 elements, every text new", list, true);
measure("list, 50 items × 2 elements, texts seen before", list, false);
measure("topic, 30 message bodies (~1.2 kB each), every text new", topic, true);
measure("topic, 30 message bodies, texts seen before", topic, false);
measure("search, 20 hits × 2 elements (HTML), every text new", search, true);
measure("search, 20 hits × 2 elements (HTML), texts seen before", search, false);
console.log(`\n(member page CPU is 6–22 ms, docs/benchmarks.md; ${sink > 0 ? "done" : ""})`);
