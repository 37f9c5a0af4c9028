import type { AppRequest } from "./AppRequest";

/**
 * Gives every request an id: Cloudflare's `cf-ray` when present, so that logs
 * line up with the edge's, and a random UUID otherwise.
 */
export function withRequestId(request: AppRequest): void {
  request.requestId = request.headers.get("cf-ray") || crypto.randomUUID();
}

/** Headers every response carries; HEAD responses lose their body. */
export function finishResponse(response: Response, request: AppRequest): Response {
  const headers = new Headers(response.headers);
  headers.set("X-Request-Id", request.requestId);
  headers.set("X-Content-Type-Options", "nosniff");
  const body = request.method === "HEAD" ? null : response.body;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
