import { invalidAccessToken } from "../auth/tokenErrors";
import { randomId } from "../common/randomId";
import { unixSeconds } from "../common/unixSeconds";
import { ApiError } from "../http/ApiError";
import type { AppRequest } from "../http/AppRequest";
import { parseInput } from "../http/parseInput";
import { readJsonBody } from "../http/readJsonBody";
import { hashRequest, readIdempotencyKey } from "./idempotencyKey";
import { createSpaceAtomically, type SpaceCreation } from "./spaceCreationStore";
import { invalidSpaceCreateToken, verifySpaceCreateToken } from "./spaceCreateTokens";
import { ProviderCreateSpaceSchema, UserCreateSpaceSchema } from "./spaceSchemas";

/**
 * `POST /spaces`. A user becomes the owner of a new space; a provider redeems
 * a user's space creation token, making that user the owner and supporting
 * the space itself. Answers 201 with `Location` and an empty body. With an
 * `Idempotency-Key`, a retry of the same request replays that 201.
 */
export async function createSpace(request: AppRequest, env: Env): Promise<Response> {
  const key = readIdempotencyKey(request.headers);
  const body = await readJsonBody(request);
  const { caller } = request;
  const base = { spaceId: randomId(), createdAt: unixSeconds() };
  const creation: SpaceCreation =
    caller.kind === "user"
      ? { ...base, ...parseInput(UserCreateSpaceSchema, body), ownerId: caller.id, creator: { type: "user", id: caller.id } }
      : { ...base, ...(await redemption(env, caller.id, body)), creator: { type: "provider", id: caller.id } };
  const idempotency = key === undefined
    ? undefined
    : { principal: `${caller.kind}:${caller.id}`, key, requestHash: await hashRequest("POST", "/spaces", body) };
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
    case "provider_gone":
      throw invalidAccessToken("The provider behind this token is no longer registered.");
  }
}

/** Validates a provider's body and its space creation token; the spend itself happens in the batch. */
async function redemption(env: Env, providerId: string, body: Record<string, unknown>) {
  const { name, token, size } = parseInput(ProviderCreateSpaceSchema, body);
  const grant = await verifySpaceCreateToken(env, token);
  if (grant.providerId !== undefined && grant.providerId !== providerId) {
    throw new ApiError(403, "forbidden", "This space creation token is bound to another provider.");
  }
  return {
    name,
    ownerId: grant.userId,
    support: { providerId, size: size ?? null, tokenId: grant.tokenId, tokenExpiresAt: grant.expiresAt },
  };
}

function created(spaceId: string, headers: Record<string, string>): Response {
  return new Response(null, { status: 201, headers: { Location: `/spaces/${spaceId}`, ...headers } });
}
