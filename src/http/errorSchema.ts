import * as v from "valibot";
import type { ErrorCode } from "./ApiError";

// One entry per ErrorCode: the compiler rejects a missing or an unknown code.
const EVERY_ERROR_CODE: Record<ErrorCode, true> = {
  invalid_request: true,
  invalid_token: true,
  unauthorized: true,
  forbidden: true,
  not_found: true,
  method_not_allowed: true,
  payload_too_large: true,
  request_header_fields_too_large: true,
  unsupported_media_type: true,
  idempotency_key_reused: true,
  internal_server_error: true,
};

/** Every `error` code this API answers with. */
export const ERROR_CODES = Object.keys(EVERY_ERROR_CODE) as ErrorCode[];

/** The body of every error response (docs/design.md, "Errors"), as `errorResponse` renders it. */
export const ErrorBodySchema = v.pipe(
  v.strictObject({
    error: v.pipe(v.picklist(ERROR_CODES), v.description("A stable code; switch on it, never on the description.")),
    error_description: v.pipe(
      v.string(),
      v.description("A human sentence. A 500 quotes the request id (X-Request-Id)."),
    ),
  }),
  v.title("Error"),
);
