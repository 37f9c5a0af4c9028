import type { AppRequest } from "./AppRequest";
import { addCorsHeaders } from "./cors";
import { BOOKMARK_HEADER, sessionBookmark, withDbSession } from "./dbSession";
import { withHeaderLimit } from "./headerLimit";

/**
 * The first step of every request, one stage rather than three: the request
 * id and start time, the header size limit (431), and the D1 session.
 */
export function startRequest(request: AppRequest, env: Env): void {
  withRequestId(request);
  withHeaderLimit(request);
  withDbSession(request, env);
}

/**
 * Gives every request an id, Cloudflare's `cf-ray` when present so that logs
 * line up with the edge's, and a random UUID otherwise; and a start time.
 */
function withRequestId(request: AppRequest): void {
  const ray = request.headers.get("cf-ray");
  request.atEdge = ray !== null;
  request.requestId = ray || crypto.randomUUID();
  request.startedAt = Date.now();
}

/**
 * The last step of every request: headers every response carries (request
 * id, nosniff, CORS), no body for HEAD, and the request's log line.
 */
export function finishResponse(response: Response, request: AppRequest, env: Env): Response {
  // Every response here was built by this worker, so its headers are mutable:
  // set them in place rather than copying the response (measurably cheaper).
  const { headers } = response;
  headers.set("X-Request-Id", request.requestId);
  headers.set("X-Content-Type-Options", "nosniff");
  addCorsHeaders(headers, request, env);
  const bookmark = sessionBookmark(request);
  if (bookmark !== null) headers.set(BOOKMARK_HEADER, bookmark);
  if (shouldLog(request, response.status)) logRequest(request, response.status);
  return request.method === "HEAD" ? new Response(null, { status: response.status, headers }) : response;
}

/**
 * Whether a request gets its own log line: every error, and every request
 * off Cloudflare. On Cloudflare (the request has a `cf-ray`), Workers Logs
 * already record every invocation with its status and `cf-ray`, which is our
 * request id; a line for each success would repeat that, and it was the
 * largest cost left in a user create (docs/performance.md).
 */
function shouldLog(request: AppRequest, status: number): boolean {
  return status >= 400 || !request.atEdge;
}

/** One JSON line for a request. Never a token, a body, or a query string. */
function logRequest(request: AppRequest, status: number): void {
  console.log(
    JSON.stringify({
      requestId: request.requestId,
      method: request.method,
      route: request.route ?? null,
      status,
      durationMs: Date.now() - request.startedAt,
      callerKind: request.caller?.kind ?? null,
      callerId: request.caller?.id ?? null,
    }),
  );
}
