import { privilegeInSql } from "../common/privilegeInSql";
import { sql, type SqlQuery } from "../common/sql";
import type { SpacePrivilege } from "./spacePrivileges";

// The space rule: a space always keeps a member, user or group, holding
// `space_set_privileges`. Every write that could break it holds one of these
// conditions in its own WHERE, so the rule holds under concurrent writes.

const SPACE_ADMIN: SpacePrivilege = "space_set_privileges";

/** Who is leaving or losing the privilege: a user member or a group member of the space. */
export type SpaceMemberRef = { readonly user: string } | { readonly group: string };

/**
 * SQL condition: a member of the space other than `except` (user or group)
 * holds `space_set_privileges`. `spaceId` is a value, or a column of an
 * outer query.
 */
export function anotherSpaceAdministratorSql(spaceId: string | SqlQuery, except: SpaceMemberRef): SqlQuery {
  const otherUser = "user" in except ? sql`AND m.user_id <> ${except.user}` : sql``;
  const otherGroup = "group" in except ? sql`AND o.group_id <> ${except.group}` : sql``;
  return sql`(EXISTS (SELECT 1 FROM space_members m
      WHERE m.space_id = ${spaceId} ${otherUser} AND ${privilegeInSql(sql`m.privileges`, SPACE_ADMIN)})
    OR EXISTS (SELECT 1 FROM space_groups o
      WHERE o.space_id = ${spaceId} ${otherGroup} AND ${privilegeInSql(sql`o.privileges`, SPACE_ADMIN)}))`;
}

/**
 * SQL condition, inside a DELETE from `table` (`space_members` or
 * `space_groups`): the row being deleted may go without breaking the rule.
 */
export function mayLeaveSpaceSql(spaceId: string, leaving: SpaceMemberRef): SqlQuery {
  const privileges = "user" in leaving ? sql`space_members.privileges` : sql`space_groups.privileges`;
  return sql`(NOT ${privilegeInSql(privileges, SPACE_ADMIN)} OR ${anotherSpaceAdministratorSql(spaceId, leaving)})`;
}

/** SQL condition: a member keeps the rule after its privileges become `privileges`. */
export function keepsSpaceAdministratorSql(spaceId: string, member: SpaceMemberRef, privileges: readonly SpacePrivilege[]): SqlQuery {
  return privileges.includes(SPACE_ADMIN) ? sql`TRUE` : anotherSpaceAdministratorSql(spaceId, member);
}

/**
 * SQL condition: some space of which `groupId` is a member would be left
 * without an administrator if the group went (deleting the group).
 */
export function lastSpaceAdministratorOfSomeSpaceSql(groupId: string): SqlQuery {
  return sql`EXISTS (SELECT 1 FROM space_groups sg
    WHERE sg.group_id = ${groupId} AND ${privilegeInSql(sql`sg.privileges`, SPACE_ADMIN)}
      AND NOT ${anotherSpaceAdministratorSql(sql`sg.space_id`, { group: groupId })})`;
}
