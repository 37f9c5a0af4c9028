import { defineRoute } from "../http/RouteDefinition";
import { CreateSpaceBody, SpaceCreateTokenRequestSchema } from "./creationSchemas";
import { createSpace } from "./createSpace";
import { SpaceCreateTokenSchema } from "./creationResponseSchemas";
import { issueSpaceCreateToken } from "./spaceCreateTokens";
import { tokenResponse } from "../tokens/tokenResponses";

const tokenSuccess = {
  status: 200,
  description: "A fresh single-use space creation token, valid 24 hours unless configured otherwise.",
  body: SpaceCreateTokenSchema,
  headers: ["Cache-Control"],
} as const;

/** Creating spaces: `POST /spaces` and the space creation tokens a user hands to a provider. */
export const creationRoutes = [
  defineRoute({
    method: "POST",
    path: "/spaces",
    auth: "any",
    body: CreateSpaceBody,
    idempotencyKey: true,
    registrationInBatch: true,
    handle: createSpace,
    doc: {
      operationId: "create_space",
      tag: "Space",
      summary: "Create a space",
      description:
        "A user creates a space and becomes its owner, with all ten space privileges. A provider sends a user's space creation token instead: that user becomes the owner, and the provider supports the space with `size` bytes. The token is spent at most once.",
      success: { status: 201, description: "Created. The body is empty; `Location` names the space.", headers: ["Location", "Idempotent-Replayed"] },
      errors: { 400: ["invalid_token"], 403: ["forbidden", "quota_exceeded"] },
    },
  }),
  defineRoute({
    method: "POST",
    path: "/user/spaces",
    auth: "user",
    body: CreateSpaceBody,
    idempotencyKey: true,
    handle: createSpace,
    doc: {
      operationId: "create_user_space",
      tag: "User",
      summary: "Create a space (Onezone 3.0 user path)",
      description: "The same as a user's `POST /spaces`: the caller becomes the owner, with all ten space privileges.",
      success: { status: 201, description: "Created. The body is empty; `Location` names the space.", headers: ["Location", "Idempotent-Replayed"] },
      errors: { 403: ["quota_exceeded"] },
    },
  }),
  defineRoute({
    method: "POST",
    path: "/provider/spaces",
    auth: "provider",
    body: CreateSpaceBody,
    idempotencyKey: true,
    registrationInBatch: true,
    handle: createSpace,
    doc: {
      operationId: "create_provider_space",
      tag: "Provider",
      summary: "Create a space from a space creation token (Onezone 3.0 provider path)",
      description: "The same as a provider's `POST /spaces`: the token's user becomes the owner, and the calling provider supports the space with `size` bytes.",
      success: { status: 201, description: "Created. The body is empty; `Location` names the space.", headers: ["Location", "Idempotent-Replayed"] },
      errors: { 400: ["invalid_token"], 403: ["forbidden", "quota_exceeded"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/user/spaces/token",
    auth: "user",
    handle: async (request, env) => tokenResponse(await issueSpaceCreateToken(env, request.caller.id)),
    doc: {
      operationId: "get_user_space_token",
      tag: "User",
      summary: "Get a space creation token",
      description: "The Onezone 3.0 form: a token any provider may redeem.",
      success: tokenSuccess,
    },
  }),
  defineRoute({
    method: "POST",
    path: "/user/spaces/token",
    auth: "user",
    body: SpaceCreateTokenRequestSchema,
    handle: async (request, env) => tokenResponse(await issueSpaceCreateToken(env, request.caller.id, request.input.provider)),
    doc: {
      operationId: "create_user_space_token",
      tag: "User",
      summary: "Get a space creation token, optionally bound to one provider",
      success: tokenSuccess,
    },
  }),
];
