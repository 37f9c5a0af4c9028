import type { GenericSchema } from "valibot";
import type { ErrorCode } from "../http/ApiError";

/** Response headers an operation may name; each is a component of the document (`RESPONSE_HEADERS`). */
export type DocumentedHeader = "Location" | "Cache-Control" | "Idempotent-Replayed";

/** Statuses an operation lists itself; 401, 405, 413, 415, 500 and `invalid_request` follow from the route's shape. */
export type OwnErrorStatus = 400 | 403 | 404 | 422;

/**
 * The OpenAPI description of one route, kept next to the route it describes.
 * Schemas are the valibot schemas the route validates with or answers in,
 * so the document cannot drift from the code.
 */
export interface RouteDoc {
  /** Onezone 3.0's operationId where the operation exists there. */
  readonly operationId: string;
  readonly tag: "Space" | "User" | "Provider" | "Zone";
  readonly summary: string;
  readonly description?: string;
  /** Public routes take no access token; every other route answers 401 without one. */
  readonly public?: boolean;
  /** The JSON request body's schema; an empty body is `{}`. Adds 400, 413 and 415. */
  readonly body?: GenericSchema;
  /** Whether the route honours an `Idempotency-Key` request header (adds 422). */
  readonly idempotencyKey?: boolean;
  readonly success: {
    readonly status: 200 | 201 | 204;
    readonly description: string;
    /** The JSON body's schema; one titled with `v.title` becomes a named component. */
    readonly body?: GenericSchema;
    readonly headers?: readonly DocumentedHeader[];
  };
  /** The error codes this route answers with beyond those its shape implies. */
  readonly errors?: { readonly [Status in OwnErrorStatus]?: readonly ErrorCode[] };
}
