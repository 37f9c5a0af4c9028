import { createLocalJWKSet, errors, type JWTVerifyGetKey } from "jose";
import { fetchJwksFromOrigin, type FetchedJwks, readSharedJwks, shareJwks } from "./jwksSources";

/** How long a fetched key set is used before it is refreshed, in seconds (jose's own default). */
export const JWKS_MAX_AGE_SECONDS = 10 * 60;
/** Least time between two origin fetches caused by an unknown `kid`, in seconds (jose's default). */
export const JWKS_COOLDOWN_SECONDS = 30;
/** Longest wait for the JWKS origin, in milliseconds. */
export const JWKS_TIMEOUT_MS = 5_000;
/** How long an expired key set still serves while its origin fails, in seconds. */
export const JWKS_STALE_IF_ERROR_SECONDS = 60 * 60;

export interface CachedRemoteJwksOptions {
  readonly maxAgeSeconds?: number;
  readonly cooldownSeconds?: number;
  readonly timeoutMs?: number;
  readonly staleIfErrorSeconds?: number;
  /** The clock, in epoch milliseconds; tests move it. */
  readonly now?: () => number;
}

interface LoadedKeys extends FetchedJwks {
  /** jose's local set over `jwks`: it imports each CryptoKey once and keeps it. */
  readonly getKey: JWTVerifyGetKey;
}

/**
 * A remote JSON Web Key Set (RFC 7517) that costs no network in steady state.
 * Per isolate it keeps the key set and its imported CryptoKeys for
 * `maxAgeSeconds`; between isolates it shares the key set through the Cache
 * API for the rest of that lifetime, so a new isolate usually fetches nothing.
 * Concurrent requests share one load. A `kid` it does not know triggers one
 * origin fetch at most every `cooldownSeconds` (a key rotation), never one per
 * request. Unlike jose's `createRemoteJWKSet`, which on Workers fetches once
 * per concurrent cold request, the shared load here is safe: a request that
 * waits for another one's load gives up after the timeout and loads itself.
 */
export function createCachedRemoteJwks(url: URL, options: CachedRemoteJwksOptions = {}): JWTVerifyGetKey {
  const href = url.href;
  const now = options.now ?? Date.now;
  const maxAgeMs = (options.maxAgeSeconds ?? JWKS_MAX_AGE_SECONDS) * 1000;
  const cooldownMs = (options.cooldownSeconds ?? JWKS_COOLDOWN_SECONDS) * 1000;
  const timeoutMs = options.timeoutMs ?? JWKS_TIMEOUT_MS;
  const staleIfErrorMs = (options.staleIfErrorSeconds ?? JWKS_STALE_IF_ERROR_SECONDS) * 1000;

  let loaded: LoadedKeys | undefined;
  let lastOriginAttemptMs = Number.NEGATIVE_INFINITY;
  let lastUnknownKidRefetchMs = Number.NEGATIVE_INFINITY;
  let pending: { readonly keys: Promise<LoadedKeys>; readonly startedAtMs: number } | undefined;

  const fromOrigin = async (): Promise<LoadedKeys> => {
    lastOriginAttemptMs = now();
    const fetched = await fetchJwksFromOrigin(href, timeoutMs, now);
    await shareJwks(href, fetched, maxAgeMs, now());
    return toLoadedKeys(fetched);
  };

  const refresh = async (): Promise<LoadedKeys> => {
    const shared = await readSharedJwks(href, maxAgeMs, now());
    if (shared !== undefined) return toLoadedKeys(shared);
    try {
      return await fromOrigin();
    } catch (thrown) {
      // An origin outage should not fail every user at once: the last key set
      // keeps serving for a bounded time, retried no more often than the cooldown.
      if (loaded !== undefined && now() - loaded.fetchedAtMs < maxAgeMs + staleIfErrorMs) return loaded;
      throw thrown;
    }
  };

  // Runs `load` once for all concurrent callers.
  const shareLoad = async (load: () => Promise<LoadedKeys>): Promise<LoadedKeys> => {
    // A load older than the timeout is presumed lost with a cancelled request.
    if (pending !== undefined && now() - pending.startedAtMs <= timeoutMs) {
      // workerd cancels a continuation whose creating request has ended, so
      // another request's load is awaited for a bounded time only.
      const outcome = await settleWithin(pending.keys, timeoutMs + 1000);
      if (outcome === undefined) return (loaded = await load());
      if ("error" in outcome) throw outcome.error;
      return outcome.value;
    }
    const keys = load();
    pending = { keys, startedAtMs: now() };
    const clear = () => {
      if (pending?.keys === keys) pending = undefined;
    };
    keys.then(clear, clear);
    return (loaded = await keys);
  };

  const needsRefresh = (keys: LoadedKeys): boolean => {
    const ageMs = now() - keys.fetchedAtMs;
    if (ageMs < maxAgeMs) return false;
    if (ageMs >= maxAgeMs + staleIfErrorMs) return true;
    return now() - lastOriginAttemptMs >= cooldownMs;
  };

  return async (protectedHeader, token) => {
    const current = loaded === undefined || needsRefresh(loaded) ? await shareLoad(refresh) : loaded;
    try {
      return await current.getKey(protectedHeader, token);
    } catch (thrown) {
      // An unknown kid may be a key rotation: ask the origin again, but at
      // most once per cooldown; requests arriving meanwhile join that fetch.
      if (!(thrown instanceof errors.JWKSNoMatchingKey)) throw thrown;
      if (pending === undefined) {
        if (now() - lastUnknownKidRefetchMs < cooldownMs) throw thrown;
        lastUnknownKidRefetchMs = now();
      }
      return (await shareLoad(fromOrigin)).getKey(protectedHeader, token);
    }
  };
}

function toLoadedKeys(fetched: FetchedJwks): LoadedKeys {
  return { ...fetched, getKey: createLocalJWKSet(fetched.jwks) };
}

// How a promise settled, or undefined if it has not within `ms`.
async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | { error: unknown } | undefined> {
  // A closure, not a timer variable: the timer's type differs between Workers and Node.js typings, both in scope.
  let cancel = () => {};
  const timeout = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, ms);
    cancel = () => clearTimeout(timer);
  });
  try {
    return await Promise.race([promise.then((value) => ({ value }), (error: unknown) => ({ error })), timeout]);
  } finally {
    cancel();
  }
}
