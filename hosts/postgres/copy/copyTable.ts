import type { DatabaseSync, SQLInputValue } from "node:sqlite";
import type { ClientBase } from "pg";
import { sourceCountSql, sourceCountUpToSql, targetCountSql, targetInsertSql, targetLastKeySql } from "./copySql.ts";
import { boundValue, readSourcePages } from "./readSourcePages.ts";
import type { ZoneTable } from "./zoneTables.ts";

/** How far a table's copy is: rows of the source dealt with so far, of `total`. */
export interface TableProgress {
  readonly table: string;
  readonly done: number;
  readonly total: number;
  /** Rows found already copied by an earlier run and not read again. */
  readonly resumedAfter: number;
}

/**
 * Where an earlier, interrupted run left this table. Batches go in primary-key order, each one
 * transaction, so such a run leaves a prefix of the source: when the target holds exactly as
 * many rows as the source has up to the target's largest key, the copy goes on after that key.
 * Otherwise (a target filled some other way) it starts from the beginning, and the inserts skip
 * the keys already there.
 */
async function resumePoint(source: DatabaseSync, target: ClientBase, table: ZoneTable): Promise<{ after?: string[]; rows: number }> {
  const last = (await target.query({ text: targetLastKeySql(table), rowMode: "array" })).rows[0] as string[] | undefined;
  if (!last) return { rows: 0 };
  const held = Number((await target.query<{ n: string }>(targetCountSql(table))).rows[0]!.n);
  const upTo = Number((source.prepare(sourceCountUpToSql(table)).get(...last) as { n: number }).n);
  return held === upTo ? { after: last, rows: upTo } : { rows: 0 };
}

/**
 * Copies one table in batches of `batchSize` rows, each one multi-row INSERT (one transaction)
 * that leaves rows already there by primary key as they are, so a re-run after a failure neither
 * duplicates nor loses rows. Reports progress after every batch. Answers the rows inserted now.
 */
export async function copyTable(
  source: DatabaseSync,
  target: ClientBase,
  table: ZoneTable,
  { batchSize, onProgress }: { batchSize: number; onProgress: (progress: TableProgress) => void },
): Promise<{ inserted: number; resumedAfter: number }> {
  const total = Number((source.prepare(sourceCountSql(table)).get() as { n: number }).n);
  const resume = await resumePoint(source, target, table);
  let done = resume.rows;
  let inserted = 0;
  onProgress({ table: table.name, done, total, resumedAfter: resume.rows });
  for (const rows of readSourcePages(source, table, batchSize, resume.after as SQLInputValue[] | undefined)) {
    const result = await target.query(targetInsertSql(table, rows.length), rows.flat().map(boundValue));
    inserted += result.rowCount ?? 0;
    done += rows.length;
    onProgress({ table: table.name, done, total, resumedAfter: resume.rows });
  }
  return { inserted, resumedAfter: resume.rows };
}
