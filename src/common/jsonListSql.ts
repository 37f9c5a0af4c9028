import type { SqlDialect } from "./SqlDialect";
import { sql, type SqlQuery } from "./sql";

/**
 * SQL scalar subquery: the JSON array (as text, `[]` when no row) of the `id`
 * column of `rows`, a SELECT without ORDER BY, in `orderBy` order. `orderBy`
 * names output columns of `rows` (`since, id`), so the same words sort the
 * subquery, which SQLite's `json_group_array` keeps, and PostgreSQL's
 * `json_agg`, which needs its own ORDER BY: one statement for both engines.
 */
export function jsonListSql(d: SqlDialect, rows: SqlQuery, orderBy: SqlQuery): SqlQuery {
  return sql`(SELECT ${d.jsonArray(sql`listed.id`, orderBy)} FROM (${rows} ORDER BY ${orderBy}) AS listed)`;
}
