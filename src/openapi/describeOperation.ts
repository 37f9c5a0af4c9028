import * as v from "valibot";
import { RandomIdSchema } from "../common/randomIdSchema";
import type { ErrorCode } from "../http/ApiError";
import type { RouteDefinition } from "../http/createApiRouter";
import type { SchemaRegistry } from "./createSchemaRegistry";
import { describeError, sharedError } from "./describeErrors";
import { type OpenApiObject, responseHeaders, TOKEN_SECURITY } from "./openApiComponents";
import type { OwnErrorStatus, RouteDoc } from "./RouteDoc";

/** A router path as OpenAPI writes it: `/spaces/:id` becomes `/spaces/{id}`. */
export function openApiPath(routerPath: string): string {
  return routerPath.replace(/:(\w+)/g, "{$1}");
}

/** The OpenAPI operation of a route, from its `doc` and the schemas the route itself uses. */
export function describeOperation(route: RouteDefinition, registry: SchemaRegistry): OpenApiObject {
  const { doc } = route;
  if (doc === undefined) throw new Error(`${route.method} ${route.path} has no doc`);
  const description = [doc.description, route.method === "GET" ? HEAD_NOTE : undefined].filter(Boolean).join("\n\n");
  const idempotencyKey = doc.idempotencyKey ? [requestHeader("Idempotency-Key")] : [];
  const operation: OpenApiObject = {
    operationId: doc.operationId,
    tags: [doc.tag],
    summary: doc.summary,
    ...(description && { description }),
    security: doc.public ? [] : TOKEN_SECURITY,
    parameters: [...pathParameters(route.path, registry), ...idempotencyKey, requestHeader("D1-Bookmark")],
  };
  if (doc.body !== undefined) operation.requestBody = describeRequestBody(doc.body, registry);
  operation.responses = describeResponses(doc, registry);
  return operation;
}

/** The OPTIONS operation of a path: CORS preflight, answered without a token. */
export function describePreflight(path: string, methods: readonly string[], registry: SchemaRegistry): OpenApiObject {
  return {
    summary: "CORS preflight",
    description: `Answers a browser's preflight (or a plain OPTIONS) without a token. \`Allow\` is \`${methods.join(", ")}\`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.`,
    security: [],
    parameters: pathParameters(path, registry),
    responses: {
      204: {
        description: "The methods and headers this path accepts.",
        headers: responseHeaders("Allow", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age"),
      },
    },
  };
}

const HEAD_NOTE = "`HEAD` answers the same status and headers without a body.";

function requestHeader(name: string): OpenApiObject {
  return { $ref: `#/components/parameters/${name}` };
}

// Path parameters are ids this API issued; any other value is 404.
function pathParameters(path: string, registry: SchemaRegistry): OpenApiObject[] {
  return [...path.matchAll(/[:{](\w+)\}?/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: registry.schemaFor(RandomIdSchema, "input"),
  }));
}

function describeRequestBody(body: v.GenericSchema, registry: SchemaRegistry): OpenApiObject {
  return {
    description: "JSON. An empty body counts as `{}`; unknown keys are ignored.",
    // Required exactly when `{}`, what an empty body means, would be refused.
    required: !v.safeParse(body, {}).success,
    content: { "application/json": { schema: registry.schemaFor(body, "input") } },
  };
}

function describeResponses(doc: RouteDoc, registry: SchemaRegistry): OpenApiObject {
  const { success } = doc;
  const responses: OpenApiObject = {
    [success.status]: {
      description: success.description,
      headers: responseHeaders(...(success.headers ?? [])),
      ...(success.body && { content: { "application/json": { schema: registry.schemaFor(success.body, "output") } } }),
    },
  };
  const addErrors = (status: OwnErrorStatus, implied: ErrorCode[]) => {
    const codes = [...implied, ...(doc.errors?.[status] ?? [])];
    if (codes.length > 0) responses[status] = describeError(status, codes, registry);
  };
  addErrors(400, doc.body ? ["invalid_request"] : []);
  if (!doc.public) responses[401] = sharedError("Unauthorized");
  addErrors(403, []);
  addErrors(404, []);
  if (doc.body) {
    responses[413] = sharedError("PayloadTooLarge");
    responses[415] = sharedError("UnsupportedMediaType");
  }
  addErrors(422, doc.idempotencyKey ? ["idempotency_key_reused"] : []);
  responses[431] = sharedError("RequestHeaderFieldsTooLarge");
  responses[500] = sharedError("InternalServerError");
  return responses;
}
