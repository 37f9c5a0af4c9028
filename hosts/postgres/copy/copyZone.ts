import pg from "pg";
import { CopyRefusedError } from "./CopyRefusedError.ts";
import { COPY_LOCK_KEY, targetHasRowsSql, targetLockSql, targetResetOrderSql, targetUnlockSql } from "./copySql.ts";
import { copyTable, type TableProgress } from "./copyTable.ts";
import { matchMigrationLevel } from "./matchMigrationLevel.ts";
import { openZoneSource } from "./openZoneSource.ts";
import { sourceSummary, type TableSummary, targetSummary } from "./tableChecksums.ts";
import { readZonePlan, type ZoneTable } from "./zoneTables.ts";

export interface CopyOptions {
  /** A SQLite database file of the Bun/Deno hosts, or a `wrangler d1 export` SQL dump. */
  readonly from: string;
  /** The target PostgreSQL URL. */
  readonly to: string;
  /** migrations/postgres/ */
  readonly migrationsFolder: string;
  readonly intoNonEmpty: boolean;
  readonly batchSize: number;
  readonly onProgress: (progress: TableProgress) => void;
}

export interface CopiedTable {
  readonly table: string;
  readonly inserted: number;
  readonly resumedAfter: number;
  readonly source: TableSummary;
  readonly target: TableSummary;
}

export interface CopyReport {
  readonly sourceKind: string;
  readonly migrationLevel: readonly string[];
  /** Migrations applied to the target by this run (an empty target gets them all). */
  readonly migrationsApplied: readonly string[];
  /** Tables not copied: the migration bookkeeping (compared as migration levels instead). */
  readonly skipped: readonly string[];
  readonly tables: readonly CopiedTable[];
  /** Every table's count and checksum equal on both sides. */
  readonly matches: boolean;
}

/**
 * Copies a zone from a SQLite file or a D1 dump into PostgreSQL: checks the migration levels
 * (applying the schema to an empty target), refuses a target that holds rows unless asked, copies
 * every table parents first in batches (SQLite's `rowid` into the order column, whose sequence is
 * then moved past it), and compares each table's row count and checksum on both sides. The source
 * is read in one read transaction (one snapshot); one copy at a time per target (an advisory lock).
 */
export async function copyZone(options: CopyOptions): Promise<CopyReport> {
  const source = openZoneSource(options.from);
  const target = new pg.Client({ connectionString: options.to, application_name: "spacegate copy", connectionTimeoutMillis: 10_000 });
  // A connection lost mid-copy also rejects the query in flight, which says so; without a listener the event would end the process.
  target.on("error", () => {});
  try {
    await target.connect();
    if (!(await target.query<{ locked: boolean }>(targetLockSql(), [COPY_LOCK_KEY])).rows[0]!.locked) {
      throw new CopyRefusedError("another copy into this database is running");
    }
    source.db.exec("BEGIN");
    const { level, appliedNow } = await matchMigrationLevel(source.db, target, options.migrationsFolder);
    const plan = await readZonePlan(source.db, target);
    if (!options.intoNonEmpty) await refuseNonEmpty(target, plan.tables);
    const copied = [];
    for (const table of plan.tables) copied.push({ table, ...(await copyTable(source.db, target, table, options)) });
    for (const { orderColumn, ...table } of plan.tables) {
      if (orderColumn) await target.query(targetResetOrderSql({ ...table, orderColumn }), [table.name, orderColumn]);
    }
    const tables: CopiedTable[] = [];
    for (const { table, inserted, resumedAfter } of copied) {
      tables.push({ table: table.name, inserted, resumedAfter, source: sourceSummary(source.db, table), target: await targetSummary(target, table) });
    }
    const matches = tables.every((t) => t.source.rows === t.target.rows && t.source.checksum === t.target.checksum);
    return { sourceKind: source.kind, migrationLevel: level, migrationsApplied: appliedNow, skipped: plan.skipped, tables, matches };
  } finally {
    if (source.db.isTransaction) source.db.exec("COMMIT");
    source.close();
    await target.query(targetUnlockSql(), [COPY_LOCK_KEY]).catch(() => {});
    await target.end().catch(() => {});
  }
}

async function refuseNonEmpty(target: pg.Client, tables: readonly ZoneTable[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    if ((await target.query<{ present: boolean }>(targetHasRowsSql(table))).rows[0]!.present) filled.push(table.name);
  }
  if (filled.length > 0) {
    throw new CopyRefusedError(
      `the target already holds rows (in ${filled.join(", ")}). To finish an interrupted copy of this same file, ` +
        "or to check a finished one, run again with --into-non-empty: rows already there are kept and every table is compared.",
    );
  }
}
