import { parseCount } from "../common/settings";
import { defineRoute } from "../http/RouteDefinition";
import { valueOrApiError } from "../http/valueOrApiError";
import type { RouteDoc } from "../openapi/RouteDoc";
import type { SpacePrivilege } from "../spaces/spacePrivileges";
import { checkPrivilege } from "../spaces/spaceStore";
import { issueSingleUseToken } from "./singleUseTokens";
import { SpaceTokenSchema, tokenResponse } from "./tokenResponses";

/** Default lifetime of the single-use space tokens, in seconds (24 h). */
export const DEFAULT_SPACE_TOKEN_TTL_SECONDS = 24 * 60 * 60;

/**
 * `GET /spaces/{id}/…/token`: a member holding `privilege` gets a fresh
 * single-use token of `type` for the space (strangers 404, other members
 * 403), living as long as the `ttl` setting says.
 */
export function issueSpaceTokenRoute(options: {
  readonly path: string;
  readonly type: string;
  readonly privilege: SpacePrivilege;
  readonly ttl: (env: Env) => string | undefined;
  readonly doc: Pick<RouteDoc, "operationId" | "summary" | "description"> & { readonly tokenDescription: string };
}) {
  const { doc } = options;
  return defineRoute({
    method: "GET",
    path: options.path,
    auth: "any",
    handle: async ({ db, params, caller }, env) => {
      valueOrApiError(await checkPrivilege(db, params.id!, caller, options.privilege));
      const ttlSeconds = parseCount(options.ttl(env), DEFAULT_SPACE_TOKEN_TTL_SECONDS);
      return tokenResponse(await issueSingleUseToken(env, options.type, params.id!, ttlSeconds));
    },
    doc: {
      operationId: doc.operationId,
      tag: "Space",
      summary: doc.summary,
      ...(doc.description && { description: doc.description }),
      success: { status: 200, description: doc.tokenDescription, body: SpaceTokenSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"] },
    },
  });
}
