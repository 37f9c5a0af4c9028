import { jwtVerify } from "jose";
import { getUserTokenKeys } from "./userTokenKeys";
import type { Caller } from "./Caller";
import { requireSetting } from "../common/settings";
import { setting } from "../settings/setting";
import { invalidAccessToken, rejectedTokenAs } from "./tokenErrors";

/** Accepted clock skew when checking `exp` and `nbf`, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 30;
/** Longest `name` claim kept; a longer one is ignored, as if absent. */
const MAX_NAME_CLAIM_CHARS = 256;

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
  const { payload } = await jwtVerify(token, getUserTokenKeys(env), {
    issuer,
    audience,
    algorithms: [...setting(env, "AUTH_ALGORITHMS")],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ["sub", "exp"],
  }).catch(rejectedTokenAs(invalidAccessToken));
  if (typeof payload.sub !== "string" || payload.sub === "") {
    throw invalidAccessToken("The access token has no subject.");
  }
  const { name } = payload;
  return typeof name === "string" && name.trim() !== "" && name.length <= MAX_NAME_CLAIM_CHARS
    ? { kind: "user", id: payload.sub, name: name.trim() }
    : { kind: "user", id: payload.sub };
}
