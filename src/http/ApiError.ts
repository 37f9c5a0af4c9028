/** The closed set of `error` codes this API answers with (docs/design.md, "Errors"). */
export type ErrorCode =
  | "invalid_request"
  | "invalid_token"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "payload_too_large"
  | "request_header_fields_too_large"
  | "unsupported_media_type"
  | "idempotency_key_reused"
  | "internal_server_error";

/**
 * A failure that the client caused or may learn about. Only an ApiError
 * becomes a 4xx; anything else thrown is logged and answered with a generic 500.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly description: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(description);
    this.name = "ApiError";
  }
}
