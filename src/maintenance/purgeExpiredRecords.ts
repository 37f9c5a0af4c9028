import type { Db } from "../common/Db";
import { runBatch } from "../common/runBatch";
import { sql, type SqlQuery } from "../common/sql";
import { IDEMPOTENCY_KEY_RETENTION_SECONDS } from "../http/idempotencyKey";

/** Spent tokens are kept a little past `exp`, beyond the verifier's clock tolerance. */
const CLOCK_SKEW_MARGIN_SECONDS = 5 * 60;

/**
 * Rows deleted by one statement. A busy zone gathers millions of expired rows
 * an hour; deleting them in one transaction would hold its locks (and, on
 * PostgreSQL, its serializable read set) for as long, so the purge deletes
 * them in chunks, each its own short transaction (docs/capacity-plan.md).
 */
export const PURGE_CHUNK_ROWS = 5_000;

/**
 * Drops what no request can use any more: idempotency keys older than their
 * retention, and spent single-use tokens past their expiry (such a token is
 * refused as expired before its `jti` is ever looked at). Each table is
 * emptied of them `chunkRows` rows at a time, until a chunk comes back short;
 * a purge cut short (a Worker's time limit, a failure) leaves whole chunks
 * done and the rest for the next run. Run hourly: by the cron trigger on
 * Workers, in-process on Bun and Deno.
 */
export async function purgeExpiredRecords(db: Db, nowSeconds: number, chunkRows = PURGE_CHUNK_ROWS): Promise<void> {
  const statements = [
    expiredIdempotencyKeysSql(nowSeconds - IDEMPOTENCY_KEY_RETENTION_SECONDS, chunkRows),
    expiredSpentTokensSql(nowSeconds - CLOCK_SKEW_MARGIN_SECONDS, chunkRows),
  ];
  for (const statement of statements) await deleteInChunks(db, statement, chunkRows);
}

async function deleteInChunks(db: Db, statement: SqlQuery, chunkRows: number): Promise<void> {
  for (;;) {
    const [result] = await runBatch(db, [statement]);
    if ((result?.meta.changes ?? 0) < chunkRows) return;
  }
}

function expiredIdempotencyKeysSql(createdBefore: number, chunkRows: number): SqlQuery {
  return sql`DELETE FROM idempotency_keys WHERE (principal, idempotency_key) IN (
    SELECT principal, idempotency_key FROM idempotency_keys WHERE created_at < ${createdBefore} LIMIT ${chunkRows})`;
}

function expiredSpentTokensSql(expiredBefore: number, chunkRows: number): SqlQuery {
  return sql`DELETE FROM spent_tokens WHERE jti IN (
    SELECT jti FROM spent_tokens WHERE expires_at < ${expiredBefore} LIMIT ${chunkRows})`;
}
