import * as v from "valibot";
import { invalidAccessToken } from "../auth/tokenErrors";
import { SPACE_SUPPORT_TOKEN_TYPE } from "../auth/tokenTypes";
import { isRandomId } from "../common/randomId";
import { parseCount } from "../common/settings";
import { unixSeconds } from "../common/unixSeconds";
import { SupportSizeSchema } from "../creation/creationSchemas";
import { jsonResponse } from "../http/jsonResponse";
import { defineRoute } from "../http/RouteDefinition";
import { ProviderSchema } from "../providers/providerResponseSchemas";
import { isRegistered } from "../providers/providerStore";
import { requirePrivilege } from "../spaces/spaceStore";
import { invalidBodyToken, issueSingleUseToken, verifySingleUseToken } from "../tokens/singleUseTokens";
import { SpaceTokenSchema, tokenResponse } from "../tokens/tokenResponses";
import { spendOnSpace } from "../tokens/tokenStore";
import { addSupport, dropSupport, readSpaceProvider, removeSupport } from "./supportStore";

/** Default lifetime of a space support token, in seconds (24 h). */
export const DEFAULT_SPACE_SUPPORT_TOKEN_TTL_SECONDS = 24 * 60 * 60;

const KIND = "space support token";

const SupportSpaceSchema = v.object({
  token: v.pipe(v.string("token is required and must be a string"), v.nonEmpty("token must not be empty")),
  size: v.optional(SupportSizeSchema),
});

const noContent = () => new Response(null, { status: 204 });

/** Provider support: a member hands a provider a support token; the provider supports the space with it, and either side can end it. */
export const supportRoutes = [
  defineRoute({
    method: "GET",
    path: "/spaces/:id/providers/token",
    auth: "any",
    handle: async ({ db, params, caller }, env) => {
      await requirePrivilege(db, params.id!, caller, "space_add_provider");
      const ttlSeconds = parseCount(env.SPACE_SUPPORT_TOKEN_TTL_SECONDS, DEFAULT_SPACE_SUPPORT_TOKEN_TTL_SECONDS);
      return tokenResponse(await issueSingleUseToken(env, SPACE_SUPPORT_TOKEN_TYPE, params.id!, ttlSeconds));
    },
    doc: {
      operationId: "get_space_provider_token",
      tag: "Space",
      summary: "Create a space support token",
      description: "For members holding `space_add_provider`. One provider may support the space with it, once, within SPACE_SUPPORT_TOKEN_TTL_SECONDS (default 24 hours).",
      success: { status: 200, description: "A fresh single-use support token.", body: SpaceTokenSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"] },
    },
  }),
  defineRoute({
    method: "POST",
    path: "/provider/spaces/support",
    auth: "provider",
    body: SupportSpaceSchema,
    handle: async ({ db, caller, input }, env) => {
      const grant = await verifySingleUseToken(env, SPACE_SUPPORT_TOKEN_TYPE, input.token, KIND);
      const spaceId = grant.subject;
      if (!isRandomId(spaceId)) throw invalidBodyToken(`The ${KIND} is invalid, expired or already used.`);
      const now = unixSeconds();
      const spend = { type: SPACE_SUPPORT_TOKEN_TYPE, tokenId: grant.tokenId, expiresAt: grant.expiresAt, spaceId, now };
      const outcome = await spendOnSpace(
        db,
        spend,
        (spentHere) => [addSupport(spaceId, caller.id, input.size ?? null, now, spentHere)],
        isRegistered(caller.id),
      );
      if (outcome === "precondition_failed") throw invalidAccessToken("The provider behind this token is no longer registered.");
      if (outcome === "space_gone") throw invalidBodyToken(`The space of this ${KIND} no longer exists.`);
      if (outcome !== "spent_here") throw invalidBodyToken(`The ${KIND} has already been used.`);
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
    handle: async ({ db, params, caller }) => jsonResponse(await readSpaceProvider(db, params.id!, caller, params.pid!)),
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
      await removeSupport(db, params.id!, caller, params.pid!);
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
      await dropSupport(db, params.id!, caller.id);
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
