import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { dialectOf } from "../../src/common/SqlDialect";

/** Row counts of every application table, keyed by table name. */
export type RowCounts = Record<string, number>;

/**
 * The tables the migrations created, read from `sqlite_master` so that a
 * table added later (such as `idempotency_keys`) is counted without editing
 * this file. SQLite's and D1's own bookkeeping tables are left out.
 */
export function applicationTables(): Promise<string[]> {
  // Migrations run once per test file, before its tests: the list cannot change after that.
  tableList ??= listApplicationTables();
  return tableList;
}

let tableList: Promise<string[]> | undefined;

async function listApplicationTables(): Promise<string[]> {
  const { results } = await env.DB.prepare(`${tablesSql()} ORDER BY name`).all<{ name: string }>();
  return results.map((row) => row.name);
}

/**
 * The application tables by name: from `sqlite_master` on D1 (leaving out SQLite's and D1's
 * own bookkeeping), from `pg_tables` on PostgreSQL (vitest.postgres.config.ts); never the
 * migrations table.
 */
function tablesSql(): string {
  if (dialectOf(env.DB).name === "postgres") {
    return "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'd1_migrations'";
  }
  return `SELECT name FROM sqlite_master
     WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
       AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name <> 'd1_migrations'`;
}

/** Counts the rows of every application table in one query. */
export async function rowCounts(tables?: readonly string[]): Promise<RowCounts> {
  const names = tables ?? (await applicationTables());
  const columns = names.map((name) => `(SELECT COUNT(*) FROM "${name}") AS "${name}"`).join(", ");
  const row = await env.DB.prepare(`SELECT ${columns}`).first<RowCounts>();
  return { ...row };
}

/** Asserts that no table gained or lost a row since `before` was taken. */
export async function expectNothingWritten(before: RowCounts, label = "row counts"): Promise<void> {
  const after = await rowCounts(Object.keys(before));
  expect({ [label]: after }).toEqual({ [label]: before });
}

/** Whether a table exists yet (some arrive with later migrations). */
export async function tableExists(name: string): Promise<boolean> {
  const row = await env.DB.prepare(`SELECT 1 AS found FROM (${tablesSql()}) AS tables WHERE name = ?`)
    .bind(name)
    .first<{ found: number }>();
  return row !== null;
}

/** Counts rows of `table` whose `column` equals `value`, straight from D1. */
export async function countRows(table: string, column: string, value: string): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`)
    .bind(value)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
