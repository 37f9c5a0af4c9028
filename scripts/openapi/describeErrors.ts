import { ERROR_CATALOGUE, type ErrorCode, type ErrorKey } from "../../src/http/errorCatalogue";
import { ErrorBodySchema } from "../../src/http/errorSchema";
import type { SchemaRegistry } from "./createSchemaRegistry";
import { type OpenApiObject, responseHeaders } from "./openApiComponents";

/** Errors with the same codes wherever they happen, documented once as `components.responses`. */
export const SHARED_ERRORS = {
  Unauthorized: { status: 401, codes: ["unauthorized", "invalid_token"] },
  UnknownPath: { status: 404, codes: ["not_found"] },
  MethodNotAllowed: { status: 405, codes: ["method_not_allowed"] },
  PayloadTooLarge: { status: 413, codes: ["payload_too_large"] },
  UnsupportedMediaType: { status: 415, codes: ["unsupported_media_type"] },
  TooManyRequests: { status: 429, codes: ["too_many_requests"] },
  RequestHeaderFieldsTooLarge: { status: 431, codes: ["request_header_fields_too_large"] },
  InternalServerError: { status: 500, codes: ["internal_server_error"] },
  Unavailable: { status: 503, codes: ["unavailable"] },
} as const satisfies Record<string, { status: number; codes: readonly ErrorCode[] }>;

export type SharedErrorName = keyof typeof SHARED_ERRORS;

/** A `$ref` to a shared error response. */
export function sharedError(name: SharedErrorName): OpenApiObject {
  return { $ref: `#/components/responses/${name}` };
}

/** Every shared error response, for `components.responses`. */
export function describeSharedErrors(registry: SchemaRegistry): OpenApiObject {
  const responses: OpenApiObject = {};
  for (const [name, { status, codes }] of Object.entries(SHARED_ERRORS)) {
    responses[name] = describeError(status, codes, registry);
  }
  return responses;
}

/**
 * An error response: the Error schema narrowed to the codes this status can
 * carry here, a description that says when each one happens, and the
 * headers they carry, all from the error catalogue.
 */
export function describeError(status: number, codes: readonly ErrorCode[], registry: SchemaRegistry): OpenApiObject {
  const rows = codes.map((code) => {
    const key = `${status} ${code}`;
    if (!(key in ERROR_CATALOGUE)) throw new Error(`${key} is not in the error catalogue`);
    const row: { meaning: string; headers?: readonly string[] } = ERROR_CATALOGUE[key as ErrorKey];
    return { code, ...row };
  });
  return {
    description: rows.map(({ code, meaning }) => `\`${code}\`: ${meaning}`).join("\n\n"),
    headers: responseHeaders(...new Set(rows.flatMap((row) => row.headers ?? []))),
    content: {
      "application/json": {
        schema: {
          type: "object",
          allOf: [registry.schemaFor(ErrorBodySchema, "output")],
          properties: { error: { type: "string", enum: codes } },
          required: ["error"],
        },
      },
    },
  };
}
