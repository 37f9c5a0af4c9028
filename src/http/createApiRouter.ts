import { Router } from "itty-router";
import { authorize } from "../auth/authorize";
import { ApiError } from "./ApiError";
import type { AppArgs, AppHandler, AppRequest } from "./AppRequest";
import { preflight } from "./cors";
import { toErrorResponse } from "./errorResponse";
import { readIdempotencyKey } from "./idempotencyKey";
import { parseInput } from "./parseInput";
import { checkPathParameters, pathParameters } from "./pathResources";
import { readJsonBody } from "./readJsonBody";
import { finishResponse, startRequest } from "./requestLifecycle";
import type { AnyRoute, RouteBody } from "./RouteDefinition";
import type { Caller } from "../auth/Caller";

/** The order `Allow` lists methods in. */
const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

/** The Onezone 3.0 base path; every route also answers under it. */
export const ONEZONE_BASE_PATH = "/api/v3/onezone";

/**
 * Builds the router. Each route's handler runs after the steps its
 * declaration asks for, in Onezone's order: authenticate and check the kind
 * of caller (401, 403), check path ids (404), read the `Idempotency-Key`,
 * then read and validate the body (413, 415, 400). GET routes also answer
 * HEAD; every path answers OPTIONS (CORS preflight) and 405 with `Allow` for
 * other methods; anything else is 404. Errors of every kind pass through one
 * renderer. The 3.0 base path is stripped once, before routing.
 */
export function createApiRouter(routes: readonly AnyRoute[]) {
  const router = Router<AppRequest, AppArgs, Response>({
    before: [startRequest],
    catch: (thrown, request) => toErrorResponse(thrown, request.requestId),
    finally: [finishResponse],
  });
  for (const [path, group] of groupBySpecificPath(routes)) {
    for (const route of group) {
      const handler = routeHandler(route);
      router[route.method.toLowerCase()](path, handler);
      if (route.method === "GET") router.head(path, handler);
    }
    const methods = new Set<string>(group.flatMap((route) => (route.method === "GET" ? ["GET", "HEAD"] : [route.method])));
    const allow = [...METHOD_ORDER.filter((method) => methods.has(method)), "OPTIONS"].join(", ");
    router.options(path, preflight(allow));
    router.all(path, methodNotAllowed(allow));
  }
  router.all("*", () => {
    throw new ApiError(404, "not_found", "No resource exists at this path.");
  });
  return {
    fetch: (request: Request, env: Env, ctx: ExecutionContext) => router.fetch(withPlainMethod(withoutBasePath(request)), env, ctx),
  };
}

/**
 * The request with its method as a plain own property. itty-router compares
 * `request.method` with every route entry it passes, and on every runtime that
 * is a native getter making a new string each time: read once here, each entry
 * passed costs a plain comparison (docs/performance.md).
 */
function withPlainMethod(request: Request): Request {
  Object.defineProperty(request, "method", { value: request.method, enumerable: true });
  return request;
}

/** The request with the 3.0 base path removed from its URL, if it has it. */
function withoutBasePath(request: Request): Request {
  // Most requests do not use the 3.0 base path: a string search spares them a second URL parse.
  if (!request.url.includes(ONEZONE_BASE_PATH)) return request;
  const url = new URL(request.url);
  if (url.pathname !== ONEZONE_BASE_PATH && !url.pathname.startsWith(`${ONEZONE_BASE_PATH}/`)) return request;
  url.pathname = url.pathname.slice(ONEZONE_BASE_PATH.length) || "/";
  return new Request(url, request);
}

/**
 * The routes grouped by path, each group whole (methods, OPTIONS, 405)
 * before the next, and literal segments before parameters wherever two paths
 * could match the same URL: `/user/spaces/join` before `/user/spaces/:id`,
 * for every method. Only paths with as many segments can match the same URL
 * (a parameter is one segment), so paths go by their number of segments
 * first, and a path ending in `*` comes last. The router tries each entry in
 * turn, so short paths such as `/spaces` and `/spaces/:id` are found after a
 * few entries, not after every longer literal path.
 */
function groupBySpecificPath(routes: readonly AnyRoute[]): [string, AnyRoute[]][] {
  const groups = new Map<string, AnyRoute[]>();
  for (const route of routes) groups.set(route.path, [...(groups.get(route.path) ?? []), route]);
  const rank = (path: string) => {
    const segments = path.split("/").slice(1);
    const kinds = segments.map((segment) => (segment === "*" ? "2" : segment.startsWith(":") ? "1" : "0")).join("");
    return `${kinds.includes("2") ? 1 : 0}${String(segments.length).padStart(2, "0")}${kinds}`;
  };
  return [...groups].sort(([a], [b]) => rank(a).localeCompare(rank(b)));
}

function routeHandler(route: AnyRoute): AppHandler {
  const parameters = pathParameters(route.path);
  return async (request, env, ctx) => {
    const caller = route.auth === "public" ? undefined : await authorize(route.auth, request, env, { registration: !route.registrationInBatch });
    request.caller = caller;
    checkPathParameters(parameters, decodeParameters(request.params));
    request.idempotencyKey = route.idempotencyKey ? readIdempotencyKey(request.headers) : undefined;
    request.input = route.query
      ? parseInput(route.query, request.query)
      : route.body && parseInput(bodySchema(route.body, caller), await readJsonBody(request));
    return route.handle(request as Parameters<AnyRoute["handle"]>[0], env, ctx);
  };
}

/** Path parameters percent-decoded in place (itty-router leaves them as sent); one that cannot be decoded is dropped, so it fails its check. */
function decodeParameters(params: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(params)) {
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      delete params[name];
    }
  }
  return params;
}

function bodySchema(body: RouteBody, caller: Caller | undefined) {
  return "user" in body ? body[caller?.kind ?? "user"] : body;
}

function methodNotAllowed(allow: string): AppHandler {
  return (request) => {
    throw new ApiError(405, "method_not_allowed", `${request.method} is not allowed here.`, { Allow: allow });
  };
}
