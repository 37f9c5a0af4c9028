import * as v from "valibot";
import type { RouteDefinition } from "../http/createApiRouter";
import { buildOpenApiDocument } from "./buildOpenApiDocument";

// What `GET /openapi.json` answers, as far as a schema can say.
const OpenApiDocumentSchema = v.pipe(
  v.looseObject({ openapi: v.literal("3.1.1"), info: v.looseObject({ title: v.string(), version: v.string() }) }),
  v.title("OpenApiDocument"),
);

/**
 * These routes plus `GET /openapi.json`, whose document describes all of
 * them and itself. The document is built on its first request and kept for
 * the life of the isolate, so a worker that never serves it never pays for it.
 */
export function withOpenApiRoute(routes: readonly RouteDefinition[]): RouteDefinition[] {
  let documentJson: string | undefined;
  const served: RouteDefinition[] = [...routes];
  served.push({
    method: "GET",
    path: "/openapi.json",
    handlers: [
      () => {
        documentJson ??= JSON.stringify(buildOpenApiDocument(served));
        return new Response(documentJson, {
          headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" },
        });
      },
    ],
    doc: {
      operationId: "get_openapi_document",
      tag: "Zone",
      summary: "This OpenAPI 3.1 document",
      description: "Generated from the same valibot schemas that validate requests.",
      public: true,
      success: { status: 200, description: "The document.", body: OpenApiDocumentSchema, headers: ["Cache-Control"] },
    },
  });
  return served;
}
