import { defineRoute } from "../http/RouteDefinition";
import { unavailableError } from "../http/errorResponse";
import { jsonResponse } from "../http/jsonResponse";
import { readAppliedMigrations } from "./healthStore";
import { LivenessSchema, ReadinessSchema } from "./healthSchemas";
import { MIGRATION_NAMES } from "./migrationNames";

/** What a load balancer should wait before asking a database that did not answer again. */
const NOT_READY_RETRY_AFTER_SECONDS = 5;
/** Health answers are about this moment: no cache may keep them. */
const NO_STORE = { "Cache-Control": "no-store" };

/**
 * `GET /healthz`: liveness. 200 while the process serves requests; it asks
 * nothing of the database, so a database outage never restarts instances.
 */
export const livenessRoute = defineRoute({
  method: "GET",
  path: "/healthz",
  auth: "public",
  handle: () => jsonResponse({ status: "ok" }, 200, NO_STORE),
  doc: OPENAPI_DOCS && {
    operationId: "get_liveness",
    tag: "Zone",
    summary: "Liveness: the process serves",
    description: "For load balancers and supervisors. Touches no database; no token, no rate limit.",
    success: { status: 200, description: "The process serves requests.", body: LivenessSchema, headers: ["Cache-Control"] },
  },
});

/**
 * `GET /readyz`: readiness. 200 when the database answers and has every
 * migration this code needs; otherwise 503 `unavailable` with `Retry-After`,
 * so that a load balancer sends no traffic to an instance that would fail it.
 */
export const readinessRoute = defineRoute({
  method: "GET",
  path: "/readyz",
  auth: "public",
  handle: async (request) => {
    let applied: ReadonlySet<string>;
    try {
      applied = await readAppliedMigrations(request.db);
    } catch (error) {
      console.error(JSON.stringify({ level: "warn", requestId: request.requestId, message: "readiness: the database did not answer", cause: String(error) }));
      throw unavailableError(NOT_READY_RETRY_AFTER_SECONDS, "The database does not answer.");
    }
    if (!MIGRATION_NAMES.every((name) => applied.has(name))) {
      throw unavailableError(NOT_READY_RETRY_AFTER_SECONDS, "The database lacks migrations this version needs.");
    }
    return jsonResponse({ status: "ready" }, 200, NO_STORE);
  },
  doc: OPENAPI_DOCS && {
    operationId: "get_readiness",
    tag: "Zone",
    summary: "Readiness: the database answers and is migrated",
    description: "For load balancers: 200 when the database answers and every migration this version needs is applied; otherwise 503. No token, no rate limit.",
    success: { status: 200, description: "Ready to serve.", body: ReadinessSchema, headers: ["Cache-Control"] },
    errors: { 503: ["unavailable"] },
  },
});

export const healthRoutes = [livenessRoute, readinessRoute];
