/**
 * The content registry: every ContentAdapter, found by file name (decision
 * 090). A kind's adapter is `server/<area>/<kind>-content.ts` exporting
 * `content`; nothing else needs an edit. Under Vite (the Remix build, vitest)
 * `import.meta.glob` lists the files at build time; under plain Node (tsx:
 * server/main.ts, the worker, scripts) the folder is read at first use.
 * Adapters load lazily, on the first call, because they import their areas'
 * commands, which may import the registry back.
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { singleton } from "../singleton.ts";
import { type AuthorColumn, type ContentAdapter, type ContentKind, CONTENT_KINDS, type Viewer } from "./types.ts";
import type { Actor } from "../communities/policy.ts";
import { readableCommunityIds } from "../communities/access.ts";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";

type AdapterModule = { content?: ContentAdapter };
/** The file-name convention, relative to server/content/. */
export const ADAPTER_PATTERN = /^[a-z][a-z-]*-content\.ts$/;

/** Vite replaces the call with the matching imports; under Node it does not exist and throws. */
function viteModules(): Record<string, () => Promise<AdapterModule>> | null {
  try {
    return import.meta.glob<AdapterModule>("../*/*-content.ts");
  } catch {
    return null;
  }
}

async function nodeModules(): Promise<Record<string, () => Promise<AdapterModule>>> {
  const serverDir = fileURLToPath(new URL("..", import.meta.url));
  const modules: Record<string, () => Promise<AdapterModule>> = {};
  for (const area of await readdir(serverDir, { withFileTypes: true })) {
    if (!area.isDirectory() || area.name === "generated") continue;
    for (const file of await readdir(`${serverDir}/${area.name}`)) {
      if (ADAPTER_PATTERN.test(file)) {
        const url = pathToFileURL(`${serverDir}/${area.name}/${file}`).href;
        modules[`../${area.name}/${file}`] = () => import(/* @vite-ignore */ url) as Promise<AdapterModule>;
      }
    }
  }
  return modules;
}

async function discover(): Promise<ContentAdapter[]> {
  const modules = viteModules() ?? (await nodeModules());
  const adapters: ContentAdapter[] = [];
  for (const [path, load] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    const adapter = (await load()).content;
    if (!adapter) throw new Error(`${path} must export \`content\` (a ContentAdapter)`);
    if (!CONTENT_KINDS.includes(adapter.kind)) throw new Error(`${path}: unknown content kind ${adapter.kind} (add it to CONTENT_KINDS)`);
    const twice = adapters.find((other) => other.kind === adapter.kind || other.model === adapter.model);
    if (twice) throw new Error(`${path}: kind ${adapter.kind} / model ${adapter.model} has an adapter already`);
    adapters.push(adapter);
  }
  return adapters;
}

/** Every adapter (loaded once per process). */
export function contentAdapters(): Promise<readonly ContentAdapter[]> {
  return singleton("content-adapters", () => discover());
}

export async function contentAdapter(kind: ContentKind): Promise<ContentAdapter> {
  const adapter = (await contentAdapters()).find((candidate) => candidate.kind === kind);
  if (!adapter) throw new Error(`no content adapter for ${kind}`);
  return adapter;
}

/** The adapter behind a report target kind (MESSAGE, TOPIC, …). */
export async function adapterForReport(kind: string): Promise<ContentAdapter | null> {
  return (await contentAdapters()).find((adapter) => adapter.consumers.report === kind) ?? null;
}

/** The viewer for an actor: their readable communities, looked up once. */
export async function viewerFor(actor: Actor): Promise<Viewer> {
  return { actor, readableCommunityIds: await readableCommunityIds(actor) };
}

/** Someone not signed in: reads what is public (the members-only kinds give them nothing). */
export const VISITOR: Viewer = { actor: null, readableCommunityIds: [] };

/** The rows of an adapter's model (or one of its personal-data models), for consumers that work on any kind. */
export type ModelRows = {
  findMany(args: { where?: unknown; select?: unknown; orderBy?: unknown; take?: number }): Promise<Record<string, unknown>[]>;
  count(args: { where?: unknown }): Promise<number>;
  updateMany(args: { where: unknown; data: unknown }): Promise<{ count: number }>;
  deleteMany(args: { where: unknown }): Promise<{ count: number }>;
};

export function modelRows(model: Prisma.ModelName, client: Prisma.TransactionClient = db()): ModelRows {
  const rows = (client as unknown as Record<string, ModelRows | undefined>)[model.charAt(0).toLowerCase() + model.slice(1)];
  if (!rows) throw new Error(`no Prisma model ${model}`);
  return rows;
}

/** Which of these records the viewer may read, by the kind's adapter (its Prisma rule). */
export async function readableIds(kind: ContentKind, ids: readonly string[], viewer: Viewer): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const adapter = await contentAdapter(kind);
  const rows = await modelRows(adapter.model).findMany({
    where: { AND: [{ id: { in: [...ids] } }, adapter.readable(viewer)] },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id as string));
}

/** How many rows each author column names the member in, keyed `Model.field` (the data export's overview). */
export async function authoredCounts(
  userId: string,
  columns: readonly AuthorColumn[],
  client: Prisma.TransactionClient = db(),
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const { model, field } of columns)
    counts.set(`${model}.${field}`, await modelRows(model, client).count({ where: { [field]: userId } }));
  return counts;
}
