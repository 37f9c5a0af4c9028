import { jwtVerify } from "jose";
import { getUserTokenKeys } from "./userTokenKeys";
import type { Caller } from "./Caller";
import { invalidAccessToken, isRejectedTokenError } from "./tokenErrors";

/** Accepted clock skew when checking `exp` and `nbf`, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 30;
const DEFAULT_USER_ALGORITHMS = "RS256,ES256,EdDSA";

/**
 * Verifies an identity-provider access token: signature against the IdP keys,
 * an algorithm from `AUTH_ALGORITHMS`, `iss`, `aud`, time claims, and a
 * non-empty `sub`. The caller has already excluded the zone's own `typ`s.
 * `exp` is required (RFC 9068 §2.2): user tokens cannot be revoked here, so
 * one without an expiry would be valid forever.
 */
export async function verifyUserToken(token: string, env: Env): Promise<Caller> {
  const issuer = requireSetting(env.AUTH_ISSUER, "AUTH_ISSUER");
  const audience = requireSetting(env.AUTH_AUDIENCE, "AUTH_AUDIENCE");
  try {
    const { payload } = await jwtVerify(token, getUserTokenKeys(env), {
      issuer,
      audience,
      algorithms: parseList(env.AUTH_ALGORITHMS || DEFAULT_USER_ALGORITHMS),
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["sub", "exp"],
    });
    if (typeof payload.sub !== "string" || payload.sub === "") {
      throw invalidAccessToken("The access token has no subject.");
    }
    return { kind: "user", id: payload.sub };
  } catch (thrown) {
    if (isRejectedTokenError(thrown)) throw invalidAccessToken();
    throw thrown;
  }
}

/** Splits a comma-separated setting into its trimmed, non-empty items. */
export function parseList(value: string | undefined): string[] {
  return (value ?? "").split(",").map((item) => item.trim()).filter((item) => item !== "");
}

/** A configuration value that must be present; a missing one is an operator error (500). */
export function requireSetting(value: string | undefined, name: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new Error(`${name} is not configured`);
  return trimmed;
}
