import * as v from "valibot";
import { SPACE_SUPPORT_TOKEN_TYPE } from "../auth/tokenTypes";
import { SupportSizeSchema } from "../creation/creationSchemas";
import { jsonResponse, noContent } from "../http/jsonResponse";
import { defineRoute } from "../http/RouteDefinition";
import { ProviderSchema } from "../providers/providerResponseSchemas";
import { isRegisteredSql } from "../providers/providerStore";
import { valueOrApiError, type RefusalWords } from "../http/valueOrApiError";
import { issueSpaceTokenRoute } from "../tokens/issueSpaceTokenRoute";
import { redeemSpaceToken } from "../tokens/redeemSpaceToken";
import { addSupportSql, stopSupporting, readSpaceProvider, removeSupport, type SupportRefusal } from "./supportStore";

const SupportSpaceSchema = v.object({
  token: v.pipe(v.string("token is required and must be a string"), v.nonEmpty("token must not be empty")),
  size: v.optional(SupportSizeSchema),
});

/** How the support routes word their store's refusals. */
const SUPPORT_WORDS: RefusalWords<SupportRefusal> = { support: "No such provider supports this space." };

/** Provider support: a member hands a provider a support token; the provider supports the space with it, and either side can end it. */
export const supportRoutes = [
  issueSpaceTokenRoute({
    path: "/spaces/:id/providers/token",
    type: SPACE_SUPPORT_TOKEN_TYPE,
    privilege: "space_add_provider",
    ttl: (env) => env.SPACE_SUPPORT_TOKEN_TTL_SECONDS,
    doc: {
      operationId: "get_space_provider_token",
      summary: "Create a space support token",
      description: "For members holding `space_add_provider`. One provider may support the space with it, once, within SPACE_SUPPORT_TOKEN_TTL_SECONDS (default 24 hours).",
      tokenDescription: "A fresh single-use support token.",
    },
  }),
  defineRoute({
    method: "POST",
    path: "/provider/spaces/support",
    auth: "provider",
    body: SupportSpaceSchema,
    handle: async ({ db, caller, input }, env) => {
      const spaceId = await redeemSpaceToken(db, env, {
        type: SPACE_SUPPORT_TOKEN_TYPE,
        kind: "space support token",
        token: input.token,
        writes: (space, now, spentHere) => [addSupportSql(space, caller.id, input.size ?? null, now, spentHere)],
        precondition: isRegisteredSql(caller.id),
      });
      return new Response(null, { status: 201, headers: { Location: `/provider/spaces/${spaceId}` } });
    },
    doc: {
      operationId: "provider_space_support",
      tag: "Provider",
      summary: "Support a space with a support token",
      description: "The calling provider supports the token's space with `size` bytes (optional). A provider already supporting it stays as it is (201); the token is spent either way.",
      success: { status: 201, description: "Supported. The body is empty; `Location` names the space as `/provider/spaces/{id}`.", headers: ["Location"] },
      errors: { 400: ["invalid_token"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/providers/:pid",
    auth: "any",
    handle: async ({ db, params, caller }) => jsonResponse(valueOrApiError(await readSpaceProvider(db, params.id!, caller, params.pid!), SUPPORT_WORDS)),
    doc: {
      operationId: "get_space_provider",
      tag: "Space",
      summary: "Read a provider supporting a space",
      description: "For members holding `space_view_data`, and for that provider itself.",
      success: { status: 200, description: "The provider.", body: ProviderSchema },
      errors: { 403: ["forbidden"] },
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/spaces/:id/providers/:pid",
    auth: "any",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await removeSupport(db, params.id!, caller, params.pid!), SUPPORT_WORDS);
      return noContent();
    },
    doc: {
      operationId: "remove_provider_supporting_space",
      tag: "Space",
      summary: "End a provider's support of a space",
      description: "For members holding `space_remove_provider`.",
      success: { status: 204, description: "The provider no longer supports the space." },
      errors: { 403: ["forbidden"] },
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/provider/spaces/:id",
    auth: "provider",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await stopSupporting(db, params.id!, caller.id));
      return noContent();
    },
    doc: {
      operationId: "remove_space_support",
      tag: "Provider",
      summary: "Stop supporting a space",
      description: "The calling provider ends its own support; a space it does not support is 404.",
      success: { status: 204, description: "No longer supported." },
    },
  }),
];
