import { defineRoute } from "../http/RouteDefinition";
import { valueOrApiError } from "../http/valueOrApiError";
import type { RouteDoc } from "../openapi/RouteDoc";
import { setting } from "../settings/setting";
import type { SettingName } from "../settings/settingsTable";
import type { SpacePrivilege } from "../spaces/spacePrivileges";
import { checkPrivilege } from "../spaces/spaceStore";
import { issueSingleUseToken } from "./singleUseTokens";
import { SpaceTokenSchema, tokenResponse } from "./tokenResponses";

/**
 * `GET /spaces/{id}/…/token`: a member holding `privilege` gets a fresh
 * single-use token of `type` for the space (strangers 404, other members
 * 403), living as long as the `ttl` setting says.
 */
export function issueSpaceTokenRoute(options: {
  readonly path: string;
  readonly type: string;
  readonly privilege: SpacePrivilege;
  readonly ttl: SettingName & `${string}_TOKEN_TTL_SECONDS`;
  readonly doc: false | (Pick<RouteDoc, "operationId" | "summary" | "description"> & { readonly tokenDescription: string });
}) {
  const { doc } = options;
  return defineRoute({
    method: "GET",
    path: options.path,
    auth: "any",
    handle: async ({ db, params, caller }, env) => {
      valueOrApiError(await checkPrivilege(db, params.id!, caller, options.privilege));
      return tokenResponse(await issueSingleUseToken(env, options.type, params.id!, setting(env, options.ttl)));
    },
    doc: OPENAPI_DOCS && doc && {
      operationId: doc.operationId,
      tag: "Space",
      summary: doc.summary,
      ...(doc.description && { description: doc.description }),
      success: { status: 200, description: doc.tokenDescription, body: SpaceTokenSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"] },
    },
  });
}
