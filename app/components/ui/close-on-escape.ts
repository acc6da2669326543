import type { KeyboardEvent } from "react";

/**
 * For a <details> that works like a small dialog (the narrow screens' menu, "Verlaat community…"):
 * with JavaScript, Escape closes it and puts focus back on its summary. Without JavaScript it stays a
 * plain disclosure that opens and closes with Enter or Space. A control inside that used Escape itself
 * (the search suggestions) keeps it open.
 */
export function closeDetailsOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
  const details = event.currentTarget;
  if (event.key !== "Escape" || event.defaultPrevented || !details.open) return;
  details.open = false;
  details.querySelector("summary")?.focus();
}
