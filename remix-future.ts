/**
 * Remix's future flags, in one place: the Vite plugin builds the app with them, and the floor
 * measurement of `npm run bench:pages` (bench/floor-server.tsx) runs its bare Remix app with the same.
 */
export const remixFuture = {
  v3_fetcherPersist: true,
  v3_relativeSplatPath: true,
  v3_throwAbortReason: true,
  v3_singleFetch: true,
  // Off: with it every render matched all routes once per path segment to inline a partial
  // manifest, and browsers asked /__manifest while navigating; the whole manifest is one
  // cached file of about 4 kB compressed (decision 183).
  v3_lazyRouteDiscovery: false,
  v3_routeConfig: true,
} as const;
