import type { DatabaseSync } from "node:sqlite";
import type { ClientBase } from "pg";
import { applyPostgresMigrations, migrationFiles } from "../applyPostgresMigrations.ts";
import { CopyRefusedError } from "./CopyRefusedError.ts";
import { sourceMigrationsSql, sourceTablesSql, targetHasMigrationsTableSql, targetMigrationsSql } from "./copySql.ts";

/**
 * Makes sure the target's schema is the source's: the source must be at this version's migration
 * level (every file of migrations/postgres/, none unknown), the target is brought to it with the
 * hosts' own migration code (under its advisory lock; a no-op when already there), and then the
 * two lists of applied migrations must be equal. Answers the list and what was applied now.
 */
export async function matchMigrationLevel(source: DatabaseSync, target: ClientBase, folder: string): Promise<{ level: string[]; appliedNow: string[] }> {
  const tables = (source.prepare(sourceTablesSql()).all() as { name: string }[]).map((row) => row.name);
  if (!tables.includes("d1_migrations")) {
    throw new CopyRefusedError("the source has no d1_migrations table, so its migration level is unknown");
  }
  const sourceLevel = (source.prepare(sourceMigrationsSql()).all() as { name: string }[]).map((row) => row.name);
  const known = migrationFiles(folder);
  const unknown = sourceLevel.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new CopyRefusedError(`the source has migrations this version does not know (${unknown.join(", ")}): copy with the spacegate version that wrote it`);
  }
  const behind = known.filter((name) => !sourceLevel.includes(name));
  if (behind.length > 0) {
    throw new CopyRefusedError(`the source lacks migrations ${behind.join(", ")}: start a host of this version on it once (it applies them), or run wrangler d1 migrations apply, then copy again`);
  }
  const hadTable = (await target.query<{ present: boolean }>(targetHasMigrationsTableSql())).rows[0]!.present;
  const before = hadTable ? (await target.query<{ name: string }>(targetMigrationsSql())).rows.map((row) => row.name) : [];
  const targetUnknown = before.filter((name) => !known.includes(name));
  if (targetUnknown.length > 0) {
    throw new CopyRefusedError(`the target has migrations the source lacks (${targetUnknown.join(", ")})`);
  }
  const appliedNow = await applyPostgresMigrations(target, folder);
  const level = (await target.query<{ name: string }>(targetMigrationsSql())).rows.map((row) => row.name);
  if (level.join("\n") !== sourceLevel.join("\n")) {
    throw new CopyRefusedError(`migration levels differ: source ${sourceLevel.join(", ")}; target ${level.join(", ")}`);
  }
  return { level, appliedNow };
}
