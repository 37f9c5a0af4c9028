import type { Db } from "../common/Db";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { groupAccessColumnsSql } from "./groupAccessSql";
import { ok, type Outcome, type Refusal } from "../common/Outcome";
import { groupAccessRefusal, type GroupAccessRefusal, type GroupAccessRow } from "./groupOutcome";
import type { GroupPrivilege } from "./groupPrivileges";

/**
 * Reads `columns` about a group for a caller holding `privilege` in it
 * (default `group_view_data`), with the access check, in one query. No row
 * (the group is gone) or no membership is not_found, a missing privilege
 * forbidden. `joins` may LEFT JOIN more tables onto `groups g`.
 */
export async function readGroupFacts<Row extends object>(
  db: Db,
  groupId: string,
  userId: string,
  columns: SqlQuery,
  privilege: GroupPrivilege = "group_view_data",
  joins: SqlQuery = sql``,
): Promise<Outcome<Row, GroupAccessRefusal>> {
  const row = await prepare(db, sql`SELECT ${groupAccessColumnsSql(groupId, userId, privilege)}, ${columns}
    FROM groups g ${joins} WHERE g.id = ${groupId}`).first<Row & GroupAccessRow>();
  return row?.has_privilege ? ok(row) : groupAccessRefusal(row);
}

/** The id list a `jsonListSql` column named `value` read, or the read's refusal. */
export function idListOf<R extends Refusal>(outcome: Outcome<{ value: string }, R>): Outcome<string[], R> {
  return outcome.kind === "ok" ? ok(JSON.parse(outcome.value.value) as string[]) : outcome;
}
