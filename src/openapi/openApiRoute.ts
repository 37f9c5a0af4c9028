import * as v from "valibot";
import { defineRoute } from "../http/RouteDefinition";

// What `GET /openapi.json` answers, as far as a schema can say.
const OpenApiDocumentSchema = v.pipe(
  v.looseObject({ openapi: v.literal("3.1.1"), info: v.looseObject({ title: v.string(), version: v.string() }) }),
  v.title("OpenApiDocument"),
);

/** Where the document lies among the static files (`[assets]` in wrangler.toml). */
export const OPENAPI_ASSET_PATH = "/openapi.json";

/**
 * `GET /openapi.json`: the document `npm run build:openapi` generated from
 * the route table and its valibot schemas, committed as `public/openapi.json`
 * (a test fails when it is stale) and served from the static files, so the
 * worker bundle does not carry it.
 */
export const openApiRoute = defineRoute({
  method: "GET",
  path: "/openapi.json",
  auth: "public",
  handle: async (request, env) => {
    const file = await env.ASSETS.fetch(new URL(OPENAPI_ASSET_PATH, request.url));
    if (!file.ok) throw new Error(`the static OpenAPI document answered ${file.status}`);
    return new Response(file.body, {
      headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" },
    });
  },
  doc: OPENAPI_DOCS && {
    operationId: "get_openapi_document",
    tag: "Zone",
    summary: "This OpenAPI 3.1 document",
    description: "Generated at build time from the same route table and valibot schemas that validate requests.",
    success: { status: 200, description: "The document.", body: OpenApiDocumentSchema, headers: ["Cache-Control"] },
  },
});
