import type { IRequest, RequestHandler } from "itty-router";
import type { Caller } from "../auth/Caller";
import type { DbSession } from "../common/Db";

/** A request as the router's stages see it: routed by itty-router, with a request id and a D1 session. */
export type AppRequest = IRequest & {
  requestId: string;
  /** Whether Cloudflare's edge sent it (it has a `cf-ray`); only errors are logged then. */
  atEdge: boolean;
  /** Epoch milliseconds when the request arrived. */
  startedAt: number;
  /** This request's D1 session (`withDbSession`): every query goes through it. */
  db: DbSession;
  /** The authenticated caller; absent on public routes and before authentication. */
  caller?: Caller;
  /** The validated body, on routes that declare one. */
  input?: unknown;
  idempotencyKey?: string;
};

/** The extra arguments the Workers runtime passes to `fetch`. */
export type AppArgs = [env: Env, ctx: ExecutionContext];

/** A router stage or handler. */
export type AppHandler = RequestHandler<AppRequest, AppArgs>;
