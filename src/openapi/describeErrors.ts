import type { ErrorCode } from "../http/ApiError";
import { ErrorBodySchema } from "../http/errorSchema";
import { MAX_HEADER_BYTES } from "../http/headerLimit";
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from "../http/readJsonBody";
import type { SchemaRegistry } from "./createSchemaRegistry";
import { type OpenApiObject, responseHeaders } from "./openApiComponents";

// When each status and code happens (docs/design.md, "Errors"); every documented pair must be listed here.
const ERROR_MEANINGS: Readonly<Record<string, string>> = {
  "400 invalid_request": `malformed JSON, a body that is not an object or nests deeper than ${MAX_JSON_DEPTH} levels, or a field that breaks the body schema.`,
  "400 invalid_token": "the space creation token in the body is invalid, expired or already used.",
  "401 unauthorized": "no access token (`WWW-Authenticate: Bearer`).",
  "401 invalid_token": 'the access token is invalid, expired or revoked (`WWW-Authenticate: Bearer error="invalid_token"`).',
  "403 forbidden": "authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider.",
  "404 not_found": "no such route or resource; a space or provider the caller may not see is not found either (404, never 403).",
  "405 method_not_allowed": "the path exists, but not with this method; `Allow` lists its methods.",
  "413 payload_too_large": `the request body is over ${MAX_BODY_BYTES} bytes.`,
  "415 unsupported_media_type": "a declared Content-Type other than JSON.",
  "422 idempotency_key_reused": "this Idempotency-Key came before with a different request.",
  "431 request_header_fields_too_large": `the request headers are over ${MAX_HEADER_BYTES} bytes in total.`,
  "500 internal_server_error": "anything unexpected; the description quotes the request id, the log has the cause.",
};

interface SharedError {
  readonly status: number;
  readonly codes: readonly ErrorCode[];
  readonly headers?: readonly string[];
}

/** Errors with the same codes wherever they happen, documented once as `components.responses`. */
export const SHARED_ERRORS = {
  Unauthorized: { status: 401, codes: ["unauthorized", "invalid_token"], headers: ["WWW-Authenticate"] },
  UnknownPath: { status: 404, codes: ["not_found"] },
  MethodNotAllowed: { status: 405, codes: ["method_not_allowed"], headers: ["Allow"] },
  PayloadTooLarge: { status: 413, codes: ["payload_too_large"] },
  UnsupportedMediaType: { status: 415, codes: ["unsupported_media_type"] },
  RequestHeaderFieldsTooLarge: { status: 431, codes: ["request_header_fields_too_large"] },
  InternalServerError: { status: 500, codes: ["internal_server_error"] },
} as const satisfies Record<string, SharedError>;

export type SharedErrorName = keyof typeof SHARED_ERRORS;

/** A `$ref` to a shared error response. */
export function sharedError(name: SharedErrorName): OpenApiObject {
  return { $ref: `#/components/responses/${name}` };
}

/** Every shared error response, for `components.responses`. */
export function describeSharedErrors(registry: SchemaRegistry): OpenApiObject {
  const responses: OpenApiObject = {};
  for (const [name, { status, codes, ...rest }] of Object.entries(SHARED_ERRORS) as [string, SharedError][]) {
    responses[name] = describeError(status, codes, registry, rest.headers);
  }
  return responses;
}

/**
 * An error response: the Error schema narrowed to the codes this status can
 * carry here, and a description that says when each one happens.
 */
export function describeError(
  status: number,
  codes: readonly ErrorCode[],
  registry: SchemaRegistry,
  headers: readonly string[] = [],
): OpenApiObject {
  const meanings = codes.map((code) => {
    const meaning = ERROR_MEANINGS[`${status} ${code}`];
    if (meaning === undefined) throw new Error(`no meaning documented for ${status} ${code}`);
    return `\`${code}\`: ${meaning}`;
  });
  return {
    description: meanings.join("\n\n"),
    headers: responseHeaders(...headers),
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
