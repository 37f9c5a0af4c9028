import { setting } from "../settings/setting";
import type { AppRequest } from "./AppRequest";

/** Request headers a browser may send (preflight `Access-Control-Allow-Headers`). */
export const CORS_ALLOWED_HEADERS = "Authorization, X-Auth-Token, macaroon, Content-Type, Idempotency-Key, D1-Bookmark";
/** Response headers a browser may read besides the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = "Location, X-Request-Id, D1-Bookmark, Idempotent-Replayed, WWW-Authenticate, Allow";
/** How long a browser may cache a preflight answer, in seconds. */
export const CORS_MAX_AGE_SECONDS = 86400;

/**
 * The `Access-Control-Allow-Origin` value for a request, or undefined when
 * its origin is not allowed. `*` (the default) is safe here: the API takes
 * bearer tokens in headers, never cookies, so no ambient credential is exposed.
 */
export function allowedOrigin(request: Request, env: Env): string | undefined {
  const origin = request.headers.get("Origin");
  if (origin === null) return undefined;
  const allowed = setting(env, "CORS_ORIGINS");
  if (allowed.includes("*")) return "*";
  return allowed.includes(origin) ? origin : undefined;
}

/** Adds the CORS headers of an actual (non-preflight) response. */
export function addCorsHeaders(headers: Headers, request: AppRequest, env: Env): void {
  const origin = allowedOrigin(request, env);
  if (origin !== "*") headers.append("Vary", "Origin");
  if (origin === undefined) return;
  headers.set("Access-Control-Allow-Origin", origin);
  headers.set("Access-Control-Expose-Headers", CORS_EXPOSED_HEADERS);
}

/** A handler answering `OPTIONS` (CORS preflight or plain) for a path with these methods. */
export function preflight(allow: string) {
  return (request: AppRequest, env: Env): Response => {
    const headers = new Headers({ Allow: allow });
    if (allowedOrigin(request, env) !== undefined) {
      headers.set("Access-Control-Allow-Methods", allow);
      headers.set("Access-Control-Allow-Headers", CORS_ALLOWED_HEADERS);
      headers.set("Access-Control-Max-Age", String(CORS_MAX_AGE_SECONDS));
    }
    return new Response(null, { status: 204, headers });
  };
}
