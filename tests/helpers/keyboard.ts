/**
 * Working a page by keyboard in end-to-end tests: Tab until a control has
 * focus (failing when the tab order never reaches it), and submit a form from
 * one of its fields with Tab and Enter or Space, as a keyboard user would.
 */
import type { Locator, Page } from "playwright-core";

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; throws after `max` presses. */
export async function tabTo(page: Page, target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const max = options.max ?? 40;
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
  }
  const active = await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.slice(0, 40) ?? ""}`);
  throw new Error(`Tab did not reach the control within ${max} presses (focus is on ${active})`);
}

/** Types into a field by keyboard (focus, select all, type). */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

/** From a field (or any control in the form), Tab to the button and press it with Enter or Space. */
export async function pressButton(page: Page, from: Locator, button: Locator, key: "Enter" | " " = "Enter"): Promise<void> {
  await from.focus();
  await tabTo(page, button);
  await page.keyboard.press(key === " " ? "Space" : key);
}
