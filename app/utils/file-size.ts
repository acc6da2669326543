/**
 * A file's size as people read it in their language: "7,6 kB", "15 MB" in Dutch ("15.0 MB" was
 * the library's, walk 10), "7.6 kB" in English.
 */
export function formatFileSize(bytes: number, locale: string): string {
  const kb = bytes / 1024;
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return kb < 1024 ? `${format.format(kb)} kB` : `${format.format(kb / 1024)} MB`;
}
