import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { defineRoute } from "../http/RouteDefinition";
import type { RouteDoc } from "../openapi/RouteDoc";
import { setting } from "../settings/setting";
import type { SettingName } from "../settings/settingsTable";
import { issueSingleUseToken } from "./singleUseTokens";
import { SpaceTokenSchema, tokenResponse } from "./tokenResponses";

/** What a token-issuing route declares: where, which kind, how long it lives, and its document. */
export interface TokenRouteOptions {
  readonly path: string;
  readonly type: string;
  /** The setting that says how long the token lives (its default is in the settings table). */
  readonly ttl: SettingName & `${string}_TOKEN_TTL_SECONDS`;
  readonly doc: false | (Pick<RouteDoc, "operationId" | "summary" | "description"> & { readonly tokenDescription: string });
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
      return tokenResponse(await issueSingleUseToken(env, options.type, params.id!, setting(env, options.ttl)));
    },
    doc: OPENAPI_DOCS && doc && {
      operationId: doc.operationId,
      tag: options.tag,
      summary: doc.summary,
      ...(doc.description && { description: doc.description }),
      success: { status: 200, description: doc.tokenDescription, body: SpaceTokenSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"] },
    },
  });
}
