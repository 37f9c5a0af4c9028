import { createHash, type Hash } from "node:crypto";
import type { DatabaseSync } from "node:sqlite";
import type { ClientBase } from "pg";
import { targetPageSql } from "./copySql.ts";
import { readSourcePages } from "./readSourcePages.ts";
import type { ZoneTable } from "./zoneTables.ts";

/** A table's row count and checksum on one side. */
export interface TableSummary {
  readonly rows: number;
  /** SHA-256 (hex) over every row in primary-key order, each value as text (see `hashRow`). */
  readonly checksum: string;
}

const PAGE = 1000;

/**
 * Adds one row to the hash, the same way on both sides: each value as text (integers in decimal,
 * bytes as `\x` and hex, as PostgreSQL writes `bytea`), NULL as null, the row as a JSON array and
 * a newline, so no two different rows hash alike by running into each other.
 */
function hashRow(hash: Hash, values: readonly unknown[]): void {
  const text = values.map((value) => {
    if (value === null || value === undefined) return null;
    if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
    return String(value);
  });
  hash.update(`${JSON.stringify(text)}\n`);
}

/** The source table's count and checksum: its columns (then `rowid` when the target keeps it), in primary-key order. */
export function sourceSummary(source: DatabaseSync, table: ZoneTable): TableSummary {
  const hash = createHash("sha256");
  let rows = 0;
  for (const page of readSourcePages(source, table, PAGE)) {
    for (const row of page) hashRow(hash, row);
    rows += page.length;
  }
  return { rows, checksum: hash.digest("hex") };
}

/** The target table's count and checksum, read the same way: every value cast to text by PostgreSQL, bytewise key order. */
export async function targetSummary(target: ClientBase, table: ZoneTable): Promise<TableSummary> {
  const hash = createHash("sha256");
  const keyIndexes = table.primaryKey.map((column) => table.columns.indexOf(column));
  let rows = 0;
  let key: unknown[] | undefined;
  for (;;) {
    const page = (await target.query({ text: targetPageSql(table, { after: key !== undefined }), values: [...(key ?? []), PAGE], rowMode: "array" })).rows as unknown[][];
    for (const row of page) hashRow(hash, row);
    rows += page.length;
    if (page.length < PAGE) return { rows, checksum: hash.digest("hex") };
    key = keyIndexes.map((index) => page.at(-1)![index]);
  }
}
