/**
 * Standalone files of content, shared by every kind that can be downloaded
 * (a shared document, a practice case; decision 242): one accessible HTML
 * shell (lang, title, one main landmark, headings in order, a footer saying
 * where it came from) and one way to name the file.
 */
import { escapeHtml } from "./html.ts";

export type ExportFormat = "html" | "md";
export type ExportFile = { filename: string; contentType: string; body: string };

/** A file name from a title: letters and digits joined by '-', at most 60 characters. */
export function exportFileBase(title: string, fallback: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase()
      .slice(0, 60) || fallback
  );
}

export function markdownFile(base: string, body: string): ExportFile {
  return { filename: `${base}.md`, contentType: "text/markdown; charset=utf-8", body };
}

/** `bodyHtml` is trusted markup (rendered from sanitised rich text or escaped here); `footer` is plain text. */
export function htmlFile(base: string, input: { language: "nl" | "en"; title: string; bodyHtml: string; footer: string }): ExportFile {
  const body = `<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.6;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
a{color:#0b4f8a}table{border-collapse:collapse}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}
blockquote{border-left:4px solid #9bb;margin-left:0;padding-left:1rem}pre{background:#f3f5f7;padding:.75rem;overflow:auto}
footer{margin-top:3rem;border-top:1px solid #ccc;font-size:.9rem;color:#444}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(input.title)}</h1>
${input.bodyHtml}
</main>
<footer><p>${escapeHtml(input.footer)}</p></footer>
</body>
</html>
`;
  return { filename: `${base}.html`, contentType: "text/html; charset=utf-8", body };
}

/** Plain text with line breaks (a case's fields) as HTML paragraphs. */
export function plainTextHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>\n")}</p>`)
    .join("\n");
}
