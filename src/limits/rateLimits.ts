import type { Caller } from "../auth/Caller";
import { ApiError } from "../http/ApiError";

/**
 * A rate limiter, as Workers' rate-limiting binding is one: `limit({key})`
 * says whether one more request of that key fits its window. The Bun and
 * Deno hosts pass in-process limiters of the same shape, which also say when
 * the window ends.
 */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean; retryAfterSeconds?: number }>;
}

/** Workers' windows are 10 or 60 seconds and the binding does not say which: a client waiting this long is never early. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/** The limiter key of an authenticated caller. */
export function callerKey(caller: Caller): string {
  return `${caller.kind}:${caller.id}`;
}

/**
 * Counts one request against `key` and answers 429 `too_many_requests` with
 * `Retry-After` when it does not fit. No limiter configured means no limit.
 * Runs before any D1 round trip, so a refused request costs no storage work
 * and writes nothing.
 */
export async function enforceRateLimit(limiter: RateLimiter | undefined, key: string): Promise<void> {
  if (limiter === undefined) return;
  const { success, retryAfterSeconds } = await limiter.limit({ key });
  if (success) return;
  throw new ApiError(429, "too_many_requests", "Too many requests; try again after the time in Retry-After.", {
    "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS))),
  });
}
