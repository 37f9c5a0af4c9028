import type { DatabaseSync, SQLInputValue } from "node:sqlite";
import { sourcePageSql } from "./copySql.ts";
import type { ZoneTable } from "./zoneTables.ts";

/** A source row: the shared columns in order, then its `rowid` when the target has an order column. */
export type SourceRow = unknown[];

/**
 * The source's rows in primary-key order (bytewise for text, as the target orders them), a page
 * of up to `pageSize` at a time, starting after `after` (a primary key) when given. Integers come
 * as `bigint`, so none loses precision on the way.
 */
export function* readSourcePages(source: DatabaseSync, table: ZoneTable, pageSize: number, after?: readonly unknown[]): Generator<SourceRow[]> {
  const first = source.prepare(sourcePageSql(table, { after: false }));
  const next = source.prepare(sourcePageSql(table, { after: true }));
  for (const statement of [first, next]) statement.setReadBigInts(true);
  const keyIndexes = table.primaryKey.map((column) => table.columns.indexOf(column));
  let key = after;
  for (;;) {
    const rows = (key ? next.all(...(key as SQLInputValue[]), pageSize) : first.all(pageSize)).map((row) => Object.values(row));
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    const last = rows.at(-1)!;
    key = keyIndexes.map((index) => last[index]);
  }
}

/** A source value as the `pg` driver should bind it: integers as exact decimal text, bytes as a Buffer. */
export function boundValue(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value);
  return value;
}
