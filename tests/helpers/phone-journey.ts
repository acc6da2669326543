/**
 * The set-up the journey files share (a facilitator's and a moderator's forms):
 * the app and Chromium for the file, pages signed in with the session fixture at
 * phone width (375 px), the console errors they log, and waiting for a flash.
 */
import type { Page } from "playwright-core";
import { useBrowserApp } from "./browser-app.ts";

export const PHONE = { viewport: { width: 375, height: 812 } };

export function usePhoneJourney() {
  const consoleErrors: string[] = [];
  const app = useBrowserApp();
  /** A fresh signed-in context at phone width whose console errors land in `consoleErrors`. */
  async function pageAs(userId: string): Promise<Page> {
    const { page } = await app.signedInContext(userId, { ...PHONE, consoleErrors });
    return page;
  }
  return { app, consoleErrors, pageAs };
}

/** Waits for the flash message (role status) with this text. */
export const flash = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text }).first().waitFor();
