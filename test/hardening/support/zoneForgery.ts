import { env } from "cloudflare:workers";
import { importJWK, type JWK, type JWTHeaderParameters, type JWTPayload } from "jose";
import { nowSeconds, signWith } from "../../support/forgedTokens";

/** The zone's private signing JWK (ZONE_SIGNING_KEY). */
export function zonePrivateJwk(): JWK & { kid: string; alg: string } {
  return JSON.parse(env.ZONE_SIGNING_KEY) as JWK & { kid: string; alg: string };
}

/** The zone's public JWK, exactly as `/.well-known/jwks.json` publishes it. */
export function zonePublicJwk(): JWK {
  const { kty, crv, x, y, kid, alg } = zonePrivateJwk();
  return { kty, crv, x, y, kid, alg };
}

/** The claims of a valid provider token for `providerId`, as the zone issues them (no `exp`). */
export function validProviderClaims(providerId: string): JWTPayload {
  return { iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER, sub: providerId, iat: nowSeconds() };
}

/** The claims of a valid space creation token for `userId`, valid for ten minutes. */
export function validCreationClaims(userId: string, extra: JWTPayload = {}): JWTPayload {
  const now = nowSeconds();
  return { iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER, sub: userId, iat: now, exp: now + 600, jti: crypto.randomUUID(), ...extra };
}

/**
 * Signs `payload` exactly as given (no claims added) with the zone's real
 * key. The header is `{alg, kid}` of that key plus `header`.
 */
export async function signAsZoneExactly(payload: JWTPayload, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  const jwk = zonePrivateJwk();
  const key = await importJWK(jwk, jwk.alg);
  return signWith(key, payload, { alg: jwk.alg, kid: jwk.kid, ...header });
}

/** A genuine provider token for `providerId`, signed like the zone's own (typ provider+jwt). */
export function providerTokenFor(providerId: string, claims: JWTPayload = {}, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  return signAsZoneExactly({ ...validProviderClaims(providerId), ...claims }, { typ: "provider+jwt", ...header });
}

/** A fresh, unbound space creation token for `userId`, signed like the zone's own (typ space-create+jwt). */
export function creationTokenFor(userId: string, claims: JWTPayload = {}, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  return signAsZoneExactly(validCreationClaims(userId, claims), { typ: "space-create+jwt", ...header });
}
