import { valueOrApiError } from "../http/valueOrApiError";
import type { SpacePrivilege } from "../spaces/spacePrivileges";
import { checkPrivilege } from "../spaces/spaceStore";
import { issueTokenRoute, type TokenRouteOptions } from "./issueTokenRoute";

/**
 * `GET /spaces/{id}/…/token`: a member holding `privilege` (effectively) gets
 * a fresh single-use token of `type` for the space (strangers 404, other
 * members 403), living as long as the `ttl` setting says.
 */
export function issueSpaceTokenRoute(options: TokenRouteOptions & { readonly privilege: SpacePrivilege }) {
  return issueTokenRoute({
    ...options,
    auth: "any",
    tag: "Space",
    check: async (db, spaceId, caller) => valueOrApiError(await checkPrivilege(db, spaceId, caller, options.privilege)),
  });
}
