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

/**
 * Puts the caret at the end of a line of a rich-text editor as a person would (click the line, End) and
 * makes sure it got there before anything is typed. Right after a shared document opens, End could be
 * lost: the click's caret stayed, and the typed lines split "Dit sprek|en we af." (markdown-shortcuts
 * e2e, once in seven quiet runs; both members' editors and the stored document agreed, nothing was lost
 * between them). Waits for the editor to be editable, then clicks and presses End again until the caret
 * is at the end of its block, at most five times.
 */
export async function caretToEndOf(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.and(page.locator('[contenteditable="true"]')).waitFor({ timeout: 15_000 });
  for (let attempt = 0; attempt < 5; attempt++) {
    await editor.getByText(text).first().click();
    await page.keyboard.press("End");
    const atEnd = await page
      .waitForFunction(
        () => {
          const selection = window.getSelection();
          const node = selection?.focusNode;
          if (!selection?.isCollapsed || !node) return false;
          const block = (node instanceof Element ? node : node.parentElement)?.closest("p, li, h1, h2, h3, h4, blockquote, pre, td, th");
          if (!block) return false;
          const rest = document.createRange();
          rest.setStart(node, selection.focusOffset);
          rest.setEnd(block, block.childNodes.length);
          return rest.toString() === "";
        },
        undefined,
        { timeout: 1_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (atEnd) return;
  }
  throw new Error(`caretToEndOf: the caret did not reach the end of "${text}"`);
}
