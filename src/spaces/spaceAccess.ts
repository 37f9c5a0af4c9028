import type { Caller } from "../auth/Caller";
import { bindNumbered } from "../common/bindNumbered";
import type { Db, DbStatement } from "../common/Db";
import { ApiError } from "../http/ApiError";
import type { SpacePrivilege } from "./spacePrivileges";

/**
 * SQL that tells, for space ?1, whether the caller is a member (user ?2),
 * holds privilege ?3, or is a supporting provider (?4). Exactly one of ?2
 * and ?4 is non-NULL, so a user id can never pass as a provider id.
 */
export const ACCESS_COLUMNS = `
  EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = ?1 AND m.user_id = ?2) AS is_member,
  EXISTS (SELECT 1 FROM space_members m, json_each(m.privileges) p
          WHERE m.space_id = ?1 AND m.user_id = ?2 AND p.value = ?3) AS has_privilege,
  EXISTS (SELECT 1 FROM space_supports s WHERE s.space_id = ?1 AND s.provider_id = ?4) AS is_supporting`;

/** A SQL condition on the same parameters: the caller is a member holding privilege ?3. */
export const CALLER_HOLDS_PRIVILEGE = `EXISTS (SELECT 1 FROM space_members m, json_each(m.privileges) p
  WHERE m.space_id = ?1 AND m.user_id = ?2 AND p.value = ?3)`;

export interface AccessRow {
  is_member: number;
  has_privilege: number;
  is_supporting: number;
}

/** Binds a statement that uses ACCESS_COLUMNS or CALLER_HOLDS_PRIVILEGE, then its own parameters from ?5 on. */
export function bindAccess(
  db: Db,
  sql: string,
  spaceId: string,
  caller: Caller,
  privilege: SpacePrivilege,
  ...rest: unknown[]
): DbStatement {
  const userId = caller.kind === "user" ? caller.id : null;
  const providerId = caller.kind === "provider" ? caller.id : null;
  return bindNumbered(db, sql, [spaceId, userId, privilege, providerId, ...rest]);
}

/** A statement answering one AccessRow for a space (no row when the space does not exist). */
export function selectAccess(db: Db, spaceId: string, caller: Caller, privilege: SpacePrivilege): DbStatement {
  return bindAccess(db, `SELECT ${ACCESS_COLUMNS} FROM spaces WHERE id = ?1`, spaceId, caller, privilege);
}

/**
 * Turns a denied access into the right error. Strangers get 404, so that they
 * cannot learn that a space exists; members or supporting providers that lack
 * the privilege get 403.
 */
export function accessDenied(access: AccessRow | null | undefined): ApiError {
  if (access && (access.is_member === 1 || access.is_supporting === 1)) {
    return new ApiError(403, "forbidden", "You lack the space privilege this operation needs.");
  }
  return spaceNotFound();
}

export function spaceNotFound(): ApiError {
  return new ApiError(404, "not_found", "No such space.");
}
