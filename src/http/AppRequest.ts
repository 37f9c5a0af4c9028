import type { IRequest, RequestHandler } from "itty-router";
import type { Caller } from "../auth/Caller";
import type { DbSession } from "../common/Db";

/** A request as handlers see it: routed by itty-router, with a request id and, after `withCaller`, a caller. */
export type AppRequest = IRequest & {
  requestId: string;
  /** Epoch milliseconds when the request arrived. */
  startedAt: number;
  /** This request's D1 session (`withDbSession`): every query goes through it. */
  db: DbSession;
  /** Set by `withCaller`; absent on public routes. */
  caller: Caller;
};

/** The extra arguments the Workers runtime passes to `fetch`. */
export type AppArgs = [env: Env, ctx: ExecutionContext];

/** A route handler or middleware. */
export type AppHandler = RequestHandler<AppRequest, AppArgs>;
