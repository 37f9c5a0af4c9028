import { defineRoute } from "../http/RouteDefinition";
import { jsonResponse } from "../http/jsonResponse";
import { JwksSchema } from "./jwksResponseSchema";
import { getZoneKeys } from "./zoneKeys";

/** `GET /.well-known/jwks.json`: the zone's public keys, current first. Never a private member. */
export const jwksRoute = defineRoute({
  method: "GET",
  path: "/.well-known/jwks.json",
  auth: "public",
  handle: async (_request, env) => {
    const { publicJwks } = await getZoneKeys(env);
    return jsonResponse(publicJwks, 200, { "Cache-Control": "public, max-age=300" });
  },
  doc: OPENAPI_DOCS && {
    operationId: "get_zone_jwks",
    tag: "Zone",
    summary: "The zone's public keys",
    description: "Verifies the tokens this zone issues (provider and space creation tokens): the current key first, then retired keys still accepted.",
    success: { status: 200, description: "A JWK Set.", body: JwksSchema, headers: ["Cache-Control"] },
  },
});
