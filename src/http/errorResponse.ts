import { DatabaseUnavailableError } from "../common/DatabaseUnavailableError";
import { ApiError } from "./ApiError";
import { jsonResponse } from "./jsonResponse";

/** Renders an ApiError in the documented `{error, error_description}` shape. */
export function errorResponse(error: ApiError): Response {
  return jsonResponse(
    { error: error.code, error_description: error.description },
    error.status,
    error.headers,
  );
}

/** The 503 for a database that cannot answer now; the client learns when to retry, never the cause. */
export function unavailableError(
  retryAfterSeconds: number,
  description = "The database cannot answer right now; no change was half made. Retry after the time in Retry-After.",
): ApiError {
  return new ApiError(503, "unavailable", description, { "Retry-After": String(retryAfterSeconds) });
}

/**
 * Turns anything thrown while handling a request into a response. Known API
 * errors keep their status; a database that cannot answer is 503 with
 * `Retry-After`, its cause logged; everything else is logged with the request
 * id and answered with a generic 500 that names only that id.
 */
export function toErrorResponse(thrown: unknown, requestId: string): Response {
  if (thrown instanceof ApiError) return errorResponse(thrown);
  if (thrown instanceof DatabaseUnavailableError) {
    console.error(JSON.stringify({ level: "warn", requestId, message: "database unavailable", cause: thrown.message }));
    return errorResponse(unavailableError(thrown.retryAfterSeconds));
  }
  console.error(
    JSON.stringify({
      level: "error",
      requestId,
      message: "unhandled error",
      cause: thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown),
    }),
  );
  return errorResponse(
    new ApiError(
      500,
      "internal_server_error",
      `The server could not complete the request. Quote request id ${requestId} when reporting it.`,
    ),
  );
}
