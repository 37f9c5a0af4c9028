import { providerGone } from "../auth/authenticate";
import { randomId } from "../common/randomId";
import { parseCount } from "../common/settings";
import { unixSeconds } from "../common/unixSeconds";
import { ApiError } from "../http/ApiError";
import { hashRequest } from "../http/idempotencyKey";
import type { RouteRequest } from "../http/RouteDefinition";
import { type CreateSpaceBody } from "./creationSchemas";
import { createSpaceAtomically, type SpaceCreation } from "./creationStore";
import { invalidSpaceCreateToken, verifySpaceCreateToken } from "./spaceCreateTokens";

/**
 * `POST /spaces`. A user becomes the owner of a new space; a provider redeems
 * a user's space creation token, making that user the owner and supporting
 * the space itself. Answers 201 with `Location` and an empty body. With an
 * `Idempotency-Key`, a retry of the same request replays that 201.
 */
export async function createSpace(request: RouteRequest<"any" | "user" | "provider", CreateSpaceBody>, env: Env): Promise<Response> {
  const { caller, input, idempotencyKey } = request;
  const base = { spaceId: randomId(), createdAt: unixSeconds(), name: input.name, quota: maxSpacesPerUser(env) };
  const creation: SpaceCreation =
    caller.kind === "user"
      ? { ...base, ownerId: caller.id, creator: { type: "user", id: caller.id }, creatorName: caller.name }
      : { ...base, ...(await redemption(env, caller.id, input)), creator: { type: "provider", id: caller.id } };
  const idempotency = idempotencyKey === undefined
    ? undefined
    : { principal: `${caller.kind}:${caller.id}`, key: idempotencyKey, requestHash: await hashRequest("POST", "/spaces", input) };
  const outcome = await createSpaceAtomically(request.db, { ...creation, ...(idempotency && { idempotency }) });
  switch (outcome.kind) {
    case "created":
      return created(creation.spaceId, {});
    case "replayed":
      return created(outcome.spaceId, { "Idempotent-Replayed": "true" });
    case "key_reused":
      throw new ApiError(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request.");
    case "token_spent":
      throw invalidSpaceCreateToken("The space creation token has already been used.");
    case "group_gone":
      throw invalidSpaceCreateToken("The group this space creation token was made for no longer exists.");
    case "provider_gone":
      throw providerGone();
    case "quota_exceeded":
      throw new ApiError(403, "quota_exceeded", `${creation.quota} spaces have already been created for this user, the most allowed.`);
  }
}

/** Default MAX_SPACES_PER_USER. */
export const DEFAULT_MAX_SPACES_PER_USER = 1000;

/** MAX_SPACES_PER_USER, or its default. */
export function maxSpacesPerUser(env: Env): number {
  return parseCount(env.MAX_SPACES_PER_USER, DEFAULT_MAX_SPACES_PER_USER, 0);
}

/** Checks a provider's space creation token; the spend itself happens in the batch. */
async function redemption(env: Env, providerId: string, input: { token?: string; size?: number | undefined }) {
  const grant = await verifySpaceCreateToken(env, input.token ?? "");
  if (grant.providerId !== undefined && grant.providerId !== providerId) {
    throw new ApiError(403, "forbidden", "This space creation token is bound to another provider.");
  }
  return {
    ownerId: grant.userId,
    ...(grant.groupId !== undefined && { memberGroup: grant.groupId }),
    support: { providerId, size: input.size ?? null, tokenId: grant.tokenId, tokenExpiresAt: grant.expiresAt },
  };
}

function created(spaceId: string, headers: Record<string, string>): Response {
  return new Response(null, { status: 201, headers: { Location: `/spaces/${spaceId}`, ...headers } });
}
