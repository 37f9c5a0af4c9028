import { ONEZONE_BASE_PATH } from "../../src/http/createApiRouter";
import type { AnyRoute } from "../../src/http/RouteDefinition";
import { createSchemaRegistry } from "./createSchemaRegistry";
import { describeSharedErrors, sharedError } from "./describeErrors";
import { describeOperation, describePreflight, openApiPath } from "./describeOperation";
import { type OpenApiObject, REQUEST_HEADERS, RESPONSE_HEADERS, SECURITY_SCHEMES } from "./openApiComponents";

const DESCRIPTION = `The Onezone spaces API at the edge: users create spaces and own them; storage providers redeem a user's space creation token to create a space on that user's behalf and support it.

Every path answers at the root and under the Onezone 3.0 base path \`/api/v3/onezone\` (the two servers). Every \`GET\` also answers \`HEAD\`.

Errors are JSON \`{"error", "error_description"}\`: switch on \`error\`, never on the description. A path that no operation here matches answers 404 \`not_found\` (\`x-unmatched-paths\`); a documented path with an undocumented method answers 405 \`method_not_allowed\` with \`Allow\` (\`x-unmatched-methods\`). Request headers over the size limit answer 431 whatever the path.

Every response carries \`X-Request-Id\`. Browsers may call every path: each answers a CORS preflight, allowed origins come from CORS_ORIGINS (default \`*\`; tokens travel in headers, never cookies), and \`Location\`, \`X-Request-Id\` and \`D1-Bookmark\` are exposed to scripts.`;

const TAGS = [
  { name: "Space", description: "Spaces: create, read, rename, delete." },
  { name: "Group", description: "Groups: their users, nested groups and effective privileges, and groups as members of spaces." },
  { name: "User", description: "The calling user's spaces and space creation tokens." },
  { name: "Provider", description: "Storage providers: registration by zone administrators, and their supported spaces." },
  { name: "Zone", description: "The zone itself: its public keys, this document, the console and this reference." },
  { name: "CORS", description: "Preflights: a browser sends these by itself before a cross-origin call; every path answers one." },
];

/**
 * The OpenAPI 3.1 document of these routes, generated from their
 * declarations and the valibot schemas they validate with. Throws when a
 * schema cannot be expressed, rather than ship a lossy document.
 */
export function buildOpenApiDocument(routes: readonly AnyRoute[]): OpenApiObject {
  const registry = createSchemaRegistry();
  const paths: Record<string, OpenApiObject> = {};
  for (const route of routes) {
    const item = (paths[openApiPath(route.path)] ??= {});
    item[route.method.toLowerCase()] = describeOperation(route, registry);
  }
  for (const [path, item] of Object.entries(paths)) {
    const methods = Object.keys(item).map((method) => method.toUpperCase());
    if (methods.includes("GET")) methods.splice(methods.indexOf("GET") + 1, 0, "HEAD");
    item.options = describePreflight(routerPathOf(path, routes), [...methods, "OPTIONS"], registry);
  }
  const responses = describeSharedErrors(registry);
  return {
    openapi: "3.1.1",
    // No `license`: the package is UNLICENSED, so there is no SPDX identifier or licence text to point
    // at, and a name alone fails swagger-parser (docs/api-reference.md, "Fidelity to outside tools").
    info: { title: "spacegate", version: "0.1.0", description: DESCRIPTION },
    servers: [
      { url: "/", description: "The root." },
      { url: ONEZONE_BASE_PATH, description: "The Onezone 3.0 base path." },
    ],
    tags: TAGS,
    paths,
    components: {
      schemas: registry.components,
      responses,
      parameters: REQUEST_HEADERS,
      headers: RESPONSE_HEADERS,
      securitySchemes: SECURITY_SCHEMES,
    },
    // What requests no operation describes answer; OpenAPI has no place for them, hence extensions.
    "x-unmatched-paths": { 404: sharedError("UnknownPath"), 431: sharedError("RequestHeaderFieldsTooLarge") },
    "x-unmatched-methods": { 405: sharedError("MethodNotAllowed"), 431: sharedError("RequestHeaderFieldsTooLarge") },
  };
}

function routerPathOf(openApiPathName: string, routes: readonly AnyRoute[]): string {
  return routes.find((route) => openApiPath(route.path) === openApiPathName)!.path;
}
