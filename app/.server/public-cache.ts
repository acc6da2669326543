import { publicData } from "~server/cache/public-data.ts";

/**
 * A loader's data for a visitor (no signed-in member) from the short shared
 * cache of public data (decision 135); a member's always comes fresh and is
 * never stored. `key` must name everything the data depends on besides the
 * member (the page and its filters), never anything from a cookie.
 */
export function forVisitors<T>(user: { id: string } | null, key: string, load: () => Promise<T>): Promise<T> {
  return user ? load() : publicData(key, load);
}
