import { sql, type SqlQuery } from "./sql";

/**
 * SQL condition: the JSON privilege array in `column` holds `privilege`. The
 * arrays are only ever written as `JSON.stringify` of names from a closed set
 * (space or group privileges) in which no quoted name occurs inside another,
 * so the quoted name is in the text exactly when the array holds it: a string
 * search, not a `json_each`. Spelled `LIKE` with its `_` escaped, which
 * SQLite and PostgreSQL read alike (the names are lower case, so SQLite's
 * case-insensitive `LIKE` changes nothing), so the many conditions built on
 * it need no dialect.
 */
export function privilegeInSql(column: SqlQuery, privilege: string): SqlQuery {
  const pattern = `%${JSON.stringify(privilege).replaceAll("_", "\\_")}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
