/**
 * Notifications about content that is no longer listed (decision 150): a
 * mention in a message a moderator hid, a reply in a deleted topic, a
 * published library item since archived. Each kind says what it is about
 * (`about` in catalog.ts); the content registry says when that content is
 * listed (the adapter's `listedSql`). The bell, the list, the live push, the
 * mail and the data export leave such notifications out; they come back when
 * the content is shown again. Community access is checked apart
 * (`visibleNotificationsWhere`).
 */
import { contentAdapter } from "../content/registry.ts";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { ALL_KINDS, KIND_DELIVERY } from "./catalog.ts";

const ALIAS = /^[a-z_][a-z0-9_]*$/i;

/**
 * SQL over the Notification row under `n`: TRUE unless the notification is
 * about a record that exists and is not listed (hidden, deleted, archived).
 * A record that is gone altogether is left to the cascades that removed it
 * (and to tests that notify about made-up ids).
 */
export async function aboutListedSql(n: string): Promise<Prisma.Sql> {
  if (!ALIAS.test(n)) throw new Error(`bad SQL alias ${n}`);
  const row = Prisma.raw(n);
  const unlisted: Prisma.Sql[] = [];
  for (const kind of ALL_KINDS) {
    const about = KIND_DELIVERY[kind].about;
    if (!about) continue;
    const adapter = await contentAdapter(about.kind);
    unlisted.push(Prisma.sql`(${row}."kind" = ${kind} AND ${row}."data" ? ${about.field}
      AND EXISTS (SELECT 1 FROM ${Prisma.raw(`"${adapter.table ?? adapter.model}"`)} about WHERE about."id" = ${row}."data"->>${about.field} AND NOT COALESCE(${adapter.listedSql("about")}, FALSE)))`);
  }
  return unlisted.length ? Prisma.sql`NOT (${Prisma.join(unlisted, " OR ")})` : Prisma.sql`TRUE`;
}

/** A Prisma condition for one member's notifications: leaves out those about unlisted content (one query). */
export async function aboutListedWhere(userId: string): Promise<Prisma.NotificationWhereInput> {
  const rows = await db().$queryRaw<
    { id: string }[]
  >`SELECT n."id" FROM "Notification" n WHERE n."userId" = ${userId} AND NOT (${await aboutListedSql("n")})`;
  return rows.length ? { id: { notIn: rows.map((row) => row.id) } } : {};
}
