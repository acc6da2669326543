/**
 * Moderators' changes to the search thesaurus (/beheer/zoekwoorden): add an
 * entry, remove an own entry, switch a shipped entry off or on again. Each
 * change emits `thesaurus.changed` in its transaction (the audit log writes
 * its line through the outbox), then the thesaurus of this process is
 * compiled again and handed to the engine (Meilisearch's synonyms setting;
 * other web processes follow within THESAURUS_TTL_MS).
 */
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import { errorFields, log } from "../logger.ts";
import { isModerator } from "../moderation/policy.ts";
import { searchEngine } from "./engine.ts";
import {
  asThesaurusMode,
  currentThesaurus,
  entryKey,
  forgetThesaurus,
  GLOSSARY,
  normaliseTerm,
  SHIPPED_ENTRIES,
  type ThesaurusEntry,
  type ThesaurusMode,
} from "./thesaurus.ts";

function requireModerator(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!isModerator(actor)) throw forbidden();
}

/** For routes: refuses anyone but moderators and admins before a form is even read. */
export function assertThesaurusEditor(actor: Actor): void {
  requireModerator(actor);
}

export type ThesaurusOverview = {
  shipped: (ThesaurusEntry & { on: boolean })[];
  own: ThesaurusEntry[];
};

export async function thesaurusOverview(actor: Actor): Promise<ThesaurusOverview> {
  requireModerator(actor);
  const rows = await db().thesaurusEntry.findMany({
    select: { id: true, mode: true, terms: true, shippedKey: true },
    orderBy: { createdAt: "asc" },
  });
  const off = new Set(rows.flatMap((row) => (row.shippedKey ? [row.shippedKey] : [])));
  return {
    shipped: SHIPPED_ENTRIES.map((entry) => ({ ...entry, on: !off.has(entry.key) })),
    own: rows
      .filter((row) => !row.shippedKey)
      .map((row) => ({ key: row.id, mode: asThesaurusMode(row.mode), terms: row.terms, source: "own" as const })),
  };
}

async function applied(): Promise<void> {
  forgetThesaurus();
  // The change is stored; an engine that cannot take it now (Meilisearch down) gets it when it next prepares its index.
  await searchEngine()
    .applyThesaurus(await currentThesaurus(), GLOSSARY)
    .catch((error: unknown) => log.warn("could not hand the thesaurus to the search engine", errorFields(error)));
}

export async function addThesaurusEntry(actor: Actor, input: { mode: ThesaurusMode; terms: string[] }): Promise<string> {
  requireModerator(actor);
  const terms = [...new Set(input.terms.map(normaliseTerm).filter(Boolean))];
  if (terms.length < 2) throw new AppError(422, "search.thesaurus.errors.tooFew", { field: "terms" });
  const key = entryKey(input.mode, terms);
  const own = await db().thesaurusEntry.findMany({ where: { shippedKey: null }, select: { mode: true, terms: true } });
  if (SHIPPED_ENTRIES.some((entry) => entry.key === key) || own.some((row) => entryKey(row.mode as ThesaurusMode, row.terms) === key)) {
    throw new AppError(409, "search.thesaurus.errors.exists", { field: "terms" });
  }
  const id = await transaction(async (tx) => {
    const row = await tx.thesaurusEntry.create({ data: { mode: input.mode, terms, createdById: actor.id }, select: { id: true } });
    await emit(tx, "thesaurus.changed", { entryId: row.id, change: "added", mode: input.mode, terms, actorId: actor.id });
    return row.id;
  });
  await applied();
  return id;
}

export async function removeThesaurusEntry(actor: Actor, id: string): Promise<void> {
  requireModerator(actor);
  await transaction(async (tx) => {
    const row = await tx.thesaurusEntry.findFirst({ where: { id, shippedKey: null }, select: { id: true, mode: true, terms: true } });
    if (!row) throw notFound();
    // Sent twice at once (a double click): the second copy finds it gone, as asked, instead of a 500.
    if ((await tx.thesaurusEntry.deleteMany({ where: { id } })).count === 0) return;
    await emit(tx, "thesaurus.changed", {
      entryId: id,
      change: "removed",
      mode: row.mode === "oneWay" ? "oneWay" : "equivalent",
      terms: row.terms,
      actorId: actor.id,
    });
  });
  await applied();
}

/** Switches a shipped entry off (a row remembers it) or on again (the row goes). */
export async function switchShippedEntry(actor: Actor, key: string, on: boolean): Promise<void> {
  requireModerator(actor);
  const entry = SHIPPED_ENTRIES.find((candidate) => candidate.key === key);
  if (!entry) throw notFound();
  await transaction(async (tx) => {
    const existing = await tx.thesaurusEntry.findUnique({ where: { shippedKey: key }, select: { id: true } });
    if (on === !existing) return;
    if (on) await tx.thesaurusEntry.delete({ where: { shippedKey: key } });
    else await tx.thesaurusEntry.create({ data: { mode: entry.mode, terms: entry.terms, shippedKey: key, createdById: actor.id } });
    await emit(tx, "thesaurus.changed", {
      entryId: key,
      change: on ? "enabled" : "disabled",
      mode: entry.mode,
      terms: entry.terms,
      actorId: actor.id,
    });
  });
  await applied();
}
