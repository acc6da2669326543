import { Fragment, type ReactNode } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { cn } from "~/utils/cn.ts";
import { tKey } from "~/utils/i18n.ts";
import { useErrorFocus } from "./field.tsx";

export function Card({
  children,
  className,
  as: As = "div",
}: {
  children: ReactNode;
  className?: string;
  as?: "div" | "section" | "article" | "li";
}) {
  return <As className={cn("rounded-lg border border-line bg-white p-5 shadow-sm", className)}>{children}</As>;
}

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "brand" | "accent" | "ok" | "warn" }) {
  const tones = {
    neutral: "bg-slate-100 text-ink-700 border-line",
    brand: "bg-brand-50 text-brand-800 border-brand-200",
    accent: "bg-accent-50 text-accent-700 border-accent-600/30",
    ok: "bg-ok-50 text-ok-700 border-ok-700/30",
    warn: "bg-warn-50 text-warn-800 border-warn-800/30",
  } as const;
  return (
    // A badge may hold a name (a community's): one long word breaks inside it instead of pushing the page sideways.
    <span
      className={cn(
        "inline-flex max-w-full items-center rounded-full border px-2.5 py-0.5 text-sm font-medium [overflow-wrap:anywhere]",
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}

export function Notice({
  children,
  tone = "info",
  title,
  focus,
}: {
  children?: ReactNode;
  tone?: "info" | "success" | "error" | "warn";
  title?: ReactNode;
  /** For an error that should take focus (FormError). */
  focus?: ReturnType<typeof useErrorFocus>;
}) {
  const tones = {
    info: "border-brand-600 bg-brand-50",
    success: "border-ok-700 bg-ok-50",
    error: "border-danger-700 bg-danger-50",
    warn: "border-warn-800 bg-warn-50",
  } as const;
  return (
    <div
      ref={focus?.ref}
      autoFocus={focus?.autoFocus}
      tabIndex={focus?.tabIndex}
      className={cn("mb-4 rounded-md border-l-4 p-4", tones[tone])}
      role={tone === "error" ? "alert" : undefined}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  );
}

/** The error a form action returned that belongs to no single field; it takes focus (decision 231). */
export function FormError({ error }: { error?: string | null }) {
  const { t } = useTranslation();
  const focus = useErrorFocus(Boolean(error));
  if (!error) return null;
  return (
    <Notice tone="error" focus={focus}>
      <p>{tKey(t, error)}</p>
    </Notice>
  );
}

export function PageHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      {intro ? <p className="mt-2 max-w-3xl text-lg text-ink-700">{intro}</p> : null}
      {children}
    </header>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-line bg-white p-6 text-ink-600">{children}</p>;
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}

/**
 * The accessible name of a control whose visible word needs its context for screen readers ("Melden",
 * about "Bericht 2"): one `aria-label` that starts with the visible word (WCAG 2.5.3). Not visible word plus
 * a visually hidden span: Chromium joins an absolutely positioned span with a space ("Melden : Bericht 2",
 * decision 242).
 */
export function withContext(visible: string, context: string, separator: ":" | "," = ":"): string {
  return `${visible}${separator} ${context}`;
}

/**
 * A wide table that scrolls sideways on a phone instead of the page. The region takes focus and
 * has a name, so someone without a mouse can scroll it with the arrow keys and a screen reader
 * says what it holds (WCAG 2.1.1; axe's scrollable-region-focusable, found at 375 px in walk 14).
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("overflow-x-auto", className)}>
      {children}
    </div>
  );
}

/** Parts of a line with a separator between them (" · "), each part text or an element (a marked name). */
export function Joined({ parts, separator = " · " }: { parts: ReactNode[]; separator?: string }) {
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index ? separator : null}
      {part}
    </Fragment>
  ));
}
