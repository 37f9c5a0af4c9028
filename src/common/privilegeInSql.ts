import { sql, type SqlQuery } from "./sql";

/**
 * SQL condition: the JSON privilege array in `column` holds `privilege`. The
 * arrays are only ever written as `JSON.stringify` of names from a closed set
 * (space or group privileges) in which no quoted name occurs inside another,
 * so the quoted name is in the text exactly when the array holds it: a string
 * search, not a `json_each`.
 */
export function privilegeInSql(column: SqlQuery, privilege: string): SqlQuery {
  return sql`instr(${column}, ${JSON.stringify(privilege)}) > 0`;
}
