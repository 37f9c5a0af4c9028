import { errors, type JSONWebKeySet } from "jose";

/** A key set as its origin served it, and when it was fetched (epoch milliseconds). */
export interface FetchedJwks {
  readonly jwks: JSONWebKeySet;
  readonly fetchedAtMs: number;
}

// Carries the origin fetch time on a Cache API entry, so every isolate ages a key set from the same
// instant.
const FETCHED_AT_HEADER = "X-Jwks-Fetched-At";

// The Cache API key that shares one JWKS URL's key set between isolates. A host of our own (RFC
// 6761 `.invalid`) keeps it apart from anything that `fetch` itself may cache under the origin's
// URL.
function sharedCacheKey(url: string): Request {
  return new Request(`https://jwks-cache.spacegate.invalid/v1?url=${encodeURIComponent(url)}`);
}

/**
 * The key set another isolate of this colo shared through the Cache API, or
 * undefined when there is none younger than `maxAgeMs`. The cache is an
 * optimisation only: any failure to read it counts as a miss.
 */
export async function readSharedJwks(url: string, maxAgeMs: number, nowMs: number): Promise<FetchedJwks | undefined> {
  try {
    const cached = await caches.default.match(sharedCacheKey(url));
    if (cached === undefined) return undefined;
    const fetchedAtMs = Number(cached.headers.get(FETCHED_AT_HEADER));
    const jwks: unknown = await cached.json();
    if (!Number.isFinite(fetchedAtMs) || nowMs - fetchedAtMs >= maxAgeMs || !isJwks(jwks)) return undefined;
    return { jwks, fetchedAtMs };
  } catch {
    return undefined;
  }
}

/**
 * Shares a freshly fetched key set through the Cache API for the rest of its
 * lifetime. Never throws: a key set that cannot be shared is still good here.
 */
export async function shareJwks(url: string, fetched: FetchedJwks, maxAgeMs: number, nowMs: number): Promise<void> {
  const remainingSeconds = Math.floor((fetched.fetchedAtMs + maxAgeMs - nowMs) / 1000);
  if (remainingSeconds <= 0) return;
  try {
    await caches.default.put(
      sharedCacheKey(url),
      new Response(JSON.stringify(fetched.jwks), {
        headers: {
          "Content-Type": "application/json",
          "Cache-Control": `max-age=${remainingSeconds}`,
          [FETCHED_AT_HEADER]: String(fetched.fetchedAtMs),
        },
      }),
    );
  } catch {
    // Sharing is best effort; this isolate keeps its own copy either way.
  }
}

/**
 * Fetches a key set from its origin. Redirects are not followed (as jose's
 * own remote key set does), a timeout bounds the wait, and anything but a
 * 200 with a JWKS-shaped body throws: an outage, never a verdict on a token.
 */
export async function fetchJwksFromOrigin(url: string, timeoutMs: number, nowMs: () => number): Promise<FetchedJwks> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "application/json, application/jwk-set+json" },
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    if (cause instanceof Error && cause.name === "TimeoutError") throw new errors.JWKSTimeout(undefined, { cause });
    throw new errors.JOSEError(`fetching the JWKS failed: ${String(cause)}`, { cause });
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new errors.JOSEError(`the JWKS origin answered ${response.status}, expected 200`);
  }
  const jwks: unknown = await response.json().catch(() => undefined);
  if (!isJwks(jwks)) throw new errors.JWKSInvalid("the JWKS origin did not answer a JSON Web Key Set");
  return { jwks, fetchedAtMs: nowMs() };
}

// RFC 7517 §5: an object whose `keys` is an array of objects.
function isJwks(value: unknown): value is JSONWebKeySet {
  if (typeof value !== "object" || value === null) return false;
  const { keys } = value as { keys?: unknown };
  return Array.isArray(keys) && keys.every((key) => typeof key === "object" && key !== null && !Array.isArray(key));
}
