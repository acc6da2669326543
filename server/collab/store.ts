/**
 * Durable storage of shared documents in PostgreSQL: an append-only log of
 * Yjs updates plus one merged snapshot, compacted past a threshold (the
 * y-leveldb design). See docs/decisions/050-document-storage.md.
 *
 * Appending is one SQL statement (allocate sequence numbers on the document
 * row, insert the updates, record who edited): it commits before it returns,
 * and the row lock orders concurrent appends, so commit order = seq order.
 */
import * as Y from "yjs";
import { db, type DbClient } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import { conflict, notFound } from "../errors.ts";

export type StoredState = {
  /** Merged Yjs state of everything up to `seq`. */
  state: Uint8Array;
  seq: number;
  /** How many log rows are not yet in the snapshot. */
  pending: number;
};

type LogRow = { kind: number; seq: number; data: Uint8Array; authorId: string | null; createdAt: Date };

/**
 * Snapshot and the log after it, read in one statement so that a compaction
 * running at the same time cannot make us miss the rows it folds away.
 */
async function readLog(documentId: string, client: DbClient = db()): Promise<LogRow[] | null> {
  const rows = await client.$queryRaw<(LogRow & { exists: boolean })[]>`
    SELECT 0 AS kind, s.seq, s.state AS data, NULL::text AS "authorId", s."createdAt"
      FROM "DocumentSnapshot" s WHERE s."documentId" = ${documentId}
    UNION ALL
    SELECT 1 AS kind, u.seq, u.data, u."authorId", u."createdAt"
      FROM "DocumentUpdate" u
     WHERE u."documentId" = ${documentId}
       AND u.seq > COALESCE((SELECT seq FROM "DocumentSnapshot" WHERE "documentId" = ${documentId}), 0)
    UNION ALL
    SELECT 2 AS kind, d."lastSeq" AS seq, ''::bytea AS data, NULL::text, d."createdAt"
      FROM "Document" d WHERE d.id = ${documentId}
    ORDER BY kind, seq`;
  if (!rows.some((row) => row.kind === 2)) return null;
  return rows.filter((row) => row.kind !== 2);
}

/** The current content of a document; null when it does not exist. */
export async function loadState(documentId: string): Promise<StoredState | null> {
  const rows = await readLog(documentId);
  if (!rows) return null;
  const doc = new Y.Doc();
  try {
    let seq = 0;
    let pending = 0;
    for (const row of rows) {
      Y.applyUpdate(doc, row.data);
      seq = Math.max(seq, row.seq);
      if (row.kind === 1) pending += 1;
    }
    return { state: Y.encodeStateAsUpdate(doc), seq, pending };
  } finally {
    doc.destroy();
  }
}

/** Log rows after `afterSeq` (and the snapshot when it already covers them): a catch-up for an instance that missed a relay. */
export async function readSince(documentId: string, afterSeq: number): Promise<{ updates: Uint8Array[]; seq: number } | null> {
  const rows = await readLog(documentId);
  if (!rows) return null;
  const snapshot = rows.find((row) => row.kind === 0);
  const updates: Uint8Array[] = [];
  let seq = afterSeq;
  if (snapshot && snapshot.seq > afterSeq) updates.push(snapshot.data);
  for (const row of rows) {
    seq = Math.max(seq, row.seq);
    if (row.kind === 1 && row.seq > afterSeq) updates.push(row.data);
  }
  return { updates, seq };
}

export type AppendEntry = { data: Uint8Array; authorId: string | null };

/** $1 document id, $2 number of updates, $3 their bytes, $4 the updates, $5 their authors, $6 editors to record. */
export const APPEND_SQL = `/* prepared */
    WITH doc AS (
      UPDATE "Document" SET "lastSeq" = "lastSeq" + $2::int, "size" = "size" + $3::int, "updatedAt" = now()
       WHERE id = $1 AND "hiddenAt" IS NULL RETURNING "lastSeq"
    ), ins AS (
      INSERT INTO "DocumentUpdate" ("documentId", seq, data, "authorId")
      SELECT $1, doc."lastSeq" - $2::int + u.ord::int, u.data, u.author
        FROM doc, unnest($4::bytea[], $5::text[]) WITH ORDINALITY AS u(data, author, ord)
      RETURNING seq
    ), editors AS (
      INSERT INTO "DocumentEditor" ("documentId", "userId", "firstEditAt", "lastEditAt")
      SELECT $1, e.id, now(), now() FROM unnest($6::text[]) AS e(id) WHERE EXISTS (SELECT 1 FROM doc)
      ON CONFLICT ("documentId", "userId") DO UPDATE SET "lastEditAt" = now()
    )
    SELECT "lastSeq" FROM doc`;

/**
 * Appends updates durably (committed when this resolves) and returns the
 * sequence numbers they got. `editors`: whose "last edited" to record (all
 * authors by default). Throws 404 when the document was deleted, 409 when a
 * moderator hid it: a hidden document is frozen (decision 241), and this holds
 * for an update that arrived before its editors were told.
 */
export async function appendUpdates(
  documentId: string,
  entries: AppendEntry[],
  editorIds?: string[],
): Promise<{ fromSeq: number; toSeq: number }> {
  if (entries.length === 0) throw new Error("appendUpdates needs at least one update");
  const datas = entries.map((entry) => Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength));
  const authors = entries.map((entry) => entry.authorId);
  const editors = editorIds ?? [...new Set(authors.filter((author): author is string => author !== null))];
  const bytes = datas.reduce((sum, data) => sum + data.byteLength, 0);
  const count = entries.length;
  // Straight on the pool, past Prisma's query engine: this runs for every few keystrokes (decision 187).
  // Prepared: each connection parses and plans it once, not at every append (decisions 181, 195).
  const rows = await directQuery<{ lastSeq: number }>(APPEND_SQL, [documentId, count, bytes, datas, authors, editors]);
  const last = rows[0]?.lastSeq;
  if (last === undefined) {
    const [document] = await directQuery<{ hidden: boolean }>(`SELECT "hiddenAt" IS NOT NULL AS hidden FROM "Document" WHERE id = $1`, [
      documentId,
    ]);
    throw document?.hidden ? conflict("documents.errors.hidden") : notFound("documents.errors.notFound");
  }
  return { fromSeq: last - count + 1, toSeq: last };
}

/** Writes the very first state of a new document (inside the transaction that creates it). */
export async function writeInitialState(client: DbClient, documentId: string, state: Uint8Array, authorId: string | null): Promise<void> {
  await client.documentSnapshot.create({ data: { documentId, seq: 0, state: Buffer.from(state) } });
  await client.document.update({ where: { id: documentId }, data: { size: state.byteLength } });
  if (authorId) await client.documentEditor.create({ data: { documentId, userId: authorId } });
}

/** Updates of one member with gaps under this form one change in the change list. */
export const CHANGE_GAP_MS = 10 * 60 * 1000;

type ChangeDraft = {
  authorId: string | null;
  startedAt: Date;
  endedAt: Date;
  fromSeq: number;
  toSeq: number;
  updates: number;
  added: string[];
  removed: string[];
};

/** The text an update inserts (its string content, in the order it was typed). */
function insertedText(update: Uint8Array): string {
  let text = "";
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) text += struct.content.str;
  }
  return text;
}

const wordCount = (parts: string[]) => parts.join("").split(/\s+/).filter(Boolean).length;

/**
 * Folds the log into the snapshot and the change list. Safe to run at any
 * time and more than once: it works on what was committed when it started
 * and gives up when another compaction got there first. The work on the
 * content happens before the transaction, which only writes.
 */
export async function compactDocument(documentId: string): Promise<{ compacted: number; bytes: number } | null> {
  const rows = await readLog(documentId);
  if (!rows) return null;
  const log = rows.filter((row) => row.kind === 1);
  if (log.length === 0) return { compacted: 0, bytes: 0 };
  const snapshot = rows.find((row) => row.kind === 0);
  const doc = new Y.Doc();
  try {
    if (snapshot) Y.applyUpdate(doc, snapshot.data);
    // Deleted content is still readable after a transaction and before Yjs collects it.
    let removedNow: string[] = [];
    doc.on("afterTransaction", (transaction: Y.Transaction) => {
      Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
        if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) removedNow.push(struct.content.str);
      });
    });
    const drafts: ChangeDraft[] = [];
    const open = new Map<string | null, ChangeDraft>();
    for (const row of log) {
      removedNow = [];
      let added = "";
      try {
        added = insertedText(row.data);
      } catch {
        // Stored updates were validated; an unreadable one only loses its summary.
      }
      Y.applyUpdate(doc, row.data);
      let draft = open.get(row.authorId);
      if (!draft || row.createdAt.getTime() - draft.endedAt.getTime() >= CHANGE_GAP_MS) {
        draft = {
          authorId: row.authorId,
          startedAt: row.createdAt,
          endedAt: row.createdAt,
          fromSeq: row.seq,
          toSeq: row.seq,
          updates: 0,
          added: [],
          removed: [],
        };
        open.set(row.authorId, draft);
        drafts.push(draft);
      }
      draft.endedAt = row.createdAt;
      draft.toSeq = row.seq;
      draft.updates += 1;
      if (added) draft.added.push(added);
      draft.removed.push(...removedNow);
    }
    const state = Y.encodeStateAsUpdate(doc);
    const upTo = log[log.length - 1]!.seq;
    // Appends lock the document row; compaction must not hold it, or editors wait for it.
    // Compactions of one document exclude each other with an advisory lock instead.
    const done = await db().$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`compact:${documentId}`}))`;
        const existing = await tx.documentSnapshot.findUnique({ where: { documentId }, select: { seq: true } });
        if ((existing?.seq ?? -1) !== (snapshot?.seq ?? -1)) return false;
        const stillThere = await tx.document.count({ where: { id: documentId } });
        if (stillThere === 0) return false;
        await tx.documentSnapshot.upsert({
          where: { documentId },
          create: { documentId, seq: upTo, state: Buffer.from(state) },
          update: { seq: upTo, state: Buffer.from(state), createdAt: new Date() },
        });
        await tx.documentUpdate.deleteMany({ where: { documentId, seq: { lte: upTo } } });
        await recordChanges(tx, documentId, drafts);
        return true;
      },
      { timeout: 30_000 },
    );
    if (done) {
      await db().$executeRaw`
        UPDATE "Document" d SET size = ${state.byteLength} + COALESCE((SELECT SUM(length(u.data)) FROM "DocumentUpdate" u WHERE u."documentId" = d.id), 0)
         WHERE d.id = ${documentId}`;
    }
    return done ? { compacted: log.length, bytes: state.byteLength } : null;
  } finally {
    doc.destroy();
  }
}

const excerptOf = (parts: string[]) => {
  const text = parts.join("").replace(/\s+/g, " ").trim();
  return text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text;
};

/** Extends each member's latest change when it continues it, and adds the rest in one statement. */
async function recordChanges(tx: DbClient, documentId: string, drafts: ChangeDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  const earliest = Math.min(...drafts.map((draft) => draft.startedAt.getTime()));
  const recent = await tx.documentChange.findMany({
    where: { documentId, endedAt: { gte: new Date(earliest - CHANGE_GAP_MS) } },
    orderBy: { endedAt: "desc" },
  });
  const latest = new Map<string | null, (typeof recent)[number]>();
  for (const change of recent) if (!latest.has(change.authorId)) latest.set(change.authorId, change);
  const fresh: ChangeDraft[] = [];
  const extended = new Set<string | null>();
  for (const draft of drafts) {
    const last = latest.get(draft.authorId);
    if (last && !extended.has(draft.authorId) && draft.startedAt.getTime() - last.endedAt.getTime() < CHANGE_GAP_MS) {
      extended.add(draft.authorId);
      await tx.documentChange.update({
        where: { id: last.id },
        data: {
          endedAt: draft.endedAt,
          toSeq: draft.toSeq,
          updates: last.updates + draft.updates,
          wordsAdded: last.wordsAdded + wordCount(draft.added),
          wordsRemoved: last.wordsRemoved + wordCount(draft.removed),
          excerpt: last.excerpt || excerptOf(draft.added),
        },
      });
    } else fresh.push(draft);
  }
  await tx.documentChange.createMany({
    data: fresh.map((draft) => ({
      documentId,
      authorId: draft.authorId,
      startedAt: draft.startedAt,
      endedAt: draft.endedAt,
      fromSeq: draft.fromSeq,
      toSeq: draft.toSeq,
      updates: draft.updates,
      wordsAdded: wordCount(draft.added),
      wordsRemoved: wordCount(draft.removed),
      excerpt: excerptOf(draft.added),
    })),
  });
}

/** Log rows not yet compacted, for the live part of the change list. */
export async function pendingLog(documentId: string) {
  return db().documentUpdate.findMany({
    where: { documentId },
    orderBy: { seq: "asc" },
    select: { seq: true, authorId: true, createdAt: true },
  });
}
