import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { parseCount } from "../common/settings";
import { defineRoute } from "../http/RouteDefinition";
import type { RouteDoc } from "../openapi/RouteDoc";
import { issueSingleUseToken } from "./singleUseTokens";
import { SpaceTokenSchema, tokenResponse } from "./tokenResponses";

/** Default lifetime of the single-use tokens a member hands on (space invite, support, group invite, nest, space group invite), in seconds (24 h). */
export const DEFAULT_SPACE_TOKEN_TTL_SECONDS = 24 * 60 * 60;

/** What a token-issuing route declares: where, which kind, how long it lives, and its document. */
export interface TokenRouteOptions {
  readonly path: string;
  readonly type: string;
  readonly ttl: (env: Env) => string | undefined;
  readonly doc: Pick<RouteDoc, "operationId" | "summary" | "description"> & { readonly tokenDescription: string };
}

/**
 * `GET /{spaces|groups}/{id}/…/token`: a caller that passes `check` on the
 * space or group of the path (which throws the refusal: strangers 404,
 * members lacking the privilege 403) gets a fresh single-use token of `type`
 * for it, living as long as the `ttl` setting says.
 */
export function issueTokenRoute(options: TokenRouteOptions & {
  readonly auth: "any" | "user";
  readonly tag: RouteDoc["tag"];
  readonly check: (db: Db, subjectId: string, caller: Caller) => Promise<void>;
}) {
  const { doc } = options;
  return defineRoute({
    method: "GET",
    path: options.path,
    auth: options.auth,
    handle: async ({ db, params, caller }, env) => {
      await options.check(db, params.id!, caller);
      const ttlSeconds = parseCount(options.ttl(env), DEFAULT_SPACE_TOKEN_TTL_SECONDS);
      return tokenResponse(await issueSingleUseToken(env, options.type, params.id!, ttlSeconds));
    },
    doc: {
      operationId: doc.operationId,
      tag: options.tag,
      summary: doc.summary,
      ...(doc.description && { description: doc.description }),
      success: { status: 200, description: doc.tokenDescription, body: SpaceTokenSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"] },
    },
  });
}
