/**
 * The search box in the site header. Without JavaScript it is a plain GET
 * form to /zoeken. With JavaScript it is an ARIA 1.2 combobox: suggestions
 * appear while typing (debounced, from /zoeken/suggesties), arrow keys move
 * through them (aria-activedescendant), Enter opens the chosen one, Escape
 * closes the list; a live region says how many there are.
 */
import { Form, useFetcher, useLocation, useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { MIN_SUGGEST_LENGTH, type SearchKind } from "~/shared/search.ts";
import { cn } from "~/utils/cn.ts";

type Suggestion = { kind: SearchKind; titleHtml: string; url: string; community: string | null };

const DEBOUNCE_MS = 180;

type SuggestionFetcher = { data: { suggestions: Suggestion[] } | undefined; load: (href: string) => void };

/**
 * On the server the suggestions' fetcher has no data and loads nothing: its hooks (a registration,
 * a submit function, the router's fetcher state, twice per page) made nothing the document shows
 * (decision 325). Its one `useId` stays, so the box's own ids are those the browser hydrates with.
 */
function useServerFetcher(): SuggestionFetcher {
  useId();
  return SERVER_FETCHER;
}
const SERVER_FETCHER: SuggestionFetcher = { data: undefined, load: () => undefined };
const onServer = typeof document === "undefined";
const useSuggestionFetcher: () => SuggestionFetcher = onServer ? useServerFetcher : useFetcher<{ suggestions: Suggestion[] }>;

export function SearchBox() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const fetcher = useSuggestionFetcher();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const onSearchPage = location.pathname === "/zoeken";
  const urlQuery = onSearchPage ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  const [value, setValue] = useState(urlQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const lastLoaded = useRef("");

  // Follow navigation: the box shows the query of the results page, and closes.
  useEffect(() => {
    setValue(urlQuery);
    setOpen(false);
    setActive(-1);
  }, [urlQuery, location.pathname]);

  useEffect(() => {
    const text = value.trim();
    if (!open || text.length < MIN_SUGGEST_LENGTH || text === lastLoaded.current) return;
    const timer = window.setTimeout(() => {
      lastLoaded.current = text;
      fetcher.load(`/zoeken/suggesties?${new URLSearchParams({ q: text }).toString()}`);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // fetcher.load is stable enough; depending on the fetcher object would refetch on every state change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, open]);

  const suggestions = value.trim().length >= MIN_SUGGEST_LENGTH ? (fetcher.data?.suggestions ?? []) : [];
  const expanded = open && suggestions.length > 0;
  const activeIndex = active < suggestions.length ? active : -1;

  function choose(index: number) {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    setOpen(false);
    setActive(-1);
    navigate(suggestion.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        setActive(suggestions.length ? (activeIndex + 1) % suggestions.length : -1);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) setOpen(true);
        setActive(suggestions.length ? (activeIndex <= 0 ? suggestions.length - 1 : activeIndex - 1) : -1);
        break;
      case "Enter":
        // With an option chosen, open it; otherwise the form submits to the results page.
        if (expanded && activeIndex >= 0) {
          event.preventDefault();
          choose(activeIndex);
        }
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          event.preventDefault();
          setValue("");
        }
        break;
      case "Tab":
        setOpen(false);
        break;
    }
  }

  return (
    <Form
      method="get"
      action="/zoeken"
      role="search"
      aria-label={t("search.box.label")}
      className="relative flex min-w-48 max-w-md flex-1 items-center"
    >
      <label htmlFor={inputId} className="sr-only">
        {t("search.box.label")}
      </label>
      <input
        id={inputId}
        name="q"
        // ARIA in HTML allows role=combobox on a text input, not on type=search.
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("search.box.placeholder")}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="min-h-11 w-full min-w-0 rounded-l-md border border-ink-600 bg-white px-3 py-2 text-base text-ink-900"
      />
      <button
        type="submit"
        className="min-h-11 rounded-r-md border border-l-0 border-brand-700 bg-brand-700 px-3 font-semibold text-white hover:bg-brand-800"
      >
        {t("search.box.submit")}
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("search.box.suggestions")}
        hidden={!expanded}
        className="absolute left-0 top-full z-40 mt-1 max-h-96 w-[min(28rem,90vw)] overflow-auto rounded-md border border-line bg-white py-1 shadow-lg"
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.url}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            // Keep focus in the input, so the list does not close before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
            onMouseMove={() => setActive(index)}
            className={cn(
              "cursor-pointer px-3 py-2",
              index === activeIndex ? "bg-brand-50 outline outline-2 -outline-offset-2 outline-brand-700" : "",
            )}
          >
            <span className="block font-semibold text-ink-900" dangerouslySetInnerHTML={{ __html: suggestion.titleHtml }} />
            <span className="block text-sm text-ink-600">
              {t(`search.kinds.${suggestion.kind}`)}
              {suggestion.community ? ` · ${suggestion.community}` : ""}
            </span>
          </li>
        ))}
      </ul>
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {expanded ? t("search.box.count", { count: suggestions.length }) : ""}
      </div>
    </Form>
  );
}
