import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking"] });
const ctx = await b.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 900 } });
const p = await ctx.newPage();
const base = "http://localhost:3100";
await p.goto(base + "/inloggen");
await p.getByLabel("E-mailadres").fill("facilitator@praktijkplein.test");
await p.getByLabel("Wachtwoord").fill("Praktijkplein-demo");
await p.getByRole("button", { name: "Inloggen" }).click();
await p.waitForURL(base + "/");
const pages = process.argv.slice(2);
for (const path of pages) {
  await p.goto(base + path); await p.waitForTimeout(800);
  const name = path.replace(/[^a-z0-9]+/gi, "_") || "home";
  await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
  console.log(`/tmp/shot-${name}.png`);
}
await b.close();
