import type { Db } from "../common/Db";
import { IDEMPOTENCY_KEY_RETENTION_SECONDS } from "./idempotencyKey";

/**
 * Drops what no request can use any more, in one batch: idempotency keys
 * older than their retention, and spent creation tokens past their expiry
 * (such a token is refused as expired before its `jti` is ever looked at).
 */
export async function purgeExpiredRecords(db: Db, nowSeconds: number): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM idempotency_keys WHERE created_at < ?1").bind(nowSeconds - IDEMPOTENCY_KEY_RETENTION_SECONDS),
    db.prepare("DELETE FROM spent_space_tokens WHERE expires_at < ?1").bind(nowSeconds - CLOCK_SKEW_MARGIN_SECONDS),
  ]);
}

/** Spent tokens are kept a little past `exp`, beyond the verifier's clock tolerance. */
const CLOCK_SKEW_MARGIN_SECONDS = 5 * 60;
