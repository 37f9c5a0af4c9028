import type { Db } from "./Db";
import { sql, type SqlQuery } from "./sql";

/**
 * The few things SQLite 3.40+ (D1, the Bun and Deno hosts) and PostgreSQL 15+
 * spell differently, named once, so that every statement keeps one copy
 * written in what both accept and asks the database's dialect for the rest
 * (docs/scaling-out.md, "How statements stay portable").
 */
export interface SqlDialect {
  readonly name: "sqlite" | "postgres";
  /** The statement text as the engine numbers its parameters: `?` as written, or `$1`, `$2`, … in order. */
  placeholders(text: string): string;
  /** A JSON array (as text, `[]` when no row) of `value` over the rows, in `orderBy` order (a sorted subquery on SQLite). */
  jsonArray(value: SqlQuery, orderBy: SqlQuery): SqlQuery;
  /** A JSON object (as text, `{}` when no row) from `key` to `value` over the rows. */
  jsonObject(key: SqlQuery, value: SqlQuery): SqlQuery;
  /** The column that orders a table's rows by insertion: SQLite's implicit `rowid`, PostgreSQL's explicit `insertion_order`. */
  readonly insertionOrder: SqlQuery;
}

export const sqliteDialect: SqlDialect = {
  name: "sqlite",
  placeholders: (text) => text,
  jsonArray: (value) => sql`json_group_array(${value})`,
  jsonObject: (key, value) => sql`json_group_object(${key}, ${value})`,
  insertionOrder: sql`rowid`,
};

export const postgresDialect: SqlDialect = {
  name: "postgres",
  placeholders: numberPlaceholders,
  jsonArray: (value, orderBy) => sql`COALESCE(json_agg(${value} ORDER BY ${orderBy}), '[]')::text`,
  jsonObject: (key, value) => sql`COALESCE(json_object_agg(${key}, ${value}), '{}')::text`,
  insertionOrder: sql`insertion_order`,
};

/** The dialect of a database: its own, or SQLite's (D1 and the SQLite hosts carry none). */
export function dialectOf(db: Db): SqlDialect {
  return db.dialect ?? sqliteDialect;
}

// A string literal, a quoted name, a comment, or a `?` (with its number, if any): only the last is a parameter.
const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\?\d*/g;

/**
 * Rewrites each bare `?` (outside literals, quoted names and comments) to
 * `$1`, `$2`, … in order: what the `sql` tag writes. SQLite's numbered `?N`
 * would mean something else here, so it is refused rather than renumbered.
 */
function numberPlaceholders(text: string): string {
  let count = 0;
  return text.replace(TOKENS, (token) => {
    if (!token.startsWith("?")) return token;
    if (token !== "?") throw new Error(`numbered placeholder ${token} is not portable; write a bare ?`);
    return `$${++count}`;
  });
}
