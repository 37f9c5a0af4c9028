import type { AppRequest } from "../http/AppRequest";
import type { RouteDefinition } from "../http/createApiRouter";
import { jsonResponse } from "../http/jsonResponse";
import { getZoneKeys } from "./zoneKeys";

/** `GET /.well-known/jwks.json`: the zone's public keys, current first. Never a private member. */
async function getJwks(_request: AppRequest, env: Env): Promise<Response> {
  const { publicJwks } = await getZoneKeys(env);
  return jsonResponse(publicJwks, 200, { "Cache-Control": "public, max-age=300" });
}

export const jwksRoutes: RouteDefinition[] = [{ method: "GET", path: "/.well-known/jwks.json", handlers: [getJwks] }];
