import { createLocalJWKSet, importJWK, type JSONWebKeySet, type JWK, type JWTVerifyGetKey } from "jose";
import { requireSetting } from "../common/settings";

/** Algorithms the zone signs and accepts its own tokens with (RFC 8725 §3.1). */
export const ZONE_ALGORITHMS = ["ES256", "EdDSA", "Ed25519"];

/** JWK members that may be published; everything else (`d`, `p`, `q`, …) stays private. */
const PUBLIC_JWK_MEMBERS = ["kty", "crv", "x", "y", "n", "e", "kid", "alg", "use"] as const;

export interface ZoneKeys {
  readonly signingKey: CryptoKey;
  readonly kid: string;
  readonly alg: string;
  /** Public JWKS: the current key first, then retired keys still accepted. */
  readonly publicJwks: JSONWebKeySet;
  readonly verificationKeys: JWTVerifyGetKey;
}

let cached: { source: string; keys: Promise<ZoneKeys> } | undefined;

/**
 * The zone's signing key and verification key set, imported once per isolate
 * (and again only when `ZONE_SIGNING_KEY` or `ZONE_VERIFY_KEYS` change).
 */
export function getZoneKeys(env: Env): Promise<ZoneKeys> {
  const source = `${env.ZONE_SIGNING_KEY}\n${env.ZONE_VERIFY_KEYS ?? ""}`;
  if (cached?.source !== source) {
    const keys = loadZoneKeys(env);
    // A failed import must not be cached: the next request retries.
    keys.catch(() => (cached = undefined));
    cached = { source, keys };
  }
  return cached.keys;
}

async function loadZoneKeys(env: Env): Promise<ZoneKeys> {
  const privateJwk = JSON.parse(requireSetting(env.ZONE_SIGNING_KEY, "ZONE_SIGNING_KEY")) as JWK;
  const { kid, alg } = privateJwk;
  if (!kid || !alg || !ZONE_ALGORITHMS.includes(alg)) {
    throw new Error("ZONE_SIGNING_KEY needs a kid and an alg of ES256 or EdDSA");
  }
  const signingKey = (await importJWK(privateJwk, alg)) as CryptoKey;
  const retired = env.ZONE_VERIFY_KEYS?.trim()
    ? ((JSON.parse(env.ZONE_VERIFY_KEYS) as JSONWebKeySet).keys ?? [])
    : [];
  const publicJwks = { keys: [toPublicJwk(privateJwk), ...retired.map(toPublicJwk)] };
  return { signingKey, kid, alg, publicJwks, verificationKeys: createLocalJWKSet(publicJwks) };
}

/** Copies only the public members of a JWK. */
export function toPublicJwk(jwk: JWK): JWK {
  const publicJwk: JWK = {};
  for (const member of PUBLIC_JWK_MEMBERS) {
    if (jwk[member] !== undefined) publicJwk[member] = jwk[member];
  }
  return publicJwk;
}
