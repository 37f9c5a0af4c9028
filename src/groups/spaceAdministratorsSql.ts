import { privilegeInSql } from "../common/privilegeInSql";
import { sql, type SqlQuery } from "../common/sql";

const SPACE_ADMIN = "space_set_privileges";

/**
 * SQL condition: some space of which `groupId` is a member would be left
 * without a member (user or group) holding `space_set_privileges` if the
 * group went: the group holds it there and no other member does.
 */
export function lastSpaceAdministratorSql(groupId: string): SqlQuery {
  return sql`EXISTS (SELECT 1 FROM space_groups sg
    WHERE sg.group_id = ${groupId} AND ${privilegeInSql(sql`sg.privileges`, SPACE_ADMIN)}
      AND NOT EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = sg.space_id AND ${privilegeInSql(sql`m.privileges`, SPACE_ADMIN)})
      AND NOT EXISTS (SELECT 1 FROM space_groups o
        WHERE o.space_id = sg.space_id AND o.group_id <> ${groupId} AND ${privilegeInSql(sql`o.privileges`, SPACE_ADMIN)}))`;
}
