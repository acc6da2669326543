import type { KeyboardEvent } from "react";

/**
 * For every <details> fold-out (the narrow screens' menu, "Verlaat community…", the edit forms of
 * a topic's title and of the werkagenda, the menukaart's scale): with JavaScript, Escape closes it and
 * puts focus back on its summary; what was typed in it stays. Without JavaScript it stays a plain
 * disclosure that opens and closes with Enter or Space. A control inside that used Escape itself
 * (the search suggestions) keeps it open.
 */
export function closeDetailsOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
  const details = event.currentTarget;
  if (event.key !== "Escape" || event.defaultPrevented || !details.open) return;
  details.open = false;
  details.querySelector("summary")?.focus();
}
