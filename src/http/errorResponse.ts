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

/**
 * Turns anything thrown while handling a request into a response. Known API
 * errors keep their status; everything else is logged with the request id and
 * answered with a generic 500 that names only that id.
 */
export function toErrorResponse(thrown: unknown, requestId: string): Response {
  if (thrown instanceof ApiError) return errorResponse(thrown);
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
