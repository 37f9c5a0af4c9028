import type { Db } from "../common/Db";
import { prepare, sql } from "../common/sql";

/**
 * The names of the migrations the database records as applied. The table is
 * wrangler's `d1_migrations` on every engine (the SQLite and PostgreSQL hosts
 * keep its name), so one statement answers on D1, SQLite and PostgreSQL.
 */
export async function readAppliedMigrations(db: Db): Promise<ReadonlySet<string>> {
  const rows = await prepare(db, sql`SELECT name FROM d1_migrations`).raw<[string]>();
  return new Set(rows.map(([name]) => name));
}
