/**
 * The accessible frame of every mail: a real document with a language, a
 * title, one h1, readable type and colours with at least 7:1 contrast. No
 * layout tables: mail clients that matter render these blocks fine, and
 * screen readers do not announce a table that is not one.
 */
import { config } from "../config.ts";
import { html, raw, type SafeHtml, toString } from "./html.ts";

export const MAIL_COLORS = {
  text: "#1f2933",
  muted: "#3e4c59",
  link: "#0b5563",
  line: "#cbd2d9",
  page: "#f5f7fa",
  accent: "#0b5563",
} as const;

export function mailDocument(input: { language: string; title: string; preheader?: string; body: SafeHtml; footer: SafeHtml }): string {
  const c = MAIL_COLORS;
  return (
    "<!DOCTYPE html>\n" +
    toString(html`<html lang="${input.language}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${input.title}</title>
</head>
<body style="margin:0;padding:0;background:${c.page};color:${c.text};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
${input.preheader ? html`<div style="display:none;max-height:0;overflow:hidden">${input.preheader}</div>` : ""}
<div role="article" aria-roledescription="email" aria-label="${input.title}" lang="${input.language}" style="max-width:640px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 16px;font-size:18px;font-weight:bold;color:${c.accent}">Praktijkplein</p>
<main style="background:#ffffff;border:1px solid ${c.line};border-radius:8px;padding:24px">
${input.body}
</main>
<footer style="padding:16px 4px;font-size:14px;color:${c.muted}">
${input.footer}
</footer>
</div>
</body>
</html>`)
  );
}

/** A link styled for mails: underlined, high contrast. */
export function mailLink(href: string, label: string): SafeHtml {
  return html`<a href="${href}" style="color:${MAIL_COLORS.link};text-decoration:underline">${label}</a>`;
}

/** A call-to-action link that looks like a button but is a link. */
export function mailButton(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:${MAIL_COLORS.accent};color:#ffffff;font-weight:bold;text-decoration:none;padding:12px 20px;border-radius:6px">${label}</a></p>`;
}

export function h1(text: string): SafeHtml {
  return html`<h1 style="margin:0 0 12px;font-size:24px;line-height:1.3;color:${MAIL_COLORS.text}">${text}</h1>`;
}

export function h2(text: string, id?: string): SafeHtml {
  return html`<h2${id ? raw(` id="${id}"`) : ""} style="margin:28px 0 8px;font-size:20px;line-height:1.3;color:${MAIL_COLORS.text}">${text}</h2>`;
}

export function paragraph(content: SafeHtml | string, muted = false): SafeHtml {
  return html`<p style="margin:0 0 12px;color:${muted ? MAIL_COLORS.muted : MAIL_COLORS.text}">${content}</p>`;
}

/** An absolute link into this site. */
export function absoluteUrl(path: string): string {
  return `${config().APP_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
