import { ApiError } from "../http/ApiError";
import { rejectedTokenAs } from "../auth/tokenErrors";
import { MAX_TOKEN_CHARS, SPACE_CREATE_TOKEN_TYPE } from "../auth/tokenTypes";
import { signZoneToken, verifyZoneToken } from "../auth/zoneTokens";
import { randomId } from "../common/randomId";

/** Default lifetime of a space creation token, in seconds (24 h). */
export const DEFAULT_SPACE_CREATE_TOKEN_TTL_SECONDS = 24 * 60 * 60;

export interface SpaceCreateGrant {
  readonly userId: string;
  readonly tokenId: string;
  readonly expiresAt: number;
  /** The one provider allowed to redeem it, when bound. */
  readonly providerId: string | undefined;
}

/** Issues a single-use space creation token for a user, optionally bound to one provider. */
export function issueSpaceCreateToken(env: Env, userId: string, providerId?: string): Promise<string> {
  return signZoneToken(env, {
    type: SPACE_CREATE_TOKEN_TYPE,
    subject: userId,
    jti: randomId(),
    expiresInSeconds: spaceCreateTokenTtlSeconds(env),
    extra: providerId === undefined ? {} : { provider: providerId },
  });
}

/**
 * Verifies a space creation token from a request body. Anything that is not
 * a valid, unexpired `space-create+jwt` of this zone is a 400 `invalid_token`;
 * single use is enforced later, by the redemption batch.
 */
export async function verifySpaceCreateToken(env: Env, token: string): Promise<SpaceCreateGrant> {
  if (token.length > MAX_TOKEN_CHARS) throw invalidSpaceCreateToken("The space creation token is too long.");
  const payload = await verifyZoneToken(token, env, SPACE_CREATE_TOKEN_TYPE).catch(
    rejectedTokenAs(() => invalidSpaceCreateToken()),
  );
  const { jti, exp, provider } = payload;
  const wellFormed =
    typeof jti === "string" && jti !== "" && typeof exp === "number" && (provider === undefined || typeof provider === "string");
  if (!wellFormed) throw invalidSpaceCreateToken();
  return { userId: payload.sub, tokenId: jti, expiresAt: exp, providerId: provider };
}

/** The 400 for a body token that is invalid, expired, already used or of the wrong kind. */
export function invalidSpaceCreateToken(description = "The space creation token is invalid, expired or already used."): ApiError {
  return new ApiError(400, "invalid_token", description);
}

function spaceCreateTokenTtlSeconds(env: Env): number {
  const configured = Number(env.SPACE_CREATE_TOKEN_TTL_SECONDS);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_SPACE_CREATE_TOKEN_TTL_SECONDS;
}
