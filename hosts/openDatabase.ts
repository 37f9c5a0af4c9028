import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { DbDatabase } from "../src/common/Db.ts";
import { setting } from "../src/settings/setting.ts";
import { describeDatabaseUrl } from "./postgres/describeDatabaseUrl.ts";
import { applyMigrations } from "./sqlite/applyMigrations.ts";
import { SqliteDb } from "./sqlite/SqliteDb.ts";

/** The host's database, migrated, with what the start banner says of it. */
export interface OpenDatabase {
  readonly db: DbDatabase;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  readonly description: string;
  readonly migrationsApplied: readonly string[];
  close(): Promise<void>;
}

/**
 * Opens the database the environment names (DESIGN "Hosts"): PostgreSQL when
 * DATABASE_URL is a `postgres://` or `postgresql://` URL (DATABASE_POOL_MAX
 * connections, default 10; DATABASE_MAX_RETRIES, default 5), else the SQLite
 * file at SPACEGATE_DB. Either way the migrations are applied first: on
 * PostgreSQL under an advisory lock, so instances that start together apply
 * each once. An empty DATABASE_URL counts as unset; any other scheme is refused.
 */
export async function openDatabase(environment: Record<string, string | undefined>, projectDir: string): Promise<OpenDatabase> {
  const databaseUrl = setting(environment, "DATABASE_URL");
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL");
    // Loaded only here: a host over SQLite never loads the PostgreSQL driver.
    const [{ applyPostgresMigrations }, { createPostgresPool }, { PostgresDb }] = await Promise.all([
      import("./postgres/applyPostgresMigrations.ts"),
      import("./postgres/createPostgresPool.ts"),
      import("../src/postgres/PostgresDb.ts"),
    ]);
    const pool = createPostgresPool({ url: databaseUrl, max: setting(environment, "DATABASE_POOL_MAX") });
    // Pooled connections live long: each prepares a statement once (src/postgres/namedStatement.ts).
    const db = new PostgresDb(pool, { maxRetries: setting(environment, "DATABASE_MAX_RETRIES"), namedStatements: true });
    try {
      const client = await pool.connect();
      try {
        const applied = await applyPostgresMigrations(client, join(projectDir, "migrations", "postgres"));
        return { db, description: describeDatabaseUrl(databaseUrl), migrationsApplied: applied, close: () => db.close() };
      } finally {
        client.release();
      }
    } catch (error) {
      await db.close();
      throw new Error(`${describeDatabaseUrl(databaseUrl)}: ${(error as Error).message}`);
    }
  }
  const path = resolve(setting(environment, "SPACEGATE_DB"));
  mkdirSync(dirname(path), { recursive: true });
  const db = new SqliteDb(path);
  const applied = applyMigrations(db, join(projectDir, "migrations"));
  return { db, description: path, migrationsApplied: applied, close: async () => db.close() };
}
