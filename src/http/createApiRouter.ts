import { Router } from "itty-router";
import { ApiError } from "./ApiError";
import type { AppArgs, AppHandler, AppRequest } from "./AppRequest";
import { preflight } from "./cors";
import { withDbSession } from "./dbSession";
import { withHeaderLimit } from "./headerLimit";
import { toErrorResponse } from "./errorResponse";
import { finishResponse, withRequestId } from "./requestLifecycle";
import type { RouteDoc } from "../openapi/RouteDoc";

export type RouteMethod = "GET" | "POST" | "PATCH" | "DELETE";

export interface RouteDefinition {
  readonly method: RouteMethod;
  readonly path: string;
  readonly handlers: readonly AppHandler[];
  /** The route's OpenAPI description; GET /openapi.json refuses to build without one. */
  readonly doc?: RouteDoc;
}

/** Every route answers at the root and under the Onezone 3.0 base path. */
export const BASE_PATHS = ["", "/api/v3/onezone"] as const;

/**
 * Builds the router: each route at both base paths, GET routes also for
 * HEAD, OPTIONS (CORS preflight) for every path, a 405 with `Allow` for a
 * known path with another method, and a 404
 * for anything else. Errors of every kind pass through one renderer.
 */
export function createApiRouter(routes: readonly RouteDefinition[]) {
  const router = Router<AppRequest, AppArgs, Response>({
    before: [withRequestId, withHeaderLimit, withDbSession],
    catch: (thrown, request) => toErrorResponse(thrown, request.requestId),
    finally: [finishResponse],
  });
  const allowedByPath = new Map<string, string[]>();
  for (const route of routes) {
    const allowed = allowedByPath.get(route.path) ?? [];
    allowed.push(route.method, ...(route.method === "GET" ? ["HEAD"] : []));
    allowedByPath.set(route.path, allowed);
  }
  for (const base of BASE_PATHS) {
    for (const { method, path, handlers } of routes) {
      router[method.toLowerCase()](base + path, ...handlers);
      if (method === "GET") router.head(base + path, ...handlers);
    }
    for (const [path, allowed] of allowedByPath) {
      const allow = [...allowed, "OPTIONS"].join(", ");
      router.options(base + path, preflight(allow));
      router.all(base + path, methodNotAllowed(allow));
    }
  }
  router.all("*", () => {
    throw new ApiError(404, "not_found", "No resource exists at this path.");
  });
  return router;
}

function methodNotAllowed(allow: string): AppHandler {
  return (request) => {
    throw new ApiError(405, "method_not_allowed", `${request.method} is not allowed here.`, { Allow: allow });
  };
}
