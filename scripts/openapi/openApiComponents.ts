import { BOOKMARK_HEADER } from "../../src/http/dbSession";
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_RETENTION_SECONDS, MAX_IDEMPOTENCY_KEY_CHARS } from "../../src/http/idempotencyKey";

/** A JSON object of the OpenAPI document; the document is plain data. */
export type OpenApiObject = Record<string, unknown>;

/** Onezone's three ways to send an access token, in the order the API reads them. */
export const SECURITY_SCHEMES: OpenApiObject = {
  XAuthToken: {
    type: "apiKey",
    in: "header",
    name: "X-Auth-Token",
    description: "An access token (JWT), read first: a user's token from the identity provider, or a provider token.",
  },
  Bearer: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "The same token as `Authorization: Bearer`, read when X-Auth-Token is absent.",
  },
  Macaroon: {
    type: "apiKey",
    in: "header",
    name: "macaroon",
    description: "The same token in the legacy header of the Onezone 3.0 API, read last.",
  },
};

/** Any one of the security schemes (alternatives, not all at once). */
export const TOKEN_SECURITY = Object.keys(SECURITY_SCHEMES).map((scheme) => ({ [scheme]: [] }));

const stringSchema = { type: "string" };

/** Request header parameters, as components. */
export const REQUEST_HEADERS: OpenApiObject = {
  [BOOKMARK_HEADER]: {
    name: BOOKMARK_HEADER,
    in: "header",
    required: false,
    schema: stringSchema,
    description:
      "A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored.",
  },
  [IDEMPOTENCY_KEY_HEADER]: {
    name: IDEMPOTENCY_KEY_HEADER,
    in: "header",
    required: false,
    schema: stringSchema,
    description: `A unique key per intended creation, e.g. a UUID: 1 to ${MAX_IDEMPOTENCY_KEY_CHARS} printable ASCII characters, as a structured-field string (\`"…"\`) or bare; anything else is 400. A retry with the same key and the same request answers the first 201 again with \`Idempotent-Replayed: true\` and creates nothing; the same key with a different request is 422 \`idempotency_key_reused\`. Keys are scoped to the caller and kept at least ${IDEMPOTENCY_KEY_RETENTION_SECONDS / 3600} hours.`,
  },
};

/** Response headers, as components. `required` ones are on every response that names them. */
export const RESPONSE_HEADERS: OpenApiObject = {
  "X-Request-Id": {
    required: true,
    schema: stringSchema,
    description: "The request id: Cloudflare's cf-ray when present, a random UUID otherwise. The log line and any 500 quote it.",
  },
  [BOOKMARK_HEADER]: {
    schema: stringSchema,
    description: "The D1 session bookmark after this request (when it reached D1); send it back as the D1-Bookmark request header.",
  },
  Location: { required: true, schema: stringSchema, description: "The path of the created resource, relative to the base path." },
  "Cache-Control": { required: true, schema: stringSchema, description: "How long the answer may be cached (`no-store` for tokens)." },
  "Idempotent-Replayed": {
    schema: { type: "string", enum: ["true"] },
    description: "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.",
  },
  "WWW-Authenticate": { required: true, schema: stringSchema, description: "The RFC 6750 challenge." },
  Allow: { required: true, schema: stringSchema, description: "The methods this path answers." },
  "Retry-After": { required: true, schema: stringSchema, description: "Seconds to wait before trying again (RFC 9110 §10.2.3)." },
  "Access-Control-Allow-Methods": { schema: stringSchema, description: "CORS: the methods a browser may use here (allowed origins only)." },
  "Access-Control-Allow-Headers": { schema: stringSchema, description: "CORS: the request headers a browser may send (allowed origins only)." },
  "Access-Control-Max-Age": { schema: stringSchema, description: "CORS: how long a browser may cache this preflight, in seconds." },
};

/** References to response headers: those every response carries, plus `names`. */
export function responseHeaders(...names: string[]): OpenApiObject {
  const headers: OpenApiObject = {};
  for (const name of ["X-Request-Id", BOOKMARK_HEADER, ...names]) {
    if (!(name in RESPONSE_HEADERS)) throw new Error(`undocumented response header ${name}`);
    headers[name] = { $ref: `#/components/headers/${name}` };
  }
  return headers;
}
