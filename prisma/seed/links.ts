/**
 * Demo links between areas, after every area has seeded: the published
 * handreiking on vacancy texts points at the toolkit document the employers'
 * network writes together (docs/decisions/083).
 */
import { db } from "../../server/db.ts";
import type { SeedContext } from "./demo.ts";

export async function seedLinks({ log }: SeedContext): Promise<void> {
  const document = await db().document.findFirst({
    where: { title: "Toolkit: vacatureteksten zonder onnodige drempels" },
    select: { id: true },
  });
  const item = await db().libraryItem.findFirst({
    where: { title: "Checklist voor een inclusieve vacaturetekst", kind: "HANDREIKING" },
    select: { id: true },
  });
  if (!document || !item) return;
  await db().libraryItem.update({ where: { id: item.id }, data: { documentId: document.id } });
  log("linked the vacancy-text handreiking to its shared document");
}
