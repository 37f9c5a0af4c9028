import type { GenericSchema } from "valibot";
import type { ErrorCode } from "../http/errorCatalogue";

/** Response headers an operation may name; each is a component of the document. */
export type DocumentedHeader = "Location" | "Cache-Control" | "Idempotent-Replayed";

/**
 * Statuses an operation lists itself; 401, 405, 413, 415, 429, 431, 500,
 * `invalid_request` and (on authenticated routes, which may read the
 * database) 503 follow from the route's declaration.
 */
export type OwnErrorStatus = 400 | 403 | 404 | 409 | 422 | 503;

/**
 * The OpenAPI description of one route, kept next to the route it describes.
 * Auth, body and `Idempotency-Key` come from the route itself, so the
 * document cannot drift from what the router enforces.
 */
export interface RouteDoc {
  /** Onezone 3.0's operationId where the operation exists there. */
  readonly operationId: string;
  readonly tag: "Space" | "Group" | "User" | "Provider" | "Zone";
  readonly summary: string;
  readonly description?: string;
  readonly success: {
    readonly status: 200 | 201 | 204;
    readonly description: string;
    /** The JSON body's schema; one titled with `v.title` becomes a named component. */
    readonly body?: GenericSchema;
    readonly headers?: readonly DocumentedHeader[];
  };
  /** The error codes this route answers with beyond those its declaration implies. */
  readonly errors?: { readonly [Status in OwnErrorStatus]?: readonly ErrorCode[] };
}

declare global {
  /**
   * Whether route documentation is compiled in. `wrangler.toml` `[define]`
   * sets it to `false` for the Worker bundle, where esbuild folds every
   * `doc: OPENAPI_DOCS && {…}` to `false` and drops the descriptions and the
   * response schemas only they use (docs/performance.md, "Bundle"); the
   * build-time OpenAPI generator sets it to `true` before it loads the routes,
   * and so does the test configuration.
   */
  var OPENAPI_DOCS: boolean;
}
