import { ApiError } from "../http/ApiError";
import type { AppRequest } from "../http/AppRequest";
import { parseInput } from "../http/parseInput";
import { readJsonBody } from "../http/readJsonBody";
import { invalidAccessToken } from "../auth/tokenErrors";
import { randomId } from "../common/randomId";
import { unixSeconds } from "../common/unixSeconds";
import { invalidSpaceCreateToken, verifySpaceCreateToken } from "./spaceCreateTokens";
import { ProviderCreateSpaceSchema, UserCreateSpaceSchema } from "./spaceSchemas";
import { insertUserSpace, redeemSpaceCreateToken } from "./spaceStore";

/**
 * `POST /spaces`. A user becomes the owner of a new space; a provider redeems
 * a user's space creation token, making that user the owner and supporting
 * the space itself. Answers 201 with `Location` and an empty body.
 */
export async function createSpace(request: AppRequest, env: Env): Promise<Response> {
  const body = await readJsonBody(request);
  const spaceId = randomId();
  const createdAt = unixSeconds();
  if (request.caller.kind === "user") {
    const { name } = parseInput(UserCreateSpaceSchema, body);
    await insertUserSpace(env.DB, { spaceId, name, ownerId: request.caller.id, createdAt });
  } else {
    const providerId = request.caller.id;
    const { name, token, size } = parseInput(ProviderCreateSpaceSchema, body);
    const grant = await verifySpaceCreateToken(env, token);
    if (grant.providerId !== undefined && grant.providerId !== providerId) {
      throw new ApiError(403, "forbidden", "This space creation token is bound to another provider.");
    }
    const outcome = await redeemSpaceCreateToken(env.DB, {
      spaceId,
      name,
      ownerId: grant.userId,
      createdAt,
      providerId,
      size: size ?? null,
      tokenId: grant.tokenId,
      tokenExpiresAt: grant.expiresAt,
    });
    if (outcome === "token_spent") throw invalidSpaceCreateToken("The space creation token has already been used.");
    if (outcome === "provider_gone") throw invalidAccessToken("The provider behind this token is no longer registered.");
  }
  return new Response(null, { status: 201, headers: { Location: `/spaces/${spaceId}` } });
}
