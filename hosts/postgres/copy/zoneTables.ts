import type { DatabaseSync } from "node:sqlite";
import type { ClientBase } from "pg";
import { CopyRefusedError } from "./CopyRefusedError.ts";
import { BOOKKEEPING_TABLES, sourceColumnsSql, sourceForeignKeysSql, sourceTablesSql, targetColumnsSql } from "./copySql.ts";

/** One table of the zone as both engines hold it. */
export interface ZoneTable {
  readonly name: string;
  /** The columns both sides have, in the source's order. */
  readonly columns: readonly string[];
  /** The target's identity column that keeps SQLite's `rowid` order (`insertion_order`), if it has one. */
  readonly orderColumn?: string;
  readonly primaryKey: readonly string[];
  /** Per primary-key column: whether it is text (ordered bytewise on both engines). */
  readonly textKey: readonly boolean[];
}

/** What the schemas give: the tables to copy, parents before children, and the bookkeeping tables left out. */
export interface ZonePlan {
  readonly tables: readonly ZoneTable[];
  readonly skipped: readonly string[];
}

interface SourceColumn { name: string; type: string; pk: number }
interface TargetColumn { table_name: string; column_name: string; data_type: string; is_identity: string }

/**
 * Reads the list of tables from the source's schema (never a hand list that could drift), checks
 * that the target has each with the same columns (plus, at most, an identity column fed from
 * `rowid`) and no table the source lacks, and orders them so that every table comes after the
 * tables its foreign keys reference.
 */
export async function readZonePlan(source: DatabaseSync, target: ClientBase): Promise<ZonePlan> {
  const names = (source.prepare(sourceTablesSql()).all() as { name: string }[]).map((row) => row.name);
  const skipped = names.filter((name) => BOOKKEEPING_TABLES.includes(name));
  const zoneNames = names.filter((name) => !BOOKKEEPING_TABLES.includes(name));
  const targetColumns = new Map<string, TargetColumn[]>();
  for (const column of (await target.query<TargetColumn>(targetColumnsSql())).rows) {
    if (BOOKKEEPING_TABLES.includes(column.table_name)) continue;
    targetColumns.set(column.table_name, [...(targetColumns.get(column.table_name) ?? []), column]);
  }
  const extra = [...targetColumns.keys()].filter((name) => !zoneNames.includes(name));
  if (extra.length > 0) throw new CopyRefusedError(`the target has tables the source lacks: ${extra.join(", ")}`);
  const tables = zoneNames.map((name) => zoneTable(name, source.prepare(sourceColumnsSql(name)).all() as unknown as SourceColumn[], targetColumns.get(name)));
  return { tables: parentsFirst(source, tables), skipped };
}

function zoneTable(name: string, sourceColumns: SourceColumn[], targetColumns: TargetColumn[] | undefined): ZoneTable {
  if (!targetColumns) throw new CopyRefusedError(`the target has no table ${name}`);
  const columns = sourceColumns.map((column) => column.name);
  const missing = columns.filter((column) => !targetColumns.some((c) => c.column_name === column));
  const added = targetColumns.filter((c) => !columns.includes(c.column_name));
  if (missing.length > 0) throw new CopyRefusedError(`the target's ${name} lacks ${missing.join(", ")}`);
  if (added.length > 1 || added.some((c) => c.is_identity !== "YES")) {
    throw new CopyRefusedError(`the target's ${name} has columns the source lacks: ${added.map((c) => c.column_name).join(", ")}`);
  }
  const key = sourceColumns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
  if (key.length === 0) throw new CopyRefusedError(`${name} has no primary key to copy it by`);
  return {
    name,
    columns,
    ...(added[0] ? { orderColumn: added[0].column_name } : {}),
    primaryKey: key.map((column) => column.name),
    textKey: key.map((column) => /text|char|clob/i.test(column.type)),
  };
}

/** Tables in an order where each comes after the tables it references (a depth-first walk). */
function parentsFirst(source: DatabaseSync, tables: ZoneTable[]): ZoneTable[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: ZoneTable[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: ZoneTable, path: string[]): void => {
    if (state.get(table.name) === "done") return;
    if (state.get(table.name) === "visiting") throw new CopyRefusedError(`foreign keys form a cycle: ${[...path, table.name].join(" → ")}`);
    state.set(table.name, "visiting");
    const parents = (source.prepare(sourceForeignKeysSql(table.name)).all() as { table: string }[]).map((key) => key.table);
    for (const parent of new Set(parents)) {
      const parentTable = byName.get(parent);
      if (parentTable && parent !== table.name) visit(parentTable, [...path, table.name]);
    }
    state.set(table.name, "done");
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}
