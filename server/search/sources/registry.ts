/**
 * What the search sources take from the content registry (decision 150):
 * which records are indexed at all (the adapter's `listed`: not hidden, not
 * deleted, published, not cancelled) and which of them are public (what the
 * adapter's `readable` gives a visitor). The engine then limits the rest to
 * members and to readers of `accessCommunityId`; the typo word list reads
 * only these documents, with the same access (decision 126).
 */
import type { ContentKind } from "../../content/types.ts";
import { contentAdapter, readableIds, VISITOR } from "../../content/registry.ts";
import type { SearchSource, SourceVersion, Visibility } from "../types.ts";

/** The kind's `listed` rule as a Prisma `where` of the model (W: its WhereInput). */
export async function listedWhere<W>(kind: ContentKind): Promise<W> {
  return (await contentAdapter(kind)).listed as W;
}

/** "public" for the records a visitor may read (by the adapter), "members" for the others. */
export async function visibilityOf(kind: ContentKind, ids: readonly string[]): Promise<(id: string) => Visibility> {
  const open = await readableIds(kind, ids, VISITOR);
  return (id) => (open.has(id) ? "public" : "members");
}

/** A model's rows as `list`, `count` and `versions` read them: the id and updatedAt (the version). */
type VersionedRows = {
  findMany(args: {
    where: object;
    select: { id: true; updatedAt: true };
    orderBy: { id: "asc" };
    take?: number;
  }): Promise<{ id: string; updatedAt: Date }[]>;
  count(args: { where: object }): Promise<number>;
};

/** `list`, `count` and `versions` of a source whose version is the row's updatedAt, over what the kind's adapter lists. */
export function updatedAtVersions(kind: ContentKind, rows: () => VersionedRows): Pick<SearchSource, "list" | "count" | "versions"> {
  const read = async (where: object, take?: number): Promise<SourceVersion[]> => {
    const found = await rows().findMany({
      where: { AND: [await listedWhere<object>(kind), where] },
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
      ...(take ? { take } : {}),
    });
    return found.map((row) => ({ id: row.id, version: row.updatedAt.getTime() }));
  };
  return {
    list: (afterId, limit) => read(afterId ? { id: { gt: afterId } } : {}, limit),
    count: async () => rows().count({ where: await listedWhere<object>(kind) }),
    versions: (ids) => read({ id: { in: ids } }),
  };
}
