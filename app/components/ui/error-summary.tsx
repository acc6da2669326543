import { useEffect, useId } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { tKey } from "~/utils/i18n.ts";
import { useErrorFocus } from "./field.tsx";

/** What the summary reads from conform's form metadata: its id and every field's errors by name. */
export type SummaryForm = { id: string; allErrors: Record<string, string[]> };

/** The field errors in the order conform reports them; the form-wide errors (name "") are FormError's. */
export function summaryEntries(form: SummaryForm): { name: string; href: string; message: string }[] {
  return Object.entries(form.allErrors)
    .filter(([name, errors]) => name !== "" && errors.length > 0)
    .map(([name, errors]) => ({ name, href: `#${form.id}-${name}`, message: errors[0] ?? "" }));
}

/**
 * With JavaScript the link moves focus itself: a fragment change would be a router navigation, after
 * which the summary takes focus back. A group without an element of the field's id (boxes named
 * alike) is reached by name, its first control.
 */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, formId: string, name: string) {
  const byId = document.getElementById(event.currentTarget.hash.slice(1));
  const target = byId ?? document.getElementById(formId)?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/**
 * A form sent with two or more errors (a practice case sent empty has eight): what went wrong at the
 * top, each error a link to its field, as GOV.UK's and NL Design System's error summary do (decision 331).
 * It takes focus: without JavaScript it claims the page's one autofocus before the fields below it;
 * with JavaScript useErrorFocus moves focus when it appears or the page answers again, and a form sent
 * again with the same errors (nothing re-renders) brings focus back to it after conform's own move to
 * the first field. One error needs no summary: focus is on that field, its message beside it.
 */
export function ErrorSummary({ form, takesFocus = true }: { form: SummaryForm; takesFocus?: boolean }) {
  const { t } = useTranslation();
  const entries = summaryEntries(form);
  const shown = entries.length >= 2;
  const focus = useErrorFocus(shown && takesFocus);
  const titleId = useId();
  useEffect(() => {
    const element = document.getElementById(form.id);
    if (!(element instanceof HTMLFormElement) || !takesFocus) return;
    // Only while fields are still wrong: a form that passed goes on to the server, focus stays put.
    const again = () =>
      requestAnimationFrame(() => {
        if (element.querySelector('[aria-invalid="true"]')) focus.ref.current?.focus();
      });
    element.addEventListener("submit", again);
    return () => element.removeEventListener("submit", again);
  }, [form.id, takesFocus, focus.ref]);
  if (!shown) return null;
  return (
    <div
      ref={focus.ref}
      autoFocus={focus.autoFocus}
      tabIndex={focus.tabIndex}
      role="group"
      aria-labelledby={titleId}
      className="mb-4 rounded-md border-l-4 border-danger-700 bg-danger-50 p-4"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {t("errors.summary.title", { count: entries.length })}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {entries.map((entry) => (
          <li key={entry.href}>
            <a
              href={entry.href}
              onClick={(event) => focusField(event, form.id, entry.name)}
              className="font-semibold text-danger-700 underline"
            >
              {tKey(t, entry.message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
