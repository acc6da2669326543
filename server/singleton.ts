/**
 * One instance per process, even when a module is loaded twice (the Remix
 * build bundles its own copy of server/ code, and Vite's dev server loads
 * modules in its own graph). Keyed on globalThis, as the Epic Stack does.
 */
const registry = ((globalThis as { __praktijkplein?: Map<string, unknown> }).__praktijkplein ??= new Map());

export function singleton<T>(name: string, create: () => T): T {
  if (!registry.has(name)) registry.set(name, create());
  return registry.get(name) as T;
}

export function peekSingleton<T>(name: string): T | undefined {
  return registry.get(name) as T | undefined;
}

export function forgetSingleton(name: string): void {
  registry.delete(name);
}
