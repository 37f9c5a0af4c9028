import * as v from "valibot";
import { isAdmin } from "../auth/authorize";
import { PROVIDER_TOKEN_TYPE } from "../auth/tokenTypes";
import { signZoneToken } from "../auth/zoneTokens";
import { NameSchema } from "../common/nameSchema";
import { randomId } from "../common/randomId";
import { unixSeconds } from "../common/unixSeconds";
import { ApiError } from "../http/ApiError";
import { defineRoute } from "../http/RouteDefinition";
import { jsonResponse, noContent, privateJsonResponse } from "../http/jsonResponse";
import { ProviderSchema, RegisteredProviderSchema } from "./providerResponseSchemas";
import { deleteProvider, findProvider, insertProvider } from "./providerStore";

export const RegisterProviderSchema = v.object({ name: NameSchema });

function providerNotFound(): ApiError {
  return new ApiError(404, "not_found", "No such provider.");
}

/** Registration of storage providers by zone administrators. */
export const providerRoutes = [
  defineRoute({
    method: "POST",
    path: "/providers",
    auth: "admin",
    body: RegisterProviderSchema,
    // Provider tokens carry no `exp`: they live exactly as long as the
    // registration, and `DELETE /providers/{id}` revokes them at once.
    handle: async ({ db, input }, env) => {
      const providerId = randomId();
      const token = await signZoneToken(env, { type: PROVIDER_TOKEN_TYPE, subject: providerId });
      await insertProvider(db, { providerId, name: input.name }, unixSeconds());
      return privateJsonResponse({ providerId, token }, 201, { Location: `/providers/${providerId}` });
    },
    doc: OPENAPI_DOCS && {
      operationId: "register_provider",
      tag: "Provider",
      summary: "Register a provider",
      description: "For zone administrators (ADMIN_USERS). The answer holds the provider's token; it is not shown again.",
      success: { status: 201, description: "Registered.", body: RegisteredProviderSchema, headers: ["Location", "Cache-Control"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/providers/:id",
    auth: "any",
    handle: async ({ db, params, caller }, env) => {
      const providerId = params.id!;
      const allowed = isAdmin(caller, env) || (caller.kind === "provider" && caller.id === providerId);
      const provider = allowed ? await findProvider(db, providerId) : null;
      if (provider === null) throw providerNotFound();
      return jsonResponse(provider);
    },
    doc: OPENAPI_DOCS && {
      operationId: "get_provider",
      tag: "Provider",
      summary: "Read a provider",
      description: "For zone administrators and the provider itself; anyone else gets 404.",
      success: { status: 200, description: "The provider.", body: ProviderSchema },
      errors: { 404: ["not_found"] },
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/providers/:id",
    auth: "admin",
    handle: async ({ db, params }) => {
      if (!(await deleteProvider(db, params.id!))) throw providerNotFound();
      return noContent();
    },
    doc: OPENAPI_DOCS && {
      operationId: "unregister_provider",
      tag: "Provider",
      summary: "Unregister a provider",
      description: "For zone administrators. Its token stops working at once, and its supports go with it.",
      success: { status: 204, description: "Unregistered." },
      errors: { 404: ["not_found"] },
    },
  }),
];
