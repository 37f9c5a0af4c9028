import type { AppRequest } from "../http/AppRequest";
import type { RouteDefinition } from "../http/createApiRouter";
import { jsonResponse } from "../http/jsonResponse";
import { JwksSchema } from "./jwksResponseSchema";
import { getZoneKeys } from "./zoneKeys";

/** `GET /.well-known/jwks.json`: the zone's public keys, current first. Never a private member. */
async function getJwks(_request: AppRequest, env: Env): Promise<Response> {
  const { publicJwks } = await getZoneKeys(env);
  return jsonResponse(publicJwks, 200, { "Cache-Control": "public, max-age=300" });
}

export const jwksRoutes: RouteDefinition[] = [
  {
    method: "GET",
    path: "/.well-known/jwks.json",
    handlers: [getJwks],
    doc: {
      operationId: "get_zone_jwks",
      tag: "Zone",
      summary: "The zone's public keys",
      description: "Verifies the tokens this zone issues (provider and space creation tokens): the current key first, then retired keys still accepted.",
      public: true,
      success: { status: 200, description: "A JWK Set.", body: JwksSchema, headers: ["Cache-Control"] },
    },
  },
];
