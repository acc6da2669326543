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

/**
 * A loader's data kept per access scope (decision 304) for data that depends
 * on the reader only through being signed in or not: visitors share one copy
 * (as `forVisitors`), every signed-in member shares another, whatever their
 * role, communities or id. Only for reads whose SQL uses nothing of the actor
 * but `actor !== null` (the library catalogue, the menukaart, the featured
 * items); anything that reads a membership, a role, an author or a read
 * marker must not come through here. Both copies live in the public data
 * cache and are dropped with it by every event that is not
 * INVISIBLE_TO_VISITORS (server/cache/processor.ts), in every web process.
 */
export function perSignedInScope<T>(user: { id: string } | null, key: string, load: () => Promise<T>): Promise<T> {
  return publicData(user ? `signed-in:${key}` : key, load);
}
