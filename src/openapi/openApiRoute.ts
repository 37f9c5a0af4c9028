import * as v from "valibot";
import openApiDocument from "../../openapi.json";
import { defineRoute } from "../http/RouteDefinition";

// What `GET /openapi.json` answers, as far as a schema can say.
const OpenApiDocumentSchema = v.pipe(
  v.looseObject({ openapi: v.literal("3.1.1"), info: v.looseObject({ title: v.string(), version: v.string() }) }),
  v.title("OpenApiDocument"),
);

let documentJson: string | undefined;

/**
 * `GET /openapi.json`: the document `npm run build:openapi` generated from
 * the route table and its valibot schemas, committed as `openapi.json` (a
 * test fails when it is stale). The worker only serves it.
 */
export const openApiRoute = defineRoute({
  method: "GET",
  path: "/openapi.json",
  auth: "public",
  handle: () => {
    documentJson ??= JSON.stringify(openApiDocument);
    return new Response(documentJson, {
      headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" },
    });
  },
  doc: {
    operationId: "get_openapi_document",
    tag: "Zone",
    summary: "This OpenAPI 3.1 document",
    description: "Generated at build time from the same route table and valibot schemas that validate requests.",
    success: { status: 200, description: "The document.", body: OpenApiDocumentSchema, headers: ["Cache-Control"] },
  },
});
