/**
 * The part of D1's API that spacegate uses, and no more: D1 itself satisfies
 * it, and so does the SQLite adapter of the Bun and Deno hosts (hosts/), which
 * therefore need not mimic all of D1.
 */

/** What a statement answers: its rows, and how many rows it changed. */
export interface DbResult<T = Record<string, unknown>> {
  results: T[];
  meta: { changes: number };
}

/** A prepared statement, bound or not. */
export interface DbStatement {
  bind(...values: unknown[]): DbStatement;
  /** The first row; null when there is no row. */
  first<T = Record<string, unknown>>(): Promise<T | null>;
  all<T = Record<string, unknown>>(): Promise<DbResult<T>>;
  run<T = Record<string, unknown>>(): Promise<DbResult<T>>;
  /** The rows as arrays of column values. */
  raw<T = unknown[]>(): Promise<T[]>;
}

/** What the stores need: a database or a session. `batch` is one transaction, all or nothing. */
export interface Db {
  prepare(sql: string): DbStatement;
  batch<T = Record<string, unknown>>(statements: DbStatement[]): Promise<DbResult<T>[]>;
}

/** A request's session (D1 read replication); its bookmark is null until it has queried. */
export interface DbSession extends Db {
  getBookmark(): string | null;
}

/** The `DB` binding as the code uses it. */
export interface DbDatabase extends Db {
  withSession(start?: string): DbSession;
}
