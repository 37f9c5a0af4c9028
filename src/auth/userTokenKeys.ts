import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from "jose";

let cached: { source: string; keys: JWTVerifyGetKey } | undefined;

/**
 * The identity provider's keys: `AUTH_JWKS_URL` (remote, cached by jose) wins
 * over inline `AUTH_JWKS`; an empty value counts as unset. Built once per
 * isolate and rebuilt only when the configuration changes.
 */
export function getUserTokenKeys(env: Env): JWTVerifyGetKey {
  const url = env.AUTH_JWKS_URL?.trim();
  const inline = env.AUTH_JWKS?.trim();
  const source = url ? `url:${url}` : `inline:${inline ?? ""}`;
  if (cached?.source === source) return cached.keys;
  let keys: JWTVerifyGetKey;
  if (url) keys = createRemoteJWKSet(new URL(url));
  else if (inline) keys = createLocalJWKSet(JSON.parse(inline));
  else throw new Error("Neither AUTH_JWKS_URL nor AUTH_JWKS is configured");
  cached = { source, keys };
  return keys;
}
