import type { Db, DbResult } from "./Db";
import { prepare, type SqlQuery } from "./sql";

/**
 * Runs statements as one atomic batch (one transaction, one round trip),
 * leaving out the `undefined` entries, so that a store can list optional
 * statements inline (`support && sql\`…\``). Every multi-statement write goes
 * through here: it is the one place where an engine's transaction is entered.
 */
export function runBatch<T = Record<string, unknown>>(db: Db, queries: readonly (SqlQuery | undefined | false)[]): Promise<DbResult<T>[]> {
  const statements = [];
  for (const query of queries) if (query) statements.push(prepare(db, query));
  return db.batch<T>(statements);
}
