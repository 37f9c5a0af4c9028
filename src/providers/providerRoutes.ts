import * as v from "valibot";
import { isAdmin, requireAdmin, withCaller } from "../auth/authenticate";
import { PROVIDER_TOKEN_TYPE } from "../auth/tokenTypes";
import { signZoneToken } from "../auth/zoneTokens";
import { NameSchema } from "../common/nameSchema";
import { isRandomId, randomId } from "../common/randomId";
import { unixSeconds } from "../common/unixSeconds";
import { ApiError } from "../http/ApiError";
import type { AppRequest } from "../http/AppRequest";
import type { RouteDefinition } from "../http/createApiRouter";
import { jsonResponse } from "../http/jsonResponse";
import { parseInput } from "../http/parseInput";
import { readJsonBody } from "../http/readJsonBody";
import { ProviderSchema, RegisteredProviderSchema } from "./providerResponseSchemas";
import { deleteProvider, findProvider, insertProvider } from "./providerStore";

export const RegisterProviderSchema = v.object({ name: NameSchema });

/**
 * `POST /providers {name}` (admins): registers a provider and returns its
 * token. Provider tokens carry no `exp`: they live exactly as long as the
 * registration, and `DELETE /providers/{id}` revokes them at once.
 */
async function registerProvider(request: AppRequest, env: Env): Promise<Response> {
  requireAdmin(request.caller, env);
  const { name } = parseInput(RegisterProviderSchema, await readJsonBody(request));
  const providerId = randomId();
  const token = await signZoneToken(env, { type: PROVIDER_TOKEN_TYPE, subject: providerId });
  await insertProvider(request.db, { providerId, name }, unixSeconds());
  return jsonResponse({ providerId, token }, 201, {
    Location: `/providers/${providerId}`,
    "Cache-Control": "no-store",
  });
}

/** `GET /providers/{id}` (admins, or the provider itself). Others get 404. */
async function getProvider(request: AppRequest, env: Env): Promise<Response> {
  const providerId = request.params.id!;
  const { caller } = request;
  const allowed = isAdmin(caller, env) || (caller.kind === "provider" && caller.id === providerId);
  const provider = allowed && isRandomId(providerId) ? await findProvider(request.db, providerId) : null;
  if (provider === null) throw providerNotFound();
  return jsonResponse(provider);
}

/** `DELETE /providers/{id}` (admins): unregisters it; its token stops working at once. */
async function unregisterProvider(request: AppRequest, env: Env): Promise<Response> {
  requireAdmin(request.caller, env);
  const providerId = request.params.id!;
  if (!isRandomId(providerId) || !(await deleteProvider(request.db, providerId))) throw providerNotFound();
  return new Response(null, { status: 204 });
}

function providerNotFound(): ApiError {
  return new ApiError(404, "not_found", "No such provider.");
}

export const providerRoutes: RouteDefinition[] = [
  {
    method: "POST",
    path: "/providers",
    handlers: [withCaller, registerProvider],
    doc: {
      operationId: "register_provider",
      tag: "Provider",
      summary: "Register a provider",
      description: "For zone administrators (ADMIN_USERS). The answer holds the provider's token; it is not shown again.",
      body: RegisterProviderSchema,
      success: {
        status: 201,
        description: "Registered.",
        body: RegisteredProviderSchema,
        headers: ["Location", "Cache-Control"],
      },
      errors: { 403: ["forbidden"] },
    },
  },
  {
    method: "GET",
    path: "/providers/:id",
    handlers: [withCaller, getProvider],
    doc: {
      operationId: "get_provider",
      tag: "Provider",
      summary: "Read a provider",
      description: "For zone administrators and the provider itself; anyone else gets 404.",
      success: { status: 200, description: "The provider.", body: ProviderSchema },
      errors: { 404: ["not_found"] },
    },
  },
  {
    method: "DELETE",
    path: "/providers/:id",
    handlers: [withCaller, unregisterProvider],
    doc: {
      operationId: "unregister_provider",
      tag: "Provider",
      summary: "Unregister a provider",
      description: "For zone administrators. Its token stops working at once, and its supports go with it.",
      success: { status: 204, description: "Unregistered." },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  },
];
