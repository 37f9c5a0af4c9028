import { apiRoutes } from "../routes";
import { buildOpenApiDocument } from "./buildOpenApiDocument";
import type { OpenApiObject } from "./openApiComponents";

/**
 * The document of the routes the worker serves, built outside the worker (by
 * `npm run client:types` and the tests' Node side) from the very same route
 * list. Not part of the worker bundle.
 */
export function buildApiDocument(): OpenApiObject {
  return buildOpenApiDocument(apiRoutes);
}
