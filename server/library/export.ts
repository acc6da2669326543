/**
 * The menukaart as CSV (for Excel) and as PDF (pdfkit, generated here on the
 * server). Labels come from the caller in the reader's language, so this
 * module stays free of the UI's i18n. See docs/decisions/044-menukaart-exports.md.
 */
import PDFDocument from "pdfkit";
import type { CatalogueCard } from "./catalogue.ts";

export type ExportLabels = {
  title: string;
  generatedOn: string;
  filters: string;
  noFilters: string;
  count: string;
  columns: {
    title: string;
    summary: string;
    themes: string;
    phases: string;
    targetGroups: string;
    sectors: string;
    sizes: string;
    evidence: string;
    sources: string;
    reviewDate: string;
    cost: string;
    effort: string;
    howToStart: string;
    contact: string;
    link: string;
  };
  /** Translates an enum value of a facet ("phase", "WERVING_SELECTIE"). */
  value: (facet: "phase" | "targetGroup" | "sector" | "size" | "evidence" | "cost", value: string) => string;
  themeName: (theme: { nameNl: string; nameEn: string }) => string;
  date: (date: Date) => string;
  /** The absolute URL of an item. */
  itemUrl: (slug: string) => string;
};

type Row = Record<keyof ExportLabels["columns"], string>;

function rowFor(item: CatalogueCard, labels: ExportLabels): Row {
  const list = (facet: Parameters<ExportLabels["value"]>[0], values: readonly string[]) =>
    values.map((v) => labels.value(facet, v)).join(", ");
  return {
    title: item.title,
    summary: item.summary,
    themes: item.themes.map((t) => labels.themeName(t.theme)).join(", "),
    phases: list("phase", item.phases),
    targetGroups: list("targetGroup", item.targetGroups),
    sectors: list("sector", item.sectors),
    sizes: list("size", item.organisationSizes),
    evidence: item.evidenceLevel ? labels.value("evidence", item.evidenceLevel) : "",
    sources: item.sourceReferences.join(" | "),
    reviewDate: item.reviewDate ? labels.date(item.reviewDate) : "",
    cost: item.costLevel ? labels.value("cost", item.costLevel) : "",
    effort: item.effort ?? "",
    howToStart: item.howToStart ?? "",
    contact: item.contact ?? "",
    link: labels.itemUrl(item.slug),
  };
}

/**
 * A cell a spreadsheet will not run as a formula: a leading =, +, -, @, tab,
 * carriage return or line feed, or one of the four after leading white space
 * (some spreadsheets skip it), gets a quote in front (OWASP "CSV injection").
 */
export function csvCell(value: string): string {
  const safe = /^(?:[=+\-@\t\r\n]|\s+[=+\-@])/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * UTF-8 with a byte order mark (so Excel reads ë and é correctly), ";" as
 * separator (what Excel expects in Dutch settings) and CRLF line ends.
 */
export function menukaartCsv(items: CatalogueCard[], labels: ExportLabels): string {
  const keys = Object.keys(labels.columns) as (keyof Row)[];
  const lines = [keys.map((key) => csvCell(labels.columns[key])).join(";")];
  for (const item of items) {
    const row = rowFor(item, labels);
    lines.push(keys.map((key) => csvCell(row[key])).join(";"));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

// The PDF's standard fonts cover Windows-1252. Other characters fall back to
// their base letter (ı → i), or "?" when there is none, rather than garbage.
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
export function pdfSafe(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(char)) {
      out += char;
      continue;
    }
    if (char === "\u0131") {
      out += "i";
      continue;
    }
    const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += /^[\x20-\x7e]+$/.test(base) ? base : "?";
  }
  return out;
}

export function menukaartPdf(
  items: CatalogueCard[],
  labels: ExportLabels,
  filterSummary: string[],
  generatedAt = new Date(),
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    bufferPages: true,
    lang: "nl-NL",
    displayTitle: true,
    info: { Title: pdfSafe(labels.title), Creator: "Praktijkplein", Producer: "Praktijkplein" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const ink = "#17202a";
  const muted = "#475569";
  const brand = "#0b5563";
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font("Helvetica-Bold").fontSize(20).fillColor(brand).text(pdfSafe(labels.title));
  doc.moveDown(0.3);
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor(muted)
    .text(pdfSafe(`${labels.generatedOn} ${labels.date(generatedAt)} · ${labels.count}`));
  doc.text(pdfSafe(`${labels.filters}: ${filterSummary.length ? filterSummary.join("; ") : labels.noFilters}`));
  doc.moveDown(1);

  for (const item of items) {
    const row = rowFor(item, labels);
    if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
    doc.font("Helvetica-Bold").fontSize(13).fillColor(ink).text(pdfSafe(row.title), { width });
    doc.moveDown(0.2);
    doc.font("Helvetica").fontSize(10).fillColor(ink).text(pdfSafe(row.summary), { width });
    doc.moveDown(0.3);
    const facts: [string, string][] = [
      [labels.columns.evidence, row.evidence],
      [labels.columns.themes, row.themes],
      [labels.columns.phases, row.phases],
      [labels.columns.targetGroups, row.targetGroups],
      [labels.columns.sectors, row.sectors],
      [labels.columns.sizes, row.sizes],
      [labels.columns.cost, [row.cost, row.effort].filter(Boolean).join(" · ")],
      [labels.columns.howToStart, row.howToStart],
      [labels.columns.contact, row.contact],
      [labels.columns.sources, row.sources],
      [labels.columns.reviewDate, row.reviewDate],
    ];
    for (const [label, value] of facts) {
      if (!value) continue;
      doc
        .font("Helvetica-Bold")
        .fontSize(9)
        .fillColor(muted)
        .text(pdfSafe(`${label}: `), { continued: true, width });
      doc.font("Helvetica").fillColor(ink).text(pdfSafe(value), { width });
    }
    doc.font("Helvetica").fontSize(9).fillColor(brand).text(pdfSafe(row.link), { link: row.link, underline: true, width });
    doc.moveDown(0.4);
    doc
      .strokeColor("#cbd5e1")
      .lineWidth(0.5)
      .moveTo(doc.page.margins.left, doc.y)
      .lineTo(doc.page.margins.left + width, doc.y)
      .stroke();
    doc.moveDown(0.8);
  }

  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(muted)
      .text(`${index + 1} / ${range.count}`, doc.page.margins.left, doc.page.height - 36, { width, align: "right" });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
