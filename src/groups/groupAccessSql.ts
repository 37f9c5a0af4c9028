import { privilegeInSql } from "../common/privilegeInSql";
import { sql, type SqlQuery } from "../common/sql";
import { GROUP_ADMIN_PRIVILEGE, type GroupPrivilege } from "./groupPrivileges";
import { isEffectiveGroupUserSql, reachSql } from "./groupWalksSql";

/**
 * SQL condition: `userId` holds `privilege` in `groupId` effectively: as a
 * direct user, or through a nested group (at any depth) of which they are an
 * effective user, whose privileges in `groupId` hold it. The direct check
 * comes first, so a direct holder costs no walk.
 */
export function holdsInGroupSql(groupId: string, userId: string, privilege: GroupPrivilege): SqlQuery {
  return sql`(EXISTS (SELECT 1 FROM group_users gu
      WHERE gu.group_id = ${groupId} AND gu.user_id = ${userId} AND ${privilegeInSql(sql`gu.privileges`, privilege)})
    OR EXISTS (${reachSql(userId)} SELECT 1 FROM group_children gc JOIN reach r ON r.group_id = gc.child_id
      WHERE gc.parent_id = ${groupId} AND ${privilegeInSql(sql`gc.privileges`, privilege)}))`;
}

/** SQL columns `is_member, has_privilege` of a GroupAccessRow for a user on a group. */
export function groupAccessColumnsSql(groupId: string, userId: string, privilege: GroupPrivilege): SqlQuery {
  return sql`${isEffectiveGroupUserSql(groupId, userId)} AS is_member, ${holdsInGroupSql(groupId, userId, privilege)} AS has_privilege`;
}

/** SQL condition: a direct user of the group other than `userId` holds `group_set_privileges` (the group rule). */
export function anotherGroupAdministratorSql(groupId: string, userId: string): SqlQuery {
  return sql`EXISTS (SELECT 1 FROM group_users o
    WHERE o.group_id = ${groupId} AND o.user_id <> ${userId} AND ${privilegeInSql(sql`o.privileges`, GROUP_ADMIN_PRIVILEGE)})`;
}

/**
 * SQL condition, inside a DELETE from `group_users`: the row being deleted may
 * go without breaking the group rule (it lacks `group_set_privileges`, or
 * another direct user holds it).
 */
export function mayLeaveGroupSql(groupId: string, userId: string): SqlQuery {
  return sql`(NOT ${privilegeInSql(sql`group_users.privileges`, GROUP_ADMIN_PRIVILEGE)}
    OR ${anotherGroupAdministratorSql(groupId, userId)})`;
}
