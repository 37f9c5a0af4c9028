import type { JWTPayload } from "jose";
import { randomId } from "../common/randomId";
import { ApiError } from "../http/ApiError";
import { rejectedTokenAs } from "../auth/tokenErrors";
import { MAX_TOKEN_CHARS } from "../auth/tokenTypes";
import { signZoneToken, verifyZoneToken } from "../auth/zoneTokens";

/** What a verified single-use token grants; spending it is up to the batch that uses it. */
export interface SingleUseGrant {
  /** `sub`: the user (space creation tokens) or the space (invite and support tokens). */
  readonly subject: string;
  /** `jti`: the primary key that makes it single use. */
  readonly tokenId: string;
  /** `exp`, unix seconds. */
  readonly expiresAt: number;
  readonly payload: JWTPayload;
}

/** Signs a single-use zone token of one `typ`, with a fresh `jti` and an expiry. */
export function issueSingleUseToken(env: Env, type: string, subject: string, ttlSeconds: number, extra: JWTPayload = {}) {
  return signZoneToken(env, { type, subject, jti: randomId(), expiresInSeconds: ttlSeconds, extra });
}

/**
 * Verifies a single-use token from a request body: a zone token of exactly
 * this `typ` (so no kind passes for another), unexpired, with a `jti` and an
 * `exp`. Anything else is a 400 `invalid_token` that names the kind.
 */
export async function verifySingleUseToken(env: Env, type: string, token: string, kind: string): Promise<SingleUseGrant> {
  if (token.length > MAX_TOKEN_CHARS) throw invalidBodyToken(`The ${kind} is too long.`);
  const payload = await verifyZoneToken(token, env, type).catch(rejectedTokenAs(() => invalidBodyToken(`The ${kind} is invalid, expired or already used.`)));
  const { jti, exp } = payload;
  if (typeof jti !== "string" || jti === "" || typeof exp !== "number") {
    throw invalidBodyToken(`The ${kind} is invalid, expired or already used.`);
  }
  return { subject: payload.sub, tokenId: jti, expiresAt: exp, payload };
}

/** The 400 for a token in a request body that is invalid, expired, already used, of another kind or for a space that is gone. */
export function invalidBodyToken(description: string): ApiError {
  return new ApiError(400, "invalid_token", description);
}
