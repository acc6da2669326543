/**
 * Focus after client-side navigation (issue 14.19, 14.20), as a full page
 * load would place it and a screen reader would expect:
 *
 * - a new page (another path): focus moves to the page's main heading, so it
 *   is announced, unless the new page put focus somewhere itself (autofocus);
 *   an address with a fragment (`#bericht-3`, `#topic-title` after a new
 *   topic, `#indicator-…` after a measurement) focuses that element instead, as
 *   a page load without JavaScript does when it can take focus (walk 18);
 * - the same page again (a form posted back to it, filters, pagination):
 *   focus stays where it was; when that element went away (a filter option
 *   that no longer applies) or was disabled while busy, it goes back to that
 *   element or to the nearest control that is still there, never to <body>.
 *   A container may name where focus goes instead when nothing is left in it
 *   (`data-focus-instead`, a CSS selector): "Word lid" is gone after joining,
 *   and the next control up was the theme link at the top of the page.
 *
 * Without JavaScript every navigation is a page load and none of this runs.
 */
import { useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

function focusable(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && element.matches(FOCUSABLE) && element.getClientRects().length > 0;
}

function lost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

/** The page's main heading (or the main landmark), focusable by script only. */
export function focusMainHeading(): void {
  const main = document.querySelector("main");
  const target = main?.querySelector<HTMLElement>("h1") ?? main;
  if (!target) return;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
}

/**
 * The element the address's fragment names, when script may focus it (a control, or `tabindex`):
 * a page load focuses it too. Elsewhere the fragment only scrolls, and the heading is announced.
 */
function fragmentTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const target = document.getElementById(id);
  if (!(target instanceof HTMLElement) || !target.closest("main")) return null;
  return target.hasAttribute("tabindex") || focusable(target) ? target : null;
}

/**
 * The remembered element if it is usable again, else the first control in its nearest ancestor
 * still on the page, else what that ancestor names with `data-focus-instead` (walk 17).
 */
function nearestFocusable(remembered: { element: HTMLElement; ancestors: HTMLElement[] }): HTMLElement | null {
  if (focusable(remembered.element)) return remembered.element;
  for (const ancestor of remembered.ancestors) {
    if (!ancestor.isConnected) continue;
    if (ancestor.tagName === "MAIN" || ancestor.tagName === "BODY") return null;
    const candidate = [...ancestor.querySelectorAll(FOCUSABLE)].find(focusable);
    if (candidate) return candidate;
    const instead = ancestor.dataset.focusInstead;
    const named = instead ? [...document.querySelectorAll(instead)].find(focusable) : undefined;
    if (named) return named;
  }
  return null;
}

export function useNavigationFocus(): void {
  const location = useLocation();
  const navigation = useNavigation();
  const lastFocused = useRef<{ element: HTMLElement; ancestors: HTMLElement[] } | null>(null);
  const focusedAtStart = useRef<Element | null>(null);
  const previous = useRef({ pathname: location.pathname, key: location.key });

  useEffect(() => {
    const remember = (event: FocusEvent) => {
      const element = event.target;
      if (!(element instanceof HTMLElement) || element === document.body) return;
      const ancestors: HTMLElement[] = [];
      for (let node = element.parentElement; node; node = node.parentElement) ancestors.push(node);
      lastFocused.current = { element, ancestors };
    };
    document.addEventListener("focusin", remember);
    return () => document.removeEventListener("focusin", remember);
  }, []);

  useEffect(() => {
    if (navigation.state !== "idle" && focusedAtStart.current === null) focusedAtStart.current = document.activeElement;
  }, [navigation.state]);

  useEffect(() => {
    if (navigation.state !== "idle") return;
    const before = previous.current;
    if (before.key === location.key) return;
    previous.current = { pathname: location.pathname, key: location.key };
    const startedFrom = focusedAtStart.current;
    focusedAtStart.current = null;
    if (before.pathname !== location.pathname) {
      // A new page: announce it by its heading, unless it focused something of its own or its
      // address names a place on it (a new topic's title, a reported message).
      if (!lost() && document.activeElement !== startedFrom) return;
      const target = fragmentTarget(location.hash);
      if (target) target.focus({ preventScroll: true });
      else focusMainHeading();
      return;
    }
    if (!lost() || !lastFocused.current) return;
    const target = nearestFocusable(lastFocused.current);
    if (target) target.focus({ preventScroll: true });
    else focusMainHeading();
  }, [location.key, location.pathname, location.hash, navigation.state]);
}
