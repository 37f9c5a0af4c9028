import type { Caller } from "../auth/Caller";
import { privilegeInSql } from "../common/privilegeInSql";
import { sql, type SqlQuery } from "../common/sql";
import { reachSql } from "../groups/groupWalksSql";
import type { SpacePrivilege } from "./spacePrivileges";

// Effective access to a space: a user's own membership and privileges, plus
// those of every group member of the space of which the user is an effective
// user (at any depth of nesting), in one statement. The direct check comes
// first, so a direct member costs no walk; a member through groups costs one
// walk up from the user's own groups (groups/groupWalksSql.ts).

/** SQL condition: `userId` is a member of the space, directly or through a group. */
export function isEffectiveSpaceMemberSql(spaceId: string, userId: string): SqlQuery {
  return sql`(EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = ${spaceId} AND m.user_id = ${userId})
    OR EXISTS (${reachSql(userId)} SELECT 1 FROM space_groups sg JOIN reach r ON r.group_id = sg.group_id
      WHERE sg.space_id = ${spaceId}))`;
}

/** SQL condition: `userId` holds `privilege` in the space effectively (own, or through any group member of the space). */
export function holdsInSpaceSql(spaceId: string, userId: string, privilege: SpacePrivilege): SqlQuery {
  return sql`(EXISTS (SELECT 1 FROM space_members m
      WHERE m.space_id = ${spaceId} AND m.user_id = ${userId} AND ${privilegeInSql(sql`m.privileges`, privilege)})
    OR EXISTS (${reachSql(userId)} SELECT 1 FROM space_groups sg JOIN reach r ON r.group_id = sg.group_id
      WHERE sg.space_id = ${spaceId} AND ${privilegeInSql(sql`sg.privileges`, privilege)}))`;
}

/** SQL condition: the caller holds `privilege` in the space effectively; a provider never does. */
export function callerHoldsSql(spaceId: string, caller: Caller, privilege: SpacePrivilege): SqlQuery {
  return caller.kind === "user" ? holdsInSpaceSql(spaceId, caller.id, privilege) : sql`FALSE`;
}

/**
 * SQL columns `is_member, has_privilege, is_supporting` of an AccessRow for
 * the caller on the space, effective. A user is never a supporter and a
 * provider never a member, so each kind asks only its own questions.
 */
export function accessColumnsSql(spaceId: string, caller: Caller, privilege: SpacePrivilege): SqlQuery {
  if (caller.kind === "provider") {
    return sql`FALSE AS is_member, FALSE AS has_privilege,
      EXISTS (SELECT 1 FROM space_supports su WHERE su.space_id = ${spaceId} AND su.provider_id = ${caller.id}) AS is_supporting`;
  }
  return sql`${isEffectiveSpaceMemberSql(spaceId, caller.id)} AS is_member,
    ${holdsInSpaceSql(spaceId, caller.id, privilege)} AS has_privilege, FALSE AS is_supporting`;
}
