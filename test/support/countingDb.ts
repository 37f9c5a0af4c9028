/** One D1 round trip: a batch, or one statement's first/all/run/raw; with the SQL it carried. */
export interface RoundTrip {
  readonly kind: "batch" | "first" | "all" | "run" | "raw" | "exec";
  readonly sql: readonly string[];
}

/** A D1 binding that forwards everything to the real one and records each round trip. */
export interface CountingDb {
  readonly db: D1Database;
  readonly trips: RoundTrip[];
  /** What each `withSession` call was given (a bookmark or a constraint), in order. */
  readonly sessionStarts: (string | undefined)[];
}

/**
 * Wraps the real D1 binding in a pass-through that records every round trip,
 * also those made through a session from `withSession` (D1 read replication).
 * Statements are unwrapped again before a batch reaches the real binding.
 */
export function countingDb(real: D1Database): CountingDb {
  const trips: RoundTrip[] = [];
  const sessionStarts: (string | undefined)[] = [];
  const record = <T>(kind: RoundTrip["kind"], sql: readonly string[], result: Promise<T>): Promise<T> => {
    trips.push({ kind, sql });
    return result;
  };
  const prepareOn = (target: D1Database | D1DatabaseSession) => (sql: string) =>
    wrapStatement(target.prepare(sql), sql, record);
  const batchOn =
    (target: D1Database | D1DatabaseSession) =>
    <T>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> =>
      record("batch", statements.map(sqlOf), target.batch<T>(statements.map(unwrap)));

  const db = {
    prepare: prepareOn(real),
    batch: batchOn(real),
    exec: (sql: string) => record("exec", [sql], real.exec(sql)),
    dump: () => real.dump(),
    withSession(constraintOrBookmark?: string) {
      sessionStarts.push(constraintOrBookmark);
      const session = real.withSession(constraintOrBookmark);
      return { prepare: prepareOn(session), batch: batchOn(session), getBookmark: () => session.getBookmark() };
    },
  };
  return { db: db as unknown as D1Database, trips, sessionStarts };
}

const INNER = Symbol("inner statement");
const SQL = Symbol("sql");

type Recorder = <T>(kind: RoundTrip["kind"], sql: readonly string[], result: Promise<T>) => Promise<T>;
type WrappedStatement = D1PreparedStatement & { [INNER]: D1PreparedStatement; [SQL]: string };

function wrapStatement(inner: D1PreparedStatement, sql: string, record: Recorder): D1PreparedStatement {
  const wrapped = {
    [INNER]: inner,
    [SQL]: sql,
    bind: (...values: unknown[]) => wrapStatement(inner.bind(...values), sql, record),
    first: (column?: string) => record("first", [sql], column === undefined ? inner.first() : inner.first(column)),
    all: () => record("all", [sql], inner.all()),
    run: () => record("run", [sql], inner.run()),
    raw: (options?: { columnNames?: boolean }) =>
      record("raw", [sql], options?.columnNames ? inner.raw({ columnNames: true }) : inner.raw()),
  };
  return wrapped as unknown as D1PreparedStatement;
}

function unwrap(statement: D1PreparedStatement): D1PreparedStatement {
  return (statement as WrappedStatement)[INNER] ?? statement;
}

function sqlOf(statement: D1PreparedStatement): string {
  return (statement as WrappedStatement)[SQL] ?? "<unwrapped statement>";
}
