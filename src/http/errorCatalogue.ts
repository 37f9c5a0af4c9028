import { MAX_HEADER_BYTES } from "./headerLimit";
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from "./readJsonBody";

/**
 * Every error this API answers with: status, `error` code, when it happens,
 * and the headers it carries (docs/design.md, "Errors"). `ApiError`'s types,
 * the OpenAPI error responses, the error table of docs/errors.md and the tests' list
 * of documented errors are all derived from this one table.
 */
export const ERROR_CATALOGUE = {
  "400 invalid_request":
    { meaning: `Malformed JSON, a body that is not an object or nests deeper than ${MAX_JSON_DEPTH} levels, a field that breaks the body schema, or a malformed Idempotency-Key.` },
  "400 invalid_token":
    { meaning: "A token in the body (space creation, space invite, support, group invite, group nest or space group invite) is invalid, expired, already used, of another kind, or for a space or group that is gone." },
  "401 unauthorized": { meaning: "No access token (`WWW-Authenticate: Bearer`).", headers: ["WWW-Authenticate"] },
  "401 invalid_token": { meaning: 'The access token is invalid, expired or revoked (`WWW-Authenticate: Bearer error="invalid_token"`).', headers: ["WWW-Authenticate"] },
  "403 forbidden":
    { meaning: "Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider." },
  "403 quota_exceeded":
    { meaning: "MAX_SPACES_PER_USER spaces were already created for this user (by them, or by providers redeeming their creation tokens)." },
  "404 not_found":
    { meaning: "No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403)." },
  "405 method_not_allowed": { meaning: "The path exists, but not with this method; `Allow` lists its methods.", headers: ["Allow"] },
  "409 conflict":
    { meaning: "The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants." },
  "413 payload_too_large": { meaning: `The request body is over ${MAX_BODY_BYTES / 1024} KiB.` },
  "415 unsupported_media_type": { meaning: "A declared Content-Type other than JSON." },
  "422 idempotency_key_reused": { meaning: "This Idempotency-Key came before with a different request." },
  "429 too_many_requests":
    { meaning: "A rate limit was hit: the caller's requests, or a client address's failed authentications. Nothing was done; retry after `Retry-After` seconds.", headers: ["Retry-After"] },
  "431 request_header_fields_too_large": { meaning: `The request headers are over ${MAX_HEADER_BYTES / 1024} KiB in total.` },
  "500 internal_server_error":
    { meaning: "Anything unexpected; the description quotes the request id, the log has the cause." },
  "503 unavailable":
    { meaning: "The database cannot be reached, or the change kept conflicting with concurrent ones past its retries (PostgreSQL). No change is ever half made; retry after `Retry-After` seconds.", headers: ["Retry-After"] },
} as const satisfies Record<`${number} ${string}`, { meaning: string; headers?: readonly string[] }>;

/** `"<status> <code>"`: one documented error. */
export type ErrorKey = keyof typeof ERROR_CATALOGUE;
/** The closed set of `error` codes. */
export type ErrorCode = ErrorKey extends `${number} ${infer Code}` ? Code : never;
/** The statuses an error may have. */
export type ErrorStatus = ErrorKey extends `${infer Status extends number} ${string}` ? Status : never;

/** One catalogue row, spelled out. */
export interface DocumentedError {
  readonly status: ErrorStatus;
  readonly code: ErrorCode;
  readonly meaning: string;
  readonly headers: readonly string[];
}

/** The catalogue as rows, in status order. */
export const DOCUMENTED_ERRORS: readonly DocumentedError[] = Object.entries(ERROR_CATALOGUE).map(([key, row]) => {
  const [status, code] = key.split(" ") as [string, ErrorCode];
  return { status: Number(status) as ErrorStatus, code, meaning: row.meaning, headers: "headers" in row ? row.headers : [] };
});

/** Every `error` code, once each. */
export const ERROR_CODES: readonly ErrorCode[] = [...new Set(DOCUMENTED_ERRORS.map((row) => row.code))];
