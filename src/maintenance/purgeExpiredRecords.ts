import type { Db } from "../common/Db";
import { runBatch } from "../common/runBatch";
import { sql } from "../common/sql";
import { IDEMPOTENCY_KEY_RETENTION_SECONDS } from "../http/idempotencyKey";

/** Spent tokens are kept a little past `exp`, beyond the verifier's clock tolerance. */
const CLOCK_SKEW_MARGIN_SECONDS = 5 * 60;

/**
 * Drops what no request can use any more, in one batch: idempotency keys
 * older than their retention, and spent single-use tokens past their expiry
 * (such a token is refused as expired before its `jti` is ever looked at).
 * Run hourly: by the cron trigger on Workers, in-process on Bun and Deno.
 */
export async function purgeExpiredRecords(db: Db, nowSeconds: number): Promise<void> {
  await runBatch(db, [
    sql`DELETE FROM idempotency_keys WHERE created_at < ${nowSeconds - IDEMPOTENCY_KEY_RETENTION_SECONDS}`,
    sql`DELETE FROM spent_tokens WHERE expires_at < ${nowSeconds - CLOCK_SKEW_MARGIN_SECONDS}`,
  ]);
}
