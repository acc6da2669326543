/**
 * A file's size as people read it in their language: "7,6 kB", "15 MB" in Dutch ("15.0 MB" was
 * the library's, walk 10), "7.6 kB" in English. A file that is not empty is never "0 kB" (a short
 * text or PDF of a few dozen bytes, walk 18): it shows as "0,1 kB" at least.
 */
export function formatFileSize(bytes: number, locale: string): string {
  const kb = bytes > 0 ? Math.max(bytes / 1024, 0.1) : 0;
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return kb < 1024 ? `${format.format(kb)} kB` : `${format.format(kb / 1024)} MB`;
}
