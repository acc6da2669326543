import { chromium } from "/work/main/node_modules/playwright-core/index.mjs";
const B = "http://127.0.0.1:5200";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
async function session(email, js, width) {
  const context = await browser.newContext({ locale: "nl-NL", javaScriptEnabled: js, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${B}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("Praktijkplein-demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  return { context, page };
}
// 1. data export: four times (the worker makes each)
for (const js of [true, false]) {
  const who = js ? "kofi@praktijkplein.test" : "meiling@praktijkplein.test";
  const { context, page } = await session(who, js, js ? 1280 : 375);
  for (let round = 1; round <= 4; round++) {
    await page.goto(`${B}/profiel/gegevens`);
    for (let wait = 0; wait < 60; wait++) {
      if (await page.getByRole("button", { name: /Gegevens klaarzetten|klaarzetten/i }).count()) break;
      await page.waitForTimeout(500);
      await page.goto(`${B}/profiel/gegevens`);
    }
    await page.getByRole("button", { name: /klaarzetten/i }).first().click();
    await page.waitForLoadState("networkidle");
    const alert = await page.locator('[role="alert"], .notice, [data-tone="error"]').allInnerTexts();
    console.log(`js=${js} round ${round}:`, (await page.locator("main").innerText()).split("\n").filter((l) => /vaak|klaar|bezig|Probeer/.test(l)).slice(0, 3).join(" / "));
    if (round === 4) await page.screenshot({ path: `/tmp/h2-export-${js ? "js" : "nojs"}.png`, fullPage: false });
  }
  await context.close();
}
// 2. e-mail change to a taken address, as an unverified-looking flow: lotte (verified) -> admin's address
for (const js of [true, false]) {
  const who = js ? "lotte@praktijkplein.test" : "nadia@praktijkplein.test";
  const { context, page } = await session(who, js, js ? 375 : 1280);
  await page.goto(`${B}/profiel/e-mailadres`);
  await page.getByLabel("Nieuw e-mailadres").fill("admin@praktijkplein.test");
  await page.getByLabel("Wachtwoord", { exact: false }).fill("Praktijkplein-demo");
  await page.getByRole("button", { name: /wijzig|stuur|opslaan|bevestig/i }).first().click();
  await page.waitForLoadState("networkidle");
  console.log(`email js=${js}: ${page.url()} :: ${(await page.locator("main").innerText()).replace(/\n+/g, " / ").slice(0, 300)}`);
  await page.screenshot({ path: `/tmp/h2-email-${js ? "js" : "nojs"}.png` });
  await context.close();
}
await browser.close();
