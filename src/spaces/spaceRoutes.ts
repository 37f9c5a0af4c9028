import * as v from "valibot";
import { withCaller } from "../auth/authenticate";
import type { RouteDefinition } from "../http/createApiRouter";
import { createSpace } from "./createSpace";
import { issueSpaceCreateTokenRoute } from "./issueSpaceCreateTokenRoute";
import {
  getProviderSpaces,
  getSpace,
  getSpaceProviders,
  getUserSpaces,
  patchSpace,
  removeSpace,
  withSpaceId,
} from "./spaceHandlers";
import { SpaceCreateTokenSchema, SpaceDetailsSchema, SpaceIdListSchema, SpaceProviderListSchema } from "./spaceResponseSchemas";
import {
  ProviderCreateSpaceSchema,
  RenameSpaceSchema,
  SpaceCreateTokenRequestSchema,
  UserCreateSpaceSchema,
} from "./spaceSchemas";

const tokenSuccess = {
  status: 200,
  description: "A fresh single-use space creation token, valid 24 hours unless configured otherwise.",
  body: SpaceCreateTokenSchema,
  headers: ["Cache-Control"],
} as const;

export const spaceRoutes: RouteDefinition[] = [
  {
    method: "POST",
    path: "/spaces",
    handlers: [withCaller, createSpace],
    doc: {
      operationId: "create_space",
      tag: "Space",
      summary: "Create a space",
      description:
        "A user creates a space and becomes its owner, with all ten space privileges. A provider sends a user's space creation token instead: that user becomes the owner, and the provider supports the space with `size` bytes. The token is spent at most once.",
      body: v.union([
        v.pipe(UserCreateSpaceSchema, v.description("From a user.")),
        v.pipe(ProviderCreateSpaceSchema, v.description("From a provider, redeeming a user's space creation token.")),
      ]),
      idempotencyKey: true,
      success: { status: 201, description: "Created. The body is empty; `Location` names the space.", headers: ["Location", "Idempotent-Replayed"] },
      errors: { 400: ["invalid_token"], 403: ["forbidden"] },
    },
  },
  {
    method: "GET",
    path: "/spaces/:id",
    handlers: [withCaller, withSpaceId, getSpace],
    doc: {
      operationId: "get_space",
      tag: "Space",
      summary: "Read a space",
      description: "For members holding `space_view_data` and for supporting providers.",
      success: { status: 200, description: "The space.", body: SpaceDetailsSchema },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  },
  {
    method: "PATCH",
    path: "/spaces/:id",
    handlers: [withCaller, withSpaceId, patchSpace],
    doc: {
      operationId: "modify_space",
      tag: "Space",
      summary: "Rename a space",
      description: "For members holding `space_change_data`.",
      body: RenameSpaceSchema,
      success: { status: 204, description: "Renamed." },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  },
  {
    method: "DELETE",
    path: "/spaces/:id",
    handlers: [withCaller, withSpaceId, removeSpace],
    doc: {
      operationId: "remove_space",
      tag: "Space",
      summary: "Delete a space",
      description: "For members holding `space_remove`. Memberships and supports go with it.",
      success: { status: 204, description: "Deleted." },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  },
  {
    method: "GET",
    path: "/spaces/:id/providers",
    handlers: [withCaller, withSpaceId, getSpaceProviders],
    doc: {
      operationId: "get_space_providers",
      tag: "Space",
      summary: "List the providers supporting a space",
      description: "For members and supporting providers.",
      success: { status: 200, description: "Provider ids, oldest support first.", body: SpaceProviderListSchema },
      errors: { 404: ["not_found"] },
    },
  },
  {
    method: "GET",
    path: "/user/spaces",
    handlers: [withCaller, getUserSpaces],
    doc: {
      operationId: "get_user_spaces",
      tag: "User",
      summary: "List the calling user's spaces",
      success: { status: 200, description: "Space ids, oldest membership first.", body: SpaceIdListSchema },
      errors: { 403: ["forbidden"] },
    },
  },
  {
    method: "GET",
    path: "/user/spaces/token",
    handlers: [withCaller, issueSpaceCreateTokenRoute],
    doc: {
      operationId: "get_user_space_token",
      tag: "User",
      summary: "Get a space creation token",
      description: "The Onezone 3.0 form: a token any provider may redeem.",
      success: tokenSuccess,
      errors: { 403: ["forbidden"] },
    },
  },
  {
    method: "POST",
    path: "/user/spaces/token",
    handlers: [withCaller, issueSpaceCreateTokenRoute],
    doc: {
      operationId: "create_user_space_token",
      tag: "User",
      summary: "Get a space creation token, optionally bound to one provider",
      body: SpaceCreateTokenRequestSchema,
      success: tokenSuccess,
      errors: { 403: ["forbidden"] },
    },
  },
  {
    method: "GET",
    path: "/provider/spaces",
    handlers: [withCaller, getProviderSpaces],
    doc: {
      operationId: "get_supported_spaces",
      tag: "Provider",
      summary: "List the spaces the calling provider supports",
      success: { status: 200, description: "Space ids, oldest support first.", body: SpaceIdListSchema },
      errors: { 403: ["forbidden"] },
    },
  },
];
