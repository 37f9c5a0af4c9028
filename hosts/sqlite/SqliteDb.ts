import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { DbDatabase, DbResult, DbSession, DbStatement } from "../../src/common/Db.ts";

type Row = Record<string, unknown>;

/**
 * The `DB` binding of the Bun and Deno hosts: D1's surface as the code uses it
 * (src/common/Db.ts), over one SQLite file through `node:sqlite`. One process
 * is the only writer; `batch` is one `BEGIN IMMEDIATE … COMMIT` transaction,
 * all or nothing as on D1; WAL with `synchronous=FULL`, so that a write
 * acknowledged to a client survives a crash of the process.
 */
export class SqliteDb implements DbDatabase {
  readonly #sqlite: DatabaseSync;
  readonly #statements = new Map<string, Compiled>();
  /** Counts committed writes; with the open time it makes the bookmark (see `bookmark`). */
  #writes = 0;
  readonly #openedAt = Math.floor(Date.now() / 1000);

  constructor(path: string, { busyTimeoutMs = 5_000 } = {}) {
    this.#sqlite = new DatabaseSync(path);
    this.#sqlite.exec(`PRAGMA busy_timeout = ${Number(busyTimeoutMs)}`);
    this.#sqlite.exec("PRAGMA journal_mode = WAL");
    this.#sqlite.exec("PRAGMA synchronous = FULL");
    this.#sqlite.exec("PRAGMA foreign_keys = ON");
  }

  prepare(sql: string): DbStatement {
    return new SqliteStatement(this, sql, []);
  }

  async batch<T = Row>(statements: DbStatement[]): Promise<DbResult<T>[]> {
    const bound = statements.map((statement) => {
      if (!(statement instanceof SqliteStatement) || statement.db !== this) throw new Error("D1_ERROR: batch takes this database's statements only");
      return statement;
    });
    this.#sqlite.exec("BEGIN IMMEDIATE");
    try {
      const results = bound.map((statement) => statement.execute<T>("objects"));
      this.#sqlite.exec("COMMIT");
      this.#countWrite(results);
      return results.map(({ result }) => result);
    } catch (error) {
      if (this.#sqlite.isTransaction) this.#sqlite.exec("ROLLBACK");
      throw error;
    }
  }

  /** No replicas here: every session reads the one file, and its bookmark is this database's position. */
  withSession(_start?: string): DbSession {
    let queried = false;
    const mark = <R>(result: R): R => ((queried = true), result);
    return {
      prepare: (sql) => new SqliteStatement(this, sql, [], () => (queried = true)),
      batch: async (statements) => mark(await this.batch(statements)),
      getBookmark: () => (queried ? this.bookmark() : null),
    };
  }

  /**
   * An opaque position in D1's bookmark shape, growing with every write (open
   * time in seconds, then a write counter), so that clients and the worker
   * treat it as on D1. Sending it back changes nothing: there is one copy.
   */
  bookmark(): string {
    const hex = (value: number, width: number) => value.toString(16).padStart(width, "0");
    return `${hex(this.#openedAt, 8)}-${hex(Math.floor(this.#writes / 2 ** 32), 8)}-${hex(this.#writes % 2 ** 32, 8)}-${"0".repeat(32)}`;
  }

  /** Runs SQL outside any statement API (migrations, backups). */
  exec(sql: string): void {
    this.#sqlite.exec(sql);
  }

  close(): void {
    this.#statements.clear();
    if (this.#sqlite.isOpen) this.#sqlite.close();
  }

  /** One compiled statement per SQL text, reused: the code's statements are a handful of constants. */
  compiled(sql: string): StatementSync {
    return this.#compile(sql).statement;
  }

  #compile(sql: string): Compiled {
    let compiled = this.#statements.get(sql);
    if (!compiled) {
      const statement = this.#sqlite.prepare(sql);
      compiled = { statement, returnsRows: statement.columns().length > 0, arrays: false };
      this.#statements.set(sql, compiled);
    }
    return compiled;
  }

  /**
   * Executes one statement now, synchronously (inside `batch`, within its
   * transaction). The values are bound as given: every statement of `src/` is
   * built with the `sql` tag, which binds exactly one value per `?`
   * (test/common/sqlPlaceholders.test.ts).
   */
  execute<T>(sql: string, values: readonly unknown[], shape: "objects" | "arrays"): { result: DbResult<T>; changed: boolean } {
    const compiled = this.#compile(sql);
    const { statement } = compiled;
    const arrays = shape === "arrays";
    if (compiled.arrays !== arrays) {
      statement.setReturnArrays(arrays);
      compiled.arrays = arrays;
    }
    const bound = values.map(toSqlite);
    if (compiled.returnsRows) {
      const rows = statement.all(...bound) as T[];
      return { result: { results: arrays ? rows : rows.map(plain), meta: { changes: 0 } }, changed: false };
    }
    const changes = Number(statement.run(...bound).changes);
    return { result: { results: [], meta: { changes } }, changed: changes > 0 };
  }

  #countWrite(results: { changed: boolean }[]): void {
    if (results.some(({ changed }) => changed)) this.#writes += 1;
  }

  /** Runs one statement on its own (autocommit); counts it as a write when it changed rows. */
  single<T>(statement: SqliteStatement, shape: "objects" | "arrays"): DbResult<T> {
    const outcome = statement.execute<T>(shape);
    this.#countWrite([outcome]);
    return outcome.result;
  }
}

/** A statement with its bound values; immutable, as `bind` answers a new one. */
class SqliteStatement implements DbStatement {
  readonly db: SqliteDb;
  readonly sql: string;
  readonly values: readonly unknown[];
  /** Tells the session that it has queried (its bookmark is set from then on). */
  readonly onQuery: () => void;

  constructor(db: SqliteDb, sql: string, values: readonly unknown[], onQuery: () => void = () => {}) {
    this.db = db;
    this.sql = sql;
    this.values = values;
    this.onQuery = onQuery;
  }

  bind(...values: unknown[]): DbStatement {
    return new SqliteStatement(this.db, this.sql, values, this.onQuery);
  }

  async first<T = Row>(): Promise<T | null> {
    return ((await this.all<T>()).results[0] ?? null) as T | null;
  }

  async all<T = Row>(): Promise<DbResult<T>> {
    this.onQuery();
    return this.db.single<T>(this, "objects");
  }

  run<T = Row>(): Promise<DbResult<T>> {
    return this.all<T>();
  }

  async raw<T = unknown[]>(): Promise<T[]> {
    this.onQuery();
    return this.db.single<T>(this, "arrays").results;
  }

  /** Executes now; inside `batch` this runs within its transaction. */
  execute<T>(shape: "objects" | "arrays"): { result: DbResult<T>; changed: boolean } {
    return this.db.execute<T>(this.sql, this.values, shape);
  }
}

/** A statement compiled once per SQL text, with what is known of it. */
interface Compiled {
  statement: StatementSync;
  /** A SELECT (or PRAGMA): its rows are the answer, and it changes nothing. */
  returnsRows: boolean;
  /** Whether rows currently come back as arrays (`raw`). */
  arrays: boolean;
}

/** `node:sqlite` rows have a null prototype; D1's are plain objects. */
function plain<T>(row: T): T {
  return Array.isArray(row) || row === null || typeof row !== "object" ? row : ({ ...row } as T);
}

type SqliteValue = null | number | bigint | string | Uint8Array;

/** Converts a bound value as D1 does: booleans to 0/1, buffers to blobs; undefined is refused. */
function toSqlite(value: unknown): SqliteValue {
  if (value === null || typeof value === "number" || typeof value === "bigint" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new TypeError(`D1_TYPE_ERROR: Type '${typeof value}' not supported for value '${String(value)}'`);
}
