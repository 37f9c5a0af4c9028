import { invalidBodyToken, issueSingleUseToken, verifySingleUseToken } from "../tokens/singleUseTokens";
import { SPACE_CREATE_TOKEN_TYPE } from "../auth/tokenTypes";
import { parseCount } from "../common/settings";

/** Default lifetime of a space creation token, in seconds (24 h). */
export const DEFAULT_SPACE_CREATE_TOKEN_TTL_SECONDS = 24 * 60 * 60;

const KIND = "space creation token";

export interface SpaceCreateGrant {
  readonly userId: string;
  readonly tokenId: string;
  readonly expiresAt: number;
  /** The one provider allowed to redeem it, when bound. */
  readonly providerId: string | undefined;
  /** A group's token (`GET /groups/{id}/spaces/token`): the group becomes the space's member. */
  readonly groupId: string | undefined;
}

/**
 * Issues a single-use space creation token for a user, optionally bound to
 * one provider, or made for a group (`group`: the space's member will be the
 * group; the user is the owner its quota counts against).
 */
export function issueSpaceCreateToken(env: Env, userId: string, providerId?: string, groupId?: string): Promise<string> {
  const ttlSeconds = parseCount(env.SPACE_CREATE_TOKEN_TTL_SECONDS, DEFAULT_SPACE_CREATE_TOKEN_TTL_SECONDS);
  const claims = { ...(providerId !== undefined && { provider: providerId }), ...(groupId !== undefined && { group: groupId }) };
  return issueSingleUseToken(env, SPACE_CREATE_TOKEN_TYPE, userId, ttlSeconds, claims);
}

/**
 * Verifies a space creation token from a request body. Anything that is not
 * a valid, unexpired `space-create+jwt` of this zone is a 400 `invalid_token`;
 * single use is enforced later, by the redemption batch.
 */
export async function verifySpaceCreateToken(env: Env, token: string): Promise<SpaceCreateGrant> {
  const grant = await verifySingleUseToken(env, SPACE_CREATE_TOKEN_TYPE, token, KIND);
  const { provider, group } = grant.payload;
  if (provider !== undefined && typeof provider !== "string") throw invalidSpaceCreateToken();
  if (group !== undefined && typeof group !== "string") throw invalidSpaceCreateToken();
  return { userId: grant.subject, tokenId: grant.tokenId, expiresAt: grant.expiresAt, providerId: provider, groupId: group };
}

/** The 400 for a space creation token that is invalid, expired, already used or of the wrong kind. */
export function invalidSpaceCreateToken(description = `The ${KIND} is invalid, expired or already used.`) {
  return invalidBodyToken(description);
}
