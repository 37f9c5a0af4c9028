import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SqliteDb } from "./SqliteDb.ts";

/** wrangler's own table and columns, so that one database file moves between wrangler and these hosts. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "d1_migrations"(
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  name       TEXT UNIQUE,
  applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);`;

/**
 * Applies the `*.sql` files of `folder` not yet recorded in `d1_migrations`,
 * in name order, each in one transaction with its record (as `wrangler d1
 * migrations apply` does). Answers the names applied now.
 */
export function applyMigrations(db: SqliteDb, folder: string): string[] {
  db.exec(CREATE_MIGRATIONS_TABLE);
  const applied = new Set(db.compiled('SELECT name FROM "d1_migrations"').all().map((row) => String(row.name)));
  const pending = readdirSync(folder).filter((name) => name.endsWith(".sql") && !applied.has(name)).sort();
  for (const name of pending) {
    const sql = readFileSync(join(folder, name), "utf8");
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec(sql);
      db.exec(`INSERT INTO "d1_migrations" (name) VALUES ('${name.replace(/'/g, "''")}')`);
      db.exec("COMMIT");
    } catch (error) {
      db.exec("ROLLBACK");
      throw new Error(`migration ${name} failed: ${(error as Error).message}`);
    }
  }
  return pending;
}
