import * as v from "valibot";
import type { ErrorCode } from "../../src/http/errorCatalogue";
import { PATH_RESOURCES, pathParameters } from "../../src/http/pathResources";
import type { AnyRoute, RouteBody } from "../../src/http/RouteDefinition";
import type { OwnErrorStatus, RouteDoc } from "../../src/openapi/RouteDoc";
import type { SchemaRegistry } from "./createSchemaRegistry";
import { describeError, sharedError } from "./describeErrors";
import { type OpenApiObject, responseHeaders, TOKEN_SECURITY } from "./openApiComponents";

/** A router path as OpenAPI writes it: `/spaces/:id` becomes `/spaces/{id}`. */
export function openApiPath(routerPath: string): string {
  return routerPath.replace(/:(\w+)/g, "{$1}");
}

/** The OpenAPI operation of a route, from its declaration: auth, path, body, `Idempotency-Key` and `doc`. */
export function describeOperation(route: AnyRoute, registry: SchemaRegistry): OpenApiObject {
  const doc = documentationOf(route);
  const description = [doc.description, route.method === "GET" ? HEAD_NOTE : undefined].filter(Boolean).join("\n\n");
  const idempotencyKey = route.idempotencyKey ? [requestHeader("Idempotency-Key")] : [];
  const operation: OpenApiObject = {
    operationId: doc.operationId,
    tags: [doc.tag],
    summary: doc.summary,
    ...(description && { description }),
    security: route.auth === "public" ? [] : TOKEN_SECURITY,
    parameters: [
      ...describePathParameters(route.path, registry),
      ...describeQueryParameters(route.query, registry),
      ...idempotencyKey,
      requestHeader("D1-Bookmark"),
    ],
  };
  if (route.body !== undefined) operation.requestBody = describeRequestBody(route.body, registry);
  operation.responses = describeResponses(route, registry);
  return operation;
}

/** The OPTIONS operation of a path: CORS preflight, answered without a token. */
export function describePreflight(routerPath: string, methods: readonly string[], registry: SchemaRegistry): OpenApiObject {
  return {
    operationId: `preflight${routerPath.replace(/[^A-Za-z0-9]+(\w)?/g, (_, next: string | undefined) => (next ?? "").toUpperCase())}`,
    tags: ["CORS"],
    summary: "CORS preflight",
    description: `Answers a browser's preflight (or a plain OPTIONS) without a token. \`Allow\` is \`${methods.join(", ")}\`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.`,
    security: [],
    parameters: describePathParameters(routerPath, registry),
    responses: {
      204: {
        description: "The methods and headers this path accepts.",
        headers: responseHeaders("Allow", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age"),
      },
      431: sharedError("RequestHeaderFieldsTooLarge"),
    },
  };
}

const HEAD_NOTE = "`HEAD` answers the same status and headers without a body.";

function requestHeader(name: string): OpenApiObject {
  return { $ref: `#/components/parameters/${name}` };
}

// Path parameters name resources; a value that could not name one is 404.
function describePathParameters(routerPath: string, registry: SchemaRegistry): OpenApiObject[] {
  return pathParameters(routerPath).map(({ name, resource }) => ({
    name,
    in: "path",
    required: true,
    schema: registry.schemaFor(PATH_RESOURCES[resource].schema, "input"),
  }));
}

// Query parameters, one per entry of the route's object schema, each optional.
function describeQueryParameters(query: v.GenericSchema | undefined, registry: SchemaRegistry): OpenApiObject[] {
  if (query === undefined) return [];
  const { entries } = query as unknown as { entries: Record<string, v.GenericSchema> };
  return Object.entries(entries).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    schema: registry.schemaFor(schema, "input"),
  }));
}

function describeRequestBody(body: RouteBody, registry: SchemaRegistry): OpenApiObject {
  const schema = "user" in body
    ? v.union([
      v.pipe(body.user, v.description("From a user.")),
      v.pipe(body.provider, v.description("From a provider.")),
    ])
    : body;
  return {
    description: "JSON. An empty body counts as `{}`; unknown keys are ignored.",
    // Required exactly when `{}`, what an empty body means, would be refused.
    required: !v.safeParse(schema, {}).success,
    content: { "application/json": { schema: registry.schemaFor(schema, "input") } },
  };
}

function describeResponses(route: AnyRoute, registry: SchemaRegistry): OpenApiObject {
  const doc = documentationOf(route);
  const { success } = doc;
  const responses: OpenApiObject = {
    [success.status]: {
      description: success.description,
      headers: responseHeaders(...(success.headers ?? [])),
      ...(success.body && { content: { "application/json": { schema: registry.schemaFor(success.body, "output") } } }),
    },
  };
  const addErrors = (status: OwnErrorStatus, implied: ErrorCode[]) => {
    const codes = [...new Set([...implied, ...(doc.errors?.[status] ?? [])])];
    if (codes.length > 0) responses[status] = describeError(status, codes, registry);
  };
  const authenticated = route.auth !== "public";
  const bodyOrIdempotency = route.body !== undefined || route.query !== undefined || route.idempotencyKey === true;
  addErrors(400, bodyOrIdempotency ? ["invalid_request"] : []);
  if (authenticated) responses[401] = sharedError("Unauthorized");
  addErrors(403, route.auth === "user" || route.auth === "provider" || route.auth === "admin" ? ["forbidden"] : []);
  addErrors(404, pathParameters(route.path).length > 0 ? ["not_found"] : []);
  addErrors(409, []);
  if (route.body) {
    responses[413] = sharedError("PayloadTooLarge");
    responses[415] = sharedError("UnsupportedMediaType");
  }
  addErrors(422, route.idempotencyKey ? ["idempotency_key_reused"] : []);
  if (authenticated) responses[429] = sharedError("TooManyRequests");
  responses[431] = sharedError("RequestHeaderFieldsTooLarge");
  responses[500] = sharedError("InternalServerError");
  // Every authenticated request may read the database (a provider's registration at least), and so may a route that says so.
  if (authenticated || doc.errors?.[503]?.includes("unavailable")) responses[503] = sharedError("Unavailable");
  return responses;
}

/** A route's documentation; it is compiled in wherever the document is built (OPENAPI_DOCS). */
function documentationOf(route: AnyRoute): RouteDoc {
  if (!route.doc) throw new TypeError(`${route.method} ${route.path}: no documentation; set OPENAPI_DOCS before loading the routes`);
  return route.doc;
}
