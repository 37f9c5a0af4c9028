import { DatabaseSync } from "node:sqlite";
import type pg from "pg";
import { migrationFiles } from "../../../hosts/postgres/applyPostgresMigrations.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One table as both engines can describe it. */
export interface TableShape {
  /** Column name → `TYPE NULL|NOT NULL`, the type as a class: `integer` or `text`. */
  readonly columns: Record<string, string>;
  readonly primaryKey: readonly string[];
  /** Index name → its key columns in order (primary-key indexes left out). */
  readonly indexes: Record<string, readonly string[]>;
  /** `columns -> table(columns) ON DELETE action`, sorted. */
  readonly foreignKeys: readonly string[];
}

export type Schema = Record<string, TableShape>;

/** Tables of the migration tooling, not of spacegate. */
const TOOLING = new Set(["d1_migrations", "sqlite_sequence"]);

const typeClass = (declared: string): string => {
  const type = declared.toLowerCase();
  if (/int/.test(type)) return "integer";
  if (/text|char/.test(type)) return "text";
  return type;
};

/** The schema `migrations/*.sql` makes on SQLite (the engine of D1 and of the Bun and Deno hosts), read with PRAGMAs. */
export function sqliteSchema(folder: string): Schema {
  const db = new DatabaseSync(":memory:");
  try {
    for (const name of migrationFiles(folder)) db.exec(readFileSync(join(folder, name), "utf8"));
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'").all();
    const schema: Schema = {};
    for (const { name } of tables as { name: string }[]) {
      if (TOOLING.has(name)) continue;
      const info = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string; notnull: number; pk: number }[];
      // SQLite lets a non-INTEGER primary-key column hold NULL (a documented legacy quirk); spacegate
      // never stores one, so such a column counts as NOT NULL, as PostgreSQL makes it.
      const columns = Object.fromEntries(info.map((c) => [c.name, `${typeClass(c.type)} ${c.notnull || c.pk ? "NOT NULL" : "NULL"}`]));
      const primaryKey = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      const indexes: Record<string, string[]> = {};
      for (const index of db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; origin: string }[]) {
        if (index.origin === "pk") continue;
        indexes[index.name] = (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { seqno: number; name: string }[])
          .sort((a, b) => a.seqno - b.seqno).map((c) => c.name);
      }
      const keys = db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { id: number; seq: number; table: string; from: string; to: string; on_delete: string }[];
      const foreignKeys = [...new Set(keys.map((k) => k.id))].map((id) => {
        const parts = keys.filter((k) => k.id === id).sort((a, b) => a.seq - b.seq);
        return `${parts.map((k) => k.from).join(",")} -> ${parts[0]!.table}(${parts.map((k) => k.to).join(",")}) ON DELETE ${parts[0]!.on_delete}`;
      }).sort();
      schema[name] = { columns, primaryKey, indexes, foreignKeys };
    }
    return schema;
  } finally {
    db.close();
  }
}

/** The schema of a PostgreSQL database, read from information_schema and the catalogue. */
export async function postgresSchema(client: pg.ClientBase): Promise<Schema> {
  const columns = await client.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`);
  const indexes = await client.query<{ table_name: string; index_name: string; is_primary: boolean; columns: string[] }>(
    `SELECT t.relname AS table_name, i.relname AS index_name, x.indisprimary AS is_primary,
        array_agg(a.attname::text ORDER BY k.ordinality) AS columns
      FROM pg_index x
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k (attnum, ordinality)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      GROUP BY t.relname, i.relname, x.indisprimary`);
  const foreignKeys = await client.query<{ table_name: string; description: string }>(
    `SELECT c.conrelid::regclass::text AS table_name,
        (SELECT string_agg(a.attname, ',' ORDER BY k.o) FROM unnest(c.conkey) WITH ORDINALITY AS k (n, o)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n)
        || ' -> ' || c.confrelid::regclass::text || '('
        || (SELECT string_agg(a.attname, ',' ORDER BY k.o) FROM unnest(c.confkey) WITH ORDINALITY AS k (n, o)
          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n)
        || ') ON DELETE ' || CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT'
          WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END AS description
      FROM pg_constraint c WHERE c.contype = 'f'`);
  const schema: Record<string, { columns: Record<string, string>; primaryKey: string[]; indexes: Record<string, string[]>; foreignKeys: string[] }> = {};
  for (const c of columns.rows) {
    if (TOOLING.has(c.table_name)) continue;
    schema[c.table_name] ??= { columns: {}, primaryKey: [], indexes: {}, foreignKeys: [] };
    schema[c.table_name]!.columns[c.column_name] = `${typeClass(c.data_type)} ${c.is_nullable === "YES" ? "NULL" : "NOT NULL"}`;
  }
  for (const index of indexes.rows) {
    const table = schema[index.table_name];
    if (!table) continue;
    if (index.is_primary) table.primaryKey = index.columns;
    else table.indexes[index.index_name] = index.columns;
  }
  for (const key of foreignKeys.rows) schema[key.table_name]?.foreignKeys.push(key.description);
  for (const table of Object.values(schema)) table.foreignKeys.sort();
  return schema;
}
