// Every statement `npm run copy` runs, on the SQLite source and on the PostgreSQL target, in one
// place. Table and column names come from the schemas (zoneTables.ts), never from input, and are
// quoted; values are always bound.
import type { ZoneTable } from "./zoneTables.ts";

/** A name quoted for both engines. */
export const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Tables of the migration tooling, not of the zone: compared by migration level, never copied. */
export const BOOKKEEPING_TABLES: readonly string[] = ["d1_migrations", "sqlite_sequence"];

/** The advisory lock one copy holds on its target for its whole run (`"sg"` in ASCII, then 2). */
export const COPY_LOCK_KEY = 0x7367_0002;

// ---- SQLite, the source ----

/** The source's tables, by name; D1's own `_cf_…` tables left out. */
export const sourceTablesSql = (): string =>
  "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY name";

export const sourceColumnsSql = (table: string): string => `PRAGMA table_info(${quoted(table)})`;

export const sourceForeignKeysSql = (table: string): string => `PRAGMA foreign_key_list(${quoted(table)})`;

export const sourceMigrationsSql = (): string => "SELECT name FROM d1_migrations ORDER BY name";

/** The columns a page reads, in the order the target's insert names them: the shared columns, then `rowid` for the order column. */
function sourceColumnList(table: ZoneTable): string {
  return [...table.columns.map(quoted), ...(table.orderColumn ? ["rowid"] : [])].join(", ");
}

/** Up to `limit` rows after a key (none: from the first), in primary-key order, bytewise for text as on PostgreSQL. */
export function sourcePageSql(table: ZoneTable, { after }: { after: boolean }): string {
  const key = table.primaryKey.map(quoted);
  const order = table.primaryKey.map((column, index) => (table.textKey[index] ? `${quoted(column)} COLLATE BINARY` : quoted(column)));
  const where = after ? ` WHERE (${key.join(", ")}) > (${key.map(() => "?").join(", ")})` : "";
  return `SELECT ${sourceColumnList(table)} FROM ${quoted(table.name)}${where} ORDER BY ${order.join(", ")} LIMIT ?`;
}

export const sourceCountSql = (table: ZoneTable): string => `SELECT COUNT(*) AS n FROM ${quoted(table.name)}`;

/** Rows up to and including a key: how many a target holding exactly the source's prefix up to that key holds. */
export function sourceCountUpToSql(table: ZoneTable): string {
  const key = table.primaryKey.map(quoted);
  return `SELECT COUNT(*) AS n FROM ${quoted(table.name)} WHERE (${key.join(", ")}) <= (${key.map(() => "?").join(", ")})`;
}

// ---- PostgreSQL, the target ----

export const targetColumnsSql = (): string =>
  `SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns
    WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`;

export const targetHasMigrationsTableSql = (): string => "SELECT to_regclass('d1_migrations') IS NOT NULL AS present";

export const targetMigrationsSql = (): string => "SELECT name FROM d1_migrations ORDER BY name";

export const targetLockSql = (): string => "SELECT pg_try_advisory_lock($1) AS locked";

export const targetUnlockSql = (): string => "SELECT pg_advisory_unlock($1)";

export const targetHasRowsSql = (table: ZoneTable): string => `SELECT EXISTS (SELECT 1 FROM ${quoted(table.name)}) AS present`;

/** The target's column list for an insert: the shared columns, then the order column fed from `rowid`. */
const targetColumnList = (table: ZoneTable): string =>
  [...table.columns, ...(table.orderColumn ? [table.orderColumn] : [])].map(quoted).join(", ");

/**
 * One batch: one multi-row INSERT, hence one transaction, all its rows or none. Rows already
 * there by primary key are left as they are (a re-run, or `--into-non-empty`); the checksums
 * afterwards tell whether they equal the source's.
 */
export function targetInsertSql(table: ZoneTable, rows: number): string {
  const width = table.columns.length + (table.orderColumn ? 1 : 0);
  const tuples = Array.from({ length: rows }, (_, row) =>
    `(${Array.from({ length: width }, (_, column) => `$${row * width + column + 1}`).join(", ")})`);
  return `INSERT INTO ${quoted(table.name)} (${targetColumnList(table)}) VALUES ${tuples.join(", ")} ON CONFLICT DO NOTHING`;
}

/** Primary-key order on the target: bytewise for text (COLLATE "C"), as SQLite's BINARY. */
const targetKeyOrder = (table: ZoneTable, direction = ""): string =>
  table.primaryKey.map((column, index) => `${quoted(column)}${table.textKey[index] ? ' COLLATE "C"' : ""}${direction}`).join(", ");

/** The target's largest primary key, as text. */
export const targetLastKeySql = (table: ZoneTable): string =>
  `SELECT ${table.primaryKey.map((column) => `${quoted(column)}::text`).join(", ")} FROM ${quoted(table.name)} ORDER BY ${targetKeyOrder(table, " DESC")} LIMIT 1`;

export const targetCountSql = (table: ZoneTable): string => `SELECT COUNT(*)::bigint::text AS n FROM ${quoted(table.name)}`;

/** Moves the identity sequence past the copied `rowid`s, so that new rows come after them. */
export const targetResetOrderSql = (table: ZoneTable & { orderColumn: string }): string =>
  `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${quoted(table.orderColumn)}), 0) + 1, false)
    FROM ${quoted(table.name)}`;

/** Up to `limit` rows after a key, every value as text (NULL stays NULL), in primary-key order: what the checksum reads. */
export function targetPageSql(table: ZoneTable, { after }: { after: boolean }): string {
  const columns = [...table.columns, ...(table.orderColumn ? [table.orderColumn] : [])].map((column) => `${quoted(column)}::text`);
  const key = table.primaryKey.map((column, index) => `${quoted(column)}${table.textKey[index] ? ' COLLATE "C"' : ""}`);
  const width = table.primaryKey.length;
  const where = after ? ` WHERE (${key.join(", ")}) > (${table.primaryKey.map((_, index) => `$${index + 1}`).join(", ")})` : "";
  return `SELECT ${columns.join(", ")} FROM ${quoted(table.name)}${where} ORDER BY ${targetKeyOrder(table)} LIMIT $${(after ? width : 0) + 1}`;
}
