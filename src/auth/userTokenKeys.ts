import { createLocalJWKSet, type JWTVerifyGetKey } from "jose";
import { createCachedRemoteJwks } from "./cachedRemoteJwks";

let cached: { source: string; keys: JWTVerifyGetKey } | undefined;

/**
 * The identity provider's keys: `AUTH_JWKS_URL` wins over inline `AUTH_JWKS`;
 * an empty value counts as unset. Built once per isolate and rebuilt only when
 * the configuration changes, so the imported CryptoKeys live as long as the
 * isolate does. A remote key set costs no network in steady state (see
 * `createCachedRemoteJwks`).
 */
export function getUserTokenKeys(env: Env): JWTVerifyGetKey {
  const url = env.AUTH_JWKS_URL?.trim();
  const inline = env.AUTH_JWKS?.trim();
  const source = url ? `url:${url}` : `inline:${inline ?? ""}`;
  if (cached?.source === source) return cached.keys;
  let keys: JWTVerifyGetKey;
  if (url) keys = createCachedRemoteJwks(new URL(url));
  else if (inline) keys = createLocalJWKSet(JSON.parse(inline));
  else throw new Error("Neither AUTH_JWKS_URL nor AUTH_JWKS is configured");
  cached = { source, keys };
  return keys;
}
