import { sql, type SqlQuery } from "../common/sql";
import type { SqlDialect } from "../common/SqlDialect";
import { reachSql } from "./groupWalksSql";

/**
 * SQL column `value`: a JSON array of the privilege lists `userId` holds in
 * one space or group: `own` (their own row's privileges) and `throughGroups`
 * (the rows of the groups they reach, joined on `reach r`), each a SELECT of
 * one `privileges` column.
 */
export function heldPrivilegeListsSql(d: SqlDialect, userId: string, own: SqlQuery, throughGroups: SqlQuery): SqlQuery {
  return sql`(${reachSql(userId)} SELECT ${d.jsonArray(sql`held.privileges`, sql`held.privileges`)} FROM (${own} UNION ALL ${throughGroups}) AS held) AS value`;
}

/** The union of the lists `heldPrivilegeListsSql` read, in canonical order: the effective privileges. */
export function unionInOrder<Privilege extends string>(listsJson: string, canonical: readonly Privilege[]): Privilege[] {
  const held = new Set((JSON.parse(listsJson) as string[]).flatMap((list) => JSON.parse(list) as string[]));
  return canonical.filter((privilege) => held.has(privilege));
}
