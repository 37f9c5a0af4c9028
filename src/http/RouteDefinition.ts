import type * as v from "valibot";
import type { Caller } from "../auth/Caller";
import type { RouteDoc } from "../openapi/RouteDoc";
import type { AppRequest } from "./AppRequest";

export type RouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call a route. `public` takes no token; every other kind is
 * authenticated first (401), then checked (403): `any` is any caller,
 * `user` and `provider` that kind only, `admin` a user in ADMIN_USERS.
 */
export type RouteAuth = "public" | "any" | "user" | "provider" | "admin";

/** A body schema, or one per kind of caller (`POST /spaces` takes a user's body or a provider's). */
export type RouteBody = v.GenericSchema | { readonly user: v.GenericSchema; readonly provider: v.GenericSchema };

type UserCaller = Extract<Caller, { kind: "user" }>;
type ProviderCaller = Extract<Caller, { kind: "provider" }>;

/** The caller a route's handler sees: narrowed by its `auth`. */
export type CallerFor<Auth extends RouteAuth> = Auth extends "public"
  ? Caller | undefined
  : Auth extends "user" | "admin" ? UserCaller : Auth extends "provider" ? ProviderCaller : Caller;

/** The validated body a route's handler sees. */
export type BodyFor<Body extends RouteBody | undefined> = Body extends v.GenericSchema
  ? v.InferOutput<Body>
  : Body extends { user: infer U extends v.GenericSchema; provider: infer P extends v.GenericSchema }
    ? v.InferOutput<U> | v.InferOutput<P>
    : undefined;

/** The request a route's handler receives: authenticated, path ids checked, body or query validated. */
export type RouteRequest<Auth extends RouteAuth, Body extends RouteBody | undefined, Query extends v.GenericSchema | undefined = undefined> = AppRequest & {
  readonly caller: CallerFor<Auth>;
  /** The validated body, or on a route with a `query` schema the validated query parameters. */
  readonly input: Query extends v.GenericSchema ? v.InferOutput<Query> : BodyFor<Body>;
  /** The `Idempotency-Key`, on routes that declare `idempotencyKey`. */
  readonly idempotencyKey: string | undefined;
};

/**
 * One operation: method, path, who may call it, its body schema and its
 * documentation, declared once. The router enforces `auth` and `body`; the
 * OpenAPI document is generated from the same declaration.
 */
export interface RouteDefinition<
  Auth extends RouteAuth = RouteAuth,
  Body extends RouteBody | undefined = RouteBody | undefined,
  Query extends v.GenericSchema | undefined = v.GenericSchema | undefined,
> {
  readonly method: RouteMethod;
  /** itty-router syntax; a `:param` after `spaces/`, `providers/` or `users/` names that resource (`pathResources.ts`). */
  readonly path: string;
  readonly auth: Auth;
  readonly body?: Body;
  /** The query parameters' schema (an object of optional strings), for GET routes without a body. */
  readonly query?: Query;
  /** Whether the route honours an `Idempotency-Key` request header. */
  readonly idempotencyKey?: true;
  /**
   * The handler's own batch checks that a provider caller is still registered
   * (and answers 401 `invalid_token` when not, writing nothing), so
   * authentication spares that round trip.
   */
  readonly registrationInBatch?: true;
  readonly doc: RouteDoc;
  readonly handle: (request: RouteRequest<Auth, Body, Query>, env: Env, ctx: ExecutionContext) => Response | Promise<Response>;
}

/** A route of any auth and body, as the router and the document builder see it. */
export type AnyRoute = RouteDefinition<RouteAuth, RouteBody | undefined, v.GenericSchema | undefined>;

/** Declares a route, inferring its handler's types from `auth`, `body` and `query`. */
export function defineRoute<
  Auth extends RouteAuth,
  Body extends RouteBody | undefined = undefined,
  Query extends v.GenericSchema | undefined = undefined,
>(route: RouteDefinition<Auth, Body, Query>): AnyRoute {
  return route as unknown as AnyRoute;
}
