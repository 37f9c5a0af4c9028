import { errors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { getZoneKeys, ZONE_ALGORITHMS } from "./zoneKeys";
import { requireSetting } from "../common/settings";
import { CLOCK_TOLERANCE_SECONDS } from "./verifyUserToken";

export interface ZoneTokenClaims {
  readonly type: string;
  readonly subject: string;
  readonly expiresInSeconds?: number;
  readonly jti?: string;
  readonly extra?: JWTPayload;
}

/**
 * Signs a token issued by this zone. Zone tokens name the zone as both `iss`
 * and `aud`: they are only ever presented back to the zone that issued them.
 */
export async function signZoneToken(env: Env, claims: ZoneTokenClaims): Promise<string> {
  const zone = requireSetting(env.ZONE_ISSUER, "ZONE_ISSUER");
  const { signingKey, kid, alg } = await getZoneKeys(env);
  const jwt = new SignJWT(claims.extra ?? {})
    .setProtectedHeader({ alg, kid, typ: claims.type })
    .setIssuer(zone)
    .setAudience(zone)
    .setSubject(claims.subject)
    .setIssuedAt();
  if (claims.expiresInSeconds !== undefined) jwt.setExpirationTime(`${claims.expiresInSeconds}s`);
  if (claims.jti !== undefined) jwt.setJti(claims.jti);
  return jwt.sign(signingKey);
}

/**
 * Verifies a zone-issued token of one `typ`: signature by a current or retired
 * zone key, an allowed algorithm, `iss` and `aud` equal to this zone, the
 * time claims, and a non-empty `sub`. Throws jose errors for the caller to map.
 */
export async function verifyZoneToken(token: string, env: Env, type: string): Promise<JWTPayload & { sub: string }> {
  const zone = requireSetting(env.ZONE_ISSUER, "ZONE_ISSUER");
  const { verificationKeys } = await getZoneKeys(env);
  const { payload } = await jwtVerify(token, verificationKeys, {
    issuer: zone,
    audience: zone,
    typ: type,
    algorithms: ZONE_ALGORITHMS,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ["sub"],
  });
  if (typeof payload.sub !== "string" || payload.sub === "") {
    throw new errors.JWTInvalid("zone token without a subject");
  }
  return payload as JWTPayload & { sub: string };
}
